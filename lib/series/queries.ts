// The one query module behind the pages, the JSON API and the CSV export.
// Every exported query is cached by data version (lib/cache.ts): data changes only when an import commits, and the
// import bumps the version in its transaction, so results stay correct without any invalidation.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Domain } from "../generated/prisma/enums";
import { cachedByDataVersion } from "../cache";
import { db } from "../db/client";
import { derivedSeriesInfo, expandCodes, isDerivedCode, derivedDefinition, sourceKeysOf } from "./derived";
import { observationsSql, type ObservationSelection } from "../observations/sql";
import type { ObservationRow, SeriesData, SeriesInfo, SeriesListItem, SourceRef } from "./types";

const SERIES_COLUMNS = Prisma.sql`s.code, s.title, s.domain, s.reporter, s.partner, s.flow, s.unit, s.valuation, s."productCode", s."productLevel", s.description`;

/** "12729100679.0000000000" → "12729100679"; "1853.9350543000" → "1853.9350543". */
export function trimDecimal(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

async function listSeriesUncached(filter: { domain?: Domain; productLevel?: "total" | "any" } = {}): Promise<SeriesListItem[]> {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.domain) where.push(Prisma.sql`s.domain = ${filter.domain}::"Domain"`);
  if (filter.productLevel === "total") where.push(Prisma.sql`s."productCode" = 'TOTAL'`);
  const rows = await db().$queryRaw<
    (SeriesInfo & {
      firstYear: number | null;
      lastYear: number | null;
      observationCount: bigint;
      sources: SeriesListItem["sources"] | null;
    })[]
  >`
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

/** Series metadata in the order asked for; derived series (lib/series/derived.ts) are described without a query. */
async function findSeriesUncached(codes: string[]): Promise<SeriesInfo[]> {
  if (codes.length === 0) return [];
  const storedCodes = codes.filter((c) => !isDerivedCode(c));
  const stored = storedCodes.length
    ? await db().$queryRaw<SeriesInfo[]>`SELECT ${SERIES_COLUMNS} FROM "Series" s WHERE s.code = ANY(${storedCodes}::text[])`
    : [];
  const byCode = new Map(stored.map((s) => [s.code, s]));
  return codes.flatMap((c) => {
    const def = derivedDefinition(c);
    const info = def ? derivedSeriesInfo(def) : byCode.get(c);
    return info ? [info] : [];
  });
}

/** Years in which any series at a product level (2: HS chapters) has an annual value, ascending. */
async function listYearsWithDataUncached(filter: { productLevel: number }): Promise<number[]> {
  const rows = await db().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT o.year FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId"
    WHERE s."productLevel" = ${filter.productLevel} AND o.frequency = 'A' ORDER BY o.year`;
  return rows.map((r) => r.year);
}

/** Codes of stored series at a product level (2: HS chapters), sorted. */
async function listSeriesCodesUncached(filter: { productLevel: number }): Promise<string[]> {
  const rows = await db().$queryRaw<
    { code: string }[]
  >`SELECT code FROM "Series" WHERE "productLevel" = ${filter.productLevel} ORDER BY code`;
  return rows.map((r) => r.code);
}

export interface ObservationQuery {
  from?: number;
  to?: number;
  /** Every source's value, each marked headline or not; default: the headline value only. */
  all?: boolean;
  /** Annual values only (the default: annual flows and year-end positions), or every frequency (statements for ranges and dates). */
  annualOnly?: boolean;
  /** Only values from this source (no splicing across sources). */
  sourceKey?: string;
  /** The values as they were at this data version (a pinned view, `v=`); default: the current values. */
  asOf?: string;
}

/**
 * Observations of the given series, in the order of `codes`. Derived codes (turnover, balance) are computed from the
 * headline annual values of their components; with `all`, they are still one value per year.
 */
async function getObservationsUncached(codes: string[], query: ObservationQuery = {}): Promise<ObservationRow[]> {
  if (codes.length === 0) return [];
  const { stored, derived } = expandCodes(codes);
  if (derived.length === 0) return getStoredObservations(codes, query);
  const asked = new Set(codes);
  const storedAsked = stored.filter((c) => asked.has(c));
  const [own, inputs] = await Promise.all([
    getStoredObservations(storedAsked, query),
    getStoredObservations(stored, { from: query.from, to: query.to, all: derived.some((d) => d.allSources), asOf: query.asOf }),
  ]);
  const byCode = new Map<string, ObservationRow[]>();
  for (const r of own) byCode.set(r.seriesCode, [...(byCode.get(r.seriesCode) ?? []), r]);
  for (const def of derived) byCode.set(def.code, def.compute(inputs.filter((r) => def.inputs.includes(r.seriesCode))));
  return codes.flatMap((c) => byCode.get(c) ?? []);
}

/** A row of observationsSql (lib/observations/sql.ts), as the database returns it. */
export interface ObservationSqlRow {
  code: string;
  title: string;
  reporter: string;
  partner: string;
  flow: string;
  unit: string;
  year: number;
  period: string;
  frequency: ObservationRow["frequency"];
  value: string;
  source_key: string;
  source_title: string;
  source_publisher: string;
  source_location: string;
  source_type: string;
  rank: number;
  /** The figure's own publisher (who produced the number; the source is where it was read). */
  publisher: string;
  vintage: string;
  /** YYYY-MM-DD: the vintage's date (release, download or publication). */
  vintage_date: string;
  flags: string[];
  qualifier: string | null;
  as_published: string | null;
  note: string | null;
  headline: boolean;
  product_code?: string;
}

export function toObservationRow(r: ObservationSqlRow): ObservationRow {
  return {
    seriesCode: r.code,
    year: r.year,
    period: r.period,
    frequency: r.frequency,
    value: trimDecimal(r.value),
    sourceKey: r.source_key,
    publisher: r.publisher,
    vintage: r.vintage,
    vintageDate: r.vintage_date,
    flags: r.flags,
    qualifier: r.qualifier,
    asPublished: r.as_published,
    note: r.note,
    headline: r.headline,
    sourceType: r.source_type,
  };
}

/** Runs the one observations query (lib/observations/sql.ts). */
export async function selectObservations(selection: ObservationSelection): Promise<ObservationSqlRow[]> {
  const { text, values } = observationsSql(selection);
  return db().$queryRawUnsafe<ObservationSqlRow[]>(text, ...values);
}

async function getStoredObservations(codes: string[], query: ObservationQuery): Promise<ObservationRow[]> {
  if (codes.length === 0) return [];
  const rows = await selectObservations({ ...query, codes });
  return rows.map(toObservationRow);
}

async function getSourcesUncached(keys: string[]): Promise<SourceRef[]> {
  if (keys.length === 0) return [];
  return db().$queryRaw<SourceRef[]>`
    SELECT key, publisher, title, location, vintage, "datasetType", rank, citation FROM "Source" WHERE key = ANY(${keys}::text[]) ORDER BY rank, key`;
}

async function listAllSourcesUncached(): Promise<(SourceRef & { observationCount: number; noteCount: number })[]> {
  const rows = await db().$queryRaw<(SourceRef & { observationCount: bigint; noteCount: bigint })[]>`
    SELECT so.key, so.publisher, so.title, so.location, so.vintage, so."datasetType", so.rank, so.citation,
      coalesce(o.count, 0) AS "observationCount",
      (SELECT count(*) FROM "Note" n WHERE n."sourceId" = so.id) AS "noteCount"
    FROM "Source" so
    LEFT JOIN (SELECT "sourceId", count(*) AS count FROM "Observation" GROUP BY "sourceId") o ON o."sourceId" = so.id
    ORDER BY so.rank, so.publisher, so.key`;
  return rows.map((r) => ({ ...r, observationCount: Number(r.observationCount), noteCount: Number(r.noteCount) }));
}

/** Series metadata, its observations and the sources they cite; null when the code is unknown. */
export async function getSeriesData(code: string, query: ObservationQuery = {}): Promise<SeriesData | null> {
  const [series] = await findSeries([code]);
  if (!series) return null;
  const observations = await getObservations([code], query);
  const sources = await getSources([...new Set(observations.flatMap(sourceKeysOf))]);
  return { series, observations, sources };
}

export const listSeries: typeof listSeriesUncached = cachedByDataVersion("series.listSeries", listSeriesUncached);
export const findSeries: typeof findSeriesUncached = cachedByDataVersion("series.findSeries", findSeriesUncached);
export const listYearsWithData: typeof listYearsWithDataUncached = cachedByDataVersion(
  "series.listYearsWithData",
  listYearsWithDataUncached,
);
export const listSeriesCodes: typeof listSeriesCodesUncached = cachedByDataVersion("series.listSeriesCodes", listSeriesCodesUncached);
export const getObservations: typeof getObservationsUncached = cachedByDataVersion("series.getObservations", getObservationsUncached);
export const getSources: typeof getSourcesUncached = cachedByDataVersion("series.getSources", getSourcesUncached);
export const listAllSources: typeof listAllSourcesUncached = cachedByDataVersion("series.listAllSources", listAllSourcesUncached);
