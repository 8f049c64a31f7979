import { Prisma } from "../generated/prisma/client";
import type { Domain, NoteKind } from "../generated/prisma/enums";
import { db } from "../db/client";
import type { SourceRef } from "../series/types";

export interface NoteRow {
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

export interface NoteQuery {
  kinds?: NoteKind[];
  domain?: Domain;
  /** Notes touching any of these series (or, with `orUndated`, notes without series). */
  seriesCodes?: string[];
  from?: number;
  to?: number;
  /** Only notes with a year (those can be drawn on a chart). */
  datedOnly?: boolean;
}

export async function getNotes(q: NoteQuery = {}): Promise<NoteRow[]> {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (q.kinds?.length) where.push(Prisma.sql`n.kind::text = ANY(${q.kinds}::text[])`);
  if (q.domain) where.push(Prisma.sql`${q.domain}::"Domain" = ANY(n.domains)`);
  if (q.seriesCodes?.length) where.push(Prisma.sql`n."seriesCodes" && ${q.seriesCodes}::text[]`);
  if (q.datedOnly) where.push(Prisma.sql`n."yearFrom" IS NOT NULL`);
  if (q.from !== undefined) where.push(Prisma.sql`(n."yearTo" IS NULL OR n."yearTo" >= ${q.from})`);
  if (q.to !== undefined) where.push(Prisma.sql`(n."yearFrom" IS NULL OR n."yearFrom" <= ${q.to})`);
  return db().$queryRaw<NoteRow[]>`
    SELECT n.key, n.kind, n.title, n.body, n."yearFrom", n."yearTo", n."periodLabel", n."quotedValue", n.domains::text[] AS domains, n."seriesCodes",
      CASE WHEN so.id IS NULL THEN NULL ELSE json_build_object('key', so.key, 'publisher', so.publisher, 'title', so.title, 'location', so.location, 'citation', so.citation) END AS source
    FROM "Note" n LEFT JOIN "Source" so ON so.id = n."sourceId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY n."yearFrom" NULLS FIRST, n."yearTo", n.kind, n.key`;
}
