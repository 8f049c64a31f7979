import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Domain, NoteKind } from "../generated/prisma/enums";
import { db } from "../db/client";
import type { SourceRef } from "../series/types";

export interface NoteRow {
  /** Stable reference a reader can cite: "N" + the note's row id, which an import never changes. */
  ref: string;
  key: string;
  kind: NoteKind;
  title: string;
  body: string;
  yearFrom: number | null;
  yearTo: number | null;
  periodLabel: string | null;
  quotedValue: string | null;
  domains: Domain[];
  seriesCodes: string[];
  source: Pick<SourceRef, "key" | "publisher" | "title" | "location" | "citation"> | null;
}

const NOTE_COLUMNS = Prisma.sql`'N' || n.id AS ref, n.key, n.kind, n.title, n.body, n."yearFrom", n."yearTo", n."periodLabel", n."quotedValue", n.domains::text[] AS domains, n."seriesCodes", CASE WHEN so.id IS NULL THEN NULL ELSE json_build_object('key', so.key, 'publisher', so.publisher, 'title', so.title, 'location', so.location, 'citation', so.citation) END AS source`;

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
  return db().$queryRaw<NoteRow[]>`
    SELECT ${NOTE_COLUMNS}
    FROM "Note" n LEFT JOIN "Source" so ON so.id = n."sourceId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY n."yearFrom" NULLS FIRST, n."yearTo", n.kind, n.key`;
}

/** Notes by key (e.g. the caveats a page must show), in the order asked for. */
export async function getNotesByKey(keys: string[]): Promise<NoteRow[]> {
  if (keys.length === 0) return [];
  const rows = await db().$queryRaw<NoteRow[]>`
    SELECT ${NOTE_COLUMNS}
    FROM "Note" n LEFT JOIN "Source" so ON so.id = n."sourceId"
    WHERE n.key = ANY(${keys}::text[])`;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return keys.flatMap((k) => byKey.get(k) ?? []);
}
