// THE observations query: one SQL builder behind the pages, the JSON API, the mirror and the CSV/JSON export, so
// every view selects, orders and picks its headline values the same way. Pure: it builds text and parameters
// ($1, $2… for node-postgres and Prisma's $queryRawUnsafe); the callers run it (lib/series/queries.ts,
// lib/export/observations.ts). Aliases: o = observation, s = "Series", so = "Source".
import { ANNUAL_SQL, HEADLINE_ORDER_SQL } from "../series/headline";

export interface ObservationSelection {
  /** Series by code, returned in this order. */
  codes?: readonly string[];
  /** Or series by what they are: a reporter/partner pair's HS chapters (both directions' flows). */
  chapters?: { exporter: string; importer: string };
  from?: number;
  to?: number;
  /** Annual values and year-end positions only (default), or every frequency (dated and range statements too). */
  annualOnly?: boolean;
  /** Every source's value (each marked headline or not) instead of the headline value per period only. */
  all?: boolean;
  /** Only values from this source (no splicing across sources). */
  sourceKey?: string;
  /**
   * The data as they were at this data version (pinned citations, pages rendered for a version): read through the
   * database function observations_as_of(v), which returns the values then current, revisions included.
   */
  asOf?: string;
}

export interface SqlText {
  text: string;
  values: unknown[];
}

/** The columns every caller can use (series metadata, value, source, headline flag, sort keys). */
const COLUMNS = `s.code, s.title, s.reporter, s.partner, s.flow, s.unit, o.year, o.period, o.frequency::text AS frequency,
  o.value::text AS value, so.key AS source_key, so.title AS source_title, so.publisher AS source_publisher,
  so.location AS source_location, so."datasetType" AS source_type, so.rank, pu.name AS publisher, o.vintage,
  to_char(o."vintageDate", 'YYYY-MM-DD') AS vintage_date, o.flags, o.qualifier,
  o."asPublished" AS as_published, o.note,
  row_number() OVER (PARTITION BY o."seriesId", o.period ORDER BY ${HEADLINE_ORDER_SQL}) = 1 AS headline`;

/**
 * The observations of a selection, one row per stored value, ordered by series (in the order of `codes`, or by code),
 * year, period, headline first, then source rank and key.
 */
export function observationsSql(sel: ObservationSelection): SqlText {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const source = sel.asOf !== undefined ? `observations_as_of(${param(BigInt(sel.asOf).toString())}::bigint)` : `"Observation"`;
  const where: string[] = [sel.annualOnly === false ? "TRUE" : ANNUAL_SQL];
  if (sel.from !== undefined) where.push(`o.year >= ${param(sel.from)}`);
  if (sel.to !== undefined) where.push(`o.year <= ${param(sel.to)}`);
  if (sel.sourceKey !== undefined) where.push(`so.key = ${param(sel.sourceKey)}`);
  let seriesJoin: string;
  let order: string;
  if (sel.codes) {
    // The asked codes join with their position, rather than array_position() per row (O(codes × rows)).
    seriesJoin = `JOIN (SELECT code, min(n) AS series_order FROM unnest(${param(sel.codes)}::text[]) WITH ORDINALITY AS u(code, n) GROUP BY code) c ON c.code = s.code`;
    order = "c.series_order";
  } else if (sel.chapters) {
    const e = param(sel.chapters.exporter);
    const i = param(sel.chapters.importer);
    seriesJoin = "";
    where.push(
      `s.domain = 'trade' AND s."productLevel" = 2 AND ((s.reporter = ${e} AND s.partner = ${i} AND s.flow = 'X') OR (s.reporter = ${i} AND s.partner = ${e} AND s.flow = 'M'))`,
    );
    order = `s."productCode", s.flow`;
  } else {
    throw new Error("observationsSql: select series by codes or by chapters");
  }
  const inner = `SELECT ${COLUMNS}, ${order.startsWith("c.") ? "c.series_order" : `s."productCode" AS product_code`}
    FROM ${source} o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
      JOIN "Publisher" pu ON pu.id = o."publisherId" ${seriesJoin}
    WHERE ${where.join(" AND ")}`;
  const sort = sel.codes ? "series_order" : "product_code, flow";
  const text = `SELECT * FROM (${inner}) x ${sel.all ? "" : "WHERE headline"}
    ORDER BY ${sort}, year, period, NOT headline, rank, source_key COLLATE "C"`;
  return { text, values };
}

/**
 * The statement with its parameters written as SQL literals: COPY … TO STDOUT takes no bind parameters. Values are
 * validated before they get here (codes, years, source keys); literals are quoted all the same.
 */
export function inlineParameters({ text, values }: SqlText): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => sqlLiteral(values[Number(n) - 1]));
}

function sqlLiteral(value: unknown): string {
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  if (Array.isArray(value)) return `${sqlLiteral(`{${value.map((v) => `"${String(v).replace(/["\\]/g, "\\$&")}"`).join(",")}}`)}`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

/**
 * Every value a series has held for one year, across data versions (the import history: the current row and the
 * superseded states in "ObservationRevision") and across vintages and sources (each its own row), with when each
 * version was committed. Ordered by period, source rank and key, vintage, then the version that introduced the value.
 */
export function revisionsSql(code: string, year: number): SqlText {
  const text = `SELECT x.period, so.key AS source_key, so.title AS source_title, so.rank, pu.name AS publisher, x.vintage,
      to_char(x."vintageDate", 'YYYY-MM-DD') AS vintage_date, x.value::text AS value, x.flags,
      x.valid_from::text AS valid_from, x.valid_to::text AS valid_to,
      lf."committedAt" AS valid_from_at, lt."committedAt" AS valid_to_at
    FROM (
      SELECT o."seriesId", o."sourceId", o."publisherId", o.period, o.year, o.vintage, o."vintageDate", o.value, o.flags,
             o.version AS valid_from, NULL::bigint AS valid_to
        FROM "Observation" o
      UNION ALL
      SELECT r."seriesId", r."sourceId", r."publisherId", r.period, r.year, r.vintage, r."vintageDate", r.value, r.flags,
             r."validFrom", r."validTo"
        FROM "ObservationRevision" r
    ) x
    JOIN "Series" s ON s.id = x."seriesId" JOIN "Source" so ON so.id = x."sourceId" JOIN "Publisher" pu ON pu.id = x."publisherId"
    LEFT JOIN "DataVersionLog" lf ON lf.version = x.valid_from
    LEFT JOIN "DataVersionLog" lt ON lt.version = x.valid_to
    WHERE s.code = $1 AND x.year = $2
    ORDER BY x.period, so.rank, so.key COLLATE "C", x.vintage, x.valid_from`;
  return { text, values: [code, year] };
}
