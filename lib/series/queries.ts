// The one query module behind the pages, the JSON API and the CSV export.
import { Prisma } from "../generated/prisma/client";
import type { Domain } from "../generated/prisma/enums";
import { db } from "../db/client";
import { HEADLINE_ORDER } from "./headline";
import type { ObservationRow, SeriesData, SeriesInfo, SeriesListItem, SourceRef } from "./types";

const SERIES_COLUMNS = Prisma.sql`s.code, s.title, s.domain, s.reporter, s.partner, s.flow, s.unit, s.valuation, s."productCode", s."productLevel", s.description`;

/** "12729100679.0000000000" → "12729100679"; "1853.9350543000" → "1853.9350543". */
export function trimDecimal(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

export async function listSeries(filter: { domain?: Domain; productLevel?: "total" | "any" } = {}): Promise<SeriesListItem[]> {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.domain) where.push(Prisma.sql`s.domain = ${filter.domain}::"Domain"`);
  if (filter.productLevel === "total") where.push(Prisma.sql`s."productCode" = 'TOTAL'`);
  const rows = await db().$queryRaw<(SeriesInfo & { firstYear: number | null; lastYear: number | null; observationCount: bigint; sources: SeriesListItem["sources"] | null })[]>`
    SELECT ${SERIES_COLUMNS},
      min(o.year) AS "firstYear", max(o.year) AS "lastYear", count(o.id) AS "observationCount",
      (SELECT json_agg(json_build_object('key', so.key, 'publisher', so.publisher, 'title', so.title) ORDER BY so.rank, so.key)
         FROM "Source" so WHERE so.id IN (SELECT DISTINCT "sourceId" FROM "Observation" WHERE "seriesId" = s.id)) AS sources
    FROM "Series" s LEFT JOIN "Observation" o ON o."seriesId" = s.id
    WHERE ${Prisma.join(where, " AND ")}
    GROUP BY s.id
    ORDER BY s.domain, s.code`;
  return rows.map((r) => ({ ...r, observationCount: Number(r.observationCount), sources: r.sources ?? [] }));
}

export async function findSeries(codes: string[]): Promise<SeriesInfo[]> {
  if (codes.length === 0) return [];
  return db().$queryRaw<SeriesInfo[]>`SELECT ${SERIES_COLUMNS} FROM "Series" s WHERE s.code = ANY(${codes}::text[]) ORDER BY array_position(${codes}::text[], s.code)`;
}

export interface ObservationQuery {
  from?: number;
  to?: number;
  /** Every source's value, each marked headline or not; default: the headline value only. */
  all?: boolean;
  /** Annual values only (the default), or every frequency (statements for ranges and dates). */
  annualOnly?: boolean;
  /** Only values from this source (no splicing across sources). */
  sourceKey?: string;
}

export async function getObservations(codes: string[], query: ObservationQuery = {}): Promise<ObservationRow[]> {
  if (codes.length === 0) return [];
  const where: Prisma.Sql[] = [Prisma.sql`s.code = ANY(${codes}::text[])`];
  if (query.from !== undefined) where.push(Prisma.sql`o.year >= ${query.from}`);
  if (query.to !== undefined) where.push(Prisma.sql`o.year <= ${query.to}`);
  if (query.annualOnly !== false) where.push(Prisma.sql`o.frequency = 'A'`);
  if (query.sourceKey) where.push(Prisma.sql`so.key = ${query.sourceKey}`);
  const rows = await db().$queryRaw<(Omit<ObservationRow, "value"> & { value: string })[]>`
    SELECT * FROM (
      SELECT s.code AS "seriesCode", o.year, o.period, o.frequency, o.value::text AS value, so.key AS "sourceKey", o.vintage, o.flags,
        o.qualifier, o."asPublished", o.note,
        row_number() OVER (PARTITION BY o."seriesId", o.period ORDER BY ${HEADLINE_ORDER}) = 1 AS headline,
        array_position(${codes}::text[], s.code) AS series_order, so.rank
      FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
      WHERE ${Prisma.join(where, " AND ")}
    ) x
    ${query.all ? Prisma.empty : Prisma.sql`WHERE headline`}
    ORDER BY series_order, year, period, NOT headline, rank, "sourceKey"`;
  return rows.map(({ series_order: _o, rank: _r, ...r }: typeof rows[number] & { series_order?: number; rank?: number }) => ({ ...r, value: trimDecimal(r.value) }));
}

export async function getSources(keys: string[]): Promise<SourceRef[]> {
  if (keys.length === 0) return [];
  return db().$queryRaw<SourceRef[]>`
    SELECT key, publisher, title, location, vintage, "datasetType", rank, citation FROM "Source" WHERE key = ANY(${keys}::text[]) ORDER BY rank, key`;
}

export async function listAllSources(): Promise<(SourceRef & { observationCount: number; noteCount: number })[]> {
  const rows = await db().$queryRaw<(SourceRef & { observationCount: bigint; noteCount: bigint })[]>`
    SELECT so.key, so.publisher, so.title, so.location, so.vintage, so."datasetType", so.rank, so.citation,
      (SELECT count(*) FROM "Observation" o WHERE o."sourceId" = so.id) AS "observationCount",
      (SELECT count(*) FROM "Note" n WHERE n."sourceId" = so.id) AS "noteCount"
    FROM "Source" so ORDER BY so.rank, so.publisher, so.key`;
  return rows.map((r) => ({ ...r, observationCount: Number(r.observationCount), noteCount: Number(r.noteCount) }));
}

/** Series metadata, its observations and the sources they cite; null when the code is unknown. */
export async function getSeriesData(code: string, query: ObservationQuery = {}): Promise<SeriesData | null> {
  const [series] = await findSeries([code]);
  if (!series) return null;
  const observations = await getObservations([code], query);
  const sources = await getSources([...new Set(observations.map((o) => o.sourceKey))]);
  return { series, observations, sources };
}
