import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Domain, NoteKind } from "../generated/prisma/enums";
import { db } from "../db/client";
import type { SourceRef } from "../series/types";
import { noteWords, type NoteWords, type StoredNoteWords } from "./text";

/** A note as a page in one locale shows it: `title` and `body` are the words picked by noteWords (lib/notes/text.ts). */
export interface NoteRow extends NoteWords {
  /** Stable reference a reader can cite: "N" + the note's row id, which an import never changes. */
  ref: string;
  key: string;
  kind: NoteKind;
  yearFrom: number | null;
  yearTo: number | null;
  periodLabel: string | null;
  quotedValue: string | null;
  domains: Domain[];
  seriesCodes: string[];
  source: Pick<SourceRef, "key" | "publisher" | "title" | "location" | "citation"> | null;
}

type StoredRow = Omit<NoteRow, keyof NoteWords> & StoredNoteWords;

const NOTE_COLUMNS = Prisma.sql`n.language, n.wording, CASE WHEN tr.id IS NULL THEN NULL ELSE json_build_object('title', tr.title, 'summary', tr.summary, 'translatedBy', tr."translatedBy") END AS translation, 'N' || n.id AS ref, n.key, n.kind, n.title, n.body, n."yearFrom", n."yearTo", n."periodLabel", n."quotedValue", n.domains::text[] AS domains, n."seriesCodes", CASE WHEN so.id IS NULL THEN NULL ELSE json_build_object('key', so.key, 'publisher', so.publisher, 'title', so.title, 'location', so.location, 'citation', so.citation) END AS source`;

export interface NoteQuery {
  kinds?: NoteKind[];
  domain?: Domain;
  /**
   * Notes touching any of these series. With `domain` as well: those notes, plus notes of that domain not tied to
   * any series (events such as a treaty or a summit).
   */
  seriesCodes?: string[];
  from?: number;
  to?: number;
  /** Only notes with a year (those can be drawn on a chart). */
  datedOnly?: boolean;
  /** The page's locale: the project's translations for it are shown (default: every note as written). */
  locale?: string;
}

/** The note's stored words replaced by those a page in `locale` shows. */
function inLocale(row: StoredRow, locale: string | undefined): NoteRow {
  const { title, body, language, wording, translation, ...rest } = row;
  return { ...rest, ...noteWords({ title, body, language, wording, translation }, locale ?? language) };
}

function notesFrom(locale: string | undefined): Prisma.Sql {
  return Prisma.sql`"Note" n LEFT JOIN "Source" so ON so.id = n."sourceId"
    LEFT JOIN "NoteTranslation" tr ON tr."noteId" = n.id AND tr.locale = ${locale ?? ""}`;
}

export async function getNotes(q: NoteQuery = {}): Promise<NoteRow[]> {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (q.kinds?.length) where.push(Prisma.sql`n.kind::text = ANY(${q.kinds}::text[])`);
  if (q.seriesCodes?.length && q.domain) {
    where.push(
      Prisma.sql`(n."seriesCodes" && ${q.seriesCodes}::text[] OR (cardinality(n."seriesCodes") = 0 AND ${q.domain}::"Domain" = ANY(n.domains)))`,
    );
  } else if (q.domain) where.push(Prisma.sql`${q.domain}::"Domain" = ANY(n.domains)`);
  else if (q.seriesCodes?.length) where.push(Prisma.sql`n."seriesCodes" && ${q.seriesCodes}::text[]`);
  if (q.datedOnly) where.push(Prisma.sql`n."yearFrom" IS NOT NULL`);
  if (q.from !== undefined) where.push(Prisma.sql`(n."yearTo" IS NULL OR n."yearTo" >= ${q.from})`);
  if (q.to !== undefined) where.push(Prisma.sql`(n."yearFrom" IS NULL OR n."yearFrom" <= ${q.to})`);
  const rows = await db().$queryRaw<StoredRow[]>`
    SELECT ${NOTE_COLUMNS}
    FROM ${notesFrom(q.locale)}
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY n."yearFrom" NULLS FIRST, n."yearTo", n.kind, n.key`;
  return rows.map((r) => inLocale(r, q.locale));
}

/** Notes by key (e.g. the caveats a page must show), in the order asked for, as a page in `locale` shows them. */
export async function getNotesByKey(keys: string[], locale?: string): Promise<NoteRow[]> {
  if (keys.length === 0) return [];
  const rows = await db().$queryRaw<StoredRow[]>`
    SELECT ${NOTE_COLUMNS}
    FROM ${notesFrom(locale)}
    WHERE n.key = ANY(${keys}::text[])`;
  const byKey = new Map(rows.map((r) => [r.key, inLocale(r, locale)]));
  return keys.flatMap((k) => byKey.get(k) ?? []);
}
