// The SQL of the set-based Comtrade import (comtrade-sql.ts). ROWS_SQL is the Comtrade parser's row function
// (parsers/comtrade.ts comtradeRow) and the record sink's per-observation checks, as set-based SQL: every row is
// 'reject' (skipped with a reason), 'fatal' (the file is refused: the row-by-row importer then says where and why) or
// 'ok', with the observation it gives. The checks run in the parser's order, so a row is rejected or refused exactly
// when the parser would; comtrade.int.test.ts compares the two on the data pack's files and on edited variants.
import { COMTRADE_COLUMNS } from "./parsers/comtrade";

const q = (name: string) => `"${name}"`;
/**
 * What JavaScript's trim() removes: fields hold no Unicode space, tab, vertical tab, form feed, carriage return or line
 * feed (comtrade-sql.ts checks, from the file's bytes), so that is spaces.
 */
const T = (column: string) => `btrim(coalesce(r.${q(column)}, ''))`;
const RAW = (column: string) => `coalesce(r.${q(column)}, '')`;

export const COMTRADE_DDL = `DROP TABLE IF EXISTS comtrade_raw, comtrade_not_country, comtrade_rows, comtrade_source, comtrade_defining;
CREATE TEMP TABLE comtrade_raw (n bigint GENERATED ALWAYS AS IDENTITY, ${COMTRADE_COLUMNS.map((c) => `${q(c)} text`).join(", ")}, trail text) ON COMMIT DROP;
CREATE TEMP TABLE comtrade_not_country (place text PRIMARY KEY) ON COMMIT DROP;
CREATE TEMP TABLE comtrade_source (file_key text PRIMARY KEY, source_key text, publisher text, vintage text, vintage_date date) ON COMMIT DROP`;

/** The data rows, in file order (n = 1, 2, …: line n + 1); a 48th field holds UN Comtrade's trailing comma. */
export const COPY_RAW_SQL = `COPY comtrade_raw (${[...COMTRADE_COLUMNS.map(q), "trail"].join(", ")}) FROM STDIN (FORMAT csv, HEADER true)`;

/** A reporter or partner as written: code, ISO code and name, joined by U+0001 (a byte no text field has). */
const PLACE = (who: "reporter" | "partner") =>
  `${RAW(`${who}Code`)} || E'\\x01' || ${RAW(`${who}ISO`)} || E'\\x01' || ${RAW(`${who}Desc`)}`;

/** Every distinct reporter and partner. */
export const PLACES_SQL = `SELECT DISTINCT p.place FROM comtrade_raw r, LATERAL (VALUES (${PLACE("reporter")}), (${PLACE("partner")})) AS p(place)`;

const DECIMAL = `'^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?$'`;

export const ROWS_SQL = `CREATE TEMP TABLE comtrade_rows ON COMMIT DROP AS
WITH t AS (
  SELECT r.n, ${T("typeCode")} AS type_code, ${T("freqCode")} AS freq, ${T("refYear")} AS ref_year, ${T("refMonth")} AS ref_month,
         ${T("reporterISO")} AS reporter_iso, ${T("partnerCode")} AS partner_code, ${T("partnerISO")} AS partner_iso,
         ${PLACE("reporter")} AS reporter_place, ${PLACE("partner")} AS partner_place,
         ${T("partner2Code")} AS partner2, ${T("customsCode")} AS customs, ${T("motCode")} AS mot, ${T("flowCode")} AS flow,
         coalesce(nullif(${T("classificationSearchCode")}, ''), ${T("classificationCode")}) AS classification,
         ${T("classificationCode")} AS class_code, ${T("cmdCode")} AS cmd, ${T("aggrLevel")} AS aggr, ${T("primaryValue")} AS pv,
         ${T("isReported")} AS is_reported, ${T("isAggregate")} AS is_aggregate, ${T("isOriginalClassification")} AS is_original,
         coalesce(r.trail, '') AS trail
    FROM comtrade_raw r
), d AS (
  SELECT t.*, CASE WHEN reporter_iso = 'W00' THEN 'WLD' ELSE reporter_iso END AS reporter,
         CASE WHEN partner_iso = 'W00' OR partner_code = '0' THEN 'WLD' ELSE partner_iso END AS partner,
         upper(cmd) = 'TOTAL' AS total
    FROM t
), v AS (
  -- OFFSET 0 keeps the verdict a column computed once per row (inlined, it would be re-evaluated in every output).
  SELECT d.*, x.verdict FROM d, LATERAL (SELECT CASE
      WHEN trail <> '' THEN 'fatal'
      WHEN type_code <> 'C' THEN 'reject'
      WHEN ref_year !~ '^[0-9]{4}$' THEN 'fatal'
      WHEN freq = 'M' AND CASE WHEN ref_month ~ '^[0-9]{1,2}$' THEN ref_month::int NOT BETWEEN 1 AND 12 ELSE true END THEN 'fatal'
      WHEN freq NOT IN ('A', 'M') THEN 'fatal'
      WHEN partner2 <> '0' OR customs <> 'C00' OR mot <> '0' OR flow NOT IN ('M', 'X') THEN 'reject'
      WHEN reporter_place IN (SELECT place FROM comtrade_not_country) THEN 'reject'
      WHEN NOT (partner_iso = 'W00' OR partner_code = '0') AND partner_place IN (SELECT place FROM comtrade_not_country) THEN 'reject'
      WHEN reporter !~ '^[A-Z]{3}$' OR partner !~ '^[A-Z]{3}$' THEN 'fatal'
      WHEN reporter = partner THEN 'reject'
      WHEN NOT total AND cmd !~ '^[0-9]{2}([0-9]{2}){0,2}$' THEN 'fatal'
      WHEN NOT total AND classification <> 'HS' THEN 'reject'
      WHEN NOT total AND aggr <> '' AND (aggr !~ '^[0-9]+$' OR ltrim(aggr, '0') <> length(cmd)::text) THEN 'fatal'
      WHEN pv = '' THEN 'reject'
      WHEN pv !~ ${DECIMAL} OR coalesce(substring(pv from '[eE][+-]?([0-9]+)$')::int, 0) > 400 THEN 'fatal'
      WHEN abs(round(pv::numeric, 10)) >= 1e20 OR (round(pv::numeric, 10) = 0 AND pv::numeric <> 0) THEN 'fatal'
      -- the record sink: no negative trade value, a year in 1900–2100, asPublished ("<value> USD") within 500 characters
      WHEN pv::numeric < 0 OR ref_year::int NOT BETWEEN 1900 AND 2100 OR length(pv) > 496 THEN 'fatal'
      ELSE 'ok' END AS verdict OFFSET 0) x
)
SELECT n, verdict,
       CASE WHEN verdict = 'ok' THEN 'trade.' || reporter || '.' || partner || '.' || flow || CASE WHEN total THEN '' ELSE '.HS' || cmd END END AS series_code,
       CASE WHEN verdict = 'ok' THEN 'uncomtrade-plus:' || reporter || ':' || classification END AS file_key,
       CASE WHEN verdict = 'ok' THEN freq END AS frequency,
       CASE WHEN verdict = 'ok' THEN CASE WHEN freq = 'M' THEN ref_year || '-' || lpad(ltrim(ref_month, '0'), 2, '0') ELSE ref_year END END AS period,
       CASE WHEN verdict = 'ok' THEN ref_year::int END AS year,
       CASE WHEN verdict = 'ok' THEN pv::numeric(30, 10) END AS value,
       CASE WHEN verdict = 'ok' THEN pv || ' USD' END AS as_published,
       CASE WHEN verdict = 'ok' THEN nullif(concat_ws('; ',
         CASE WHEN is_reported = 'false' THEN 'isReported=false' END,
         CASE WHEN is_aggregate = 'true' THEN 'isAggregate=true' END,
         CASE WHEN is_original = 'false' THEN 'converted to ' || class_code || ' from the classification originally reported' END), '') END AS note
  FROM v`;

export const STATS_SQL = `SELECT count(*) FILTER (WHERE verdict = 'ok')::int AS ok, count(*) FILTER (WHERE verdict = 'reject')::int AS rejected,
       count(*) FILTER (WHERE verdict = 'fatal')::int AS fatal FROM comtrade_rows`;

/** The first row of each series and of each source, and the first $1 rejected rows, with their fields (as written). */
export const DEFINING_SQL = `CREATE TEMP TABLE comtrade_defining ON COMMIT DROP AS WITH picked AS (
  SELECT min(n) AS n FROM comtrade_rows WHERE verdict = 'ok' GROUP BY series_code
  UNION SELECT min(n) FROM comtrade_rows WHERE verdict = 'ok' GROUP BY file_key
  UNION (SELECT n FROM comtrade_rows WHERE verdict = 'reject' ORDER BY n LIMIT ${20})
)
SELECT r.n, c.verdict, ${COMTRADE_COLUMNS.map((c) => `${RAW(c)} AS ${q(c)}`).join(", ")}
  FROM picked JOIN comtrade_raw r ON r.n = picked.n JOIN comtrade_rows c ON c.n = picked.n;
CREATE INDEX ON comtrade_defining (n)`;

/** The next $2 defining rows after row $1, in file order. */
export const DEFINING_PAGE_SQL = `SELECT * FROM comtrade_defining WHERE n > $1 ORDER BY n LIMIT $2`;

/** Rows $3 ≤ n < $4 as import_batch's columns, for the merge (merge-sql.ts mergeSql). */
export const chunkSource = `(SELECT (c.n + 1)::int AS line, ${COMTRADE_COLUMNS.indexOf("primaryValue") + 1} AS col, c.series_code,
         s.source_key, s.publisher, c.period, s.vintage, c.value, '{}'::text[] AS flags, c.frequency::"Frequency" AS frequency,
         c.year, NULL::text AS qualifier, c.as_published, c.note, s.vintage_date
    FROM comtrade_rows c JOIN comtrade_source s ON s.file_key = c.file_key
   WHERE c.verdict = 'ok' AND c.n >= $3 AND c.n < $4)`;

/** Whether an observation's key (series, source, period; one vintage per source) is given twice. */
export const REPEATED_SQL = `SELECT count(*) <> count(DISTINCT (series_code, file_key, period)) AS repeated FROM comtrade_rows WHERE verdict = 'ok'`;
