// Streams observations (the same selection the pages and /api/series use) as CSV or JSON rows, flat in memory.
import "server-only";
import { to as copyTo } from "pg-copy-streams";
import { stringify as stringifySync } from "csv-stringify/sync";
import { leaseExportConnection, type ExportLease } from "../db/pool";
import { cursorRows, started, webStream } from "./stream";
import { isDerivedCode } from "../series/derived";
import { inlineParameters, observationsSql, type SqlText } from "../observations/sql";
import { trimDecimal, type ObservationSqlRow } from "../series/queries";
import { computedRows } from "./computed-rows";
import { neutraliseCell } from "./neutralise";

export const EXPORT_COLUMNS = [
  "code",
  "title",
  "reporter",
  "partner",
  "flow",
  "unit",
  "year",
  "period",
  "value",
  "publisher",
  "source",
  "source_location",
  "vintage",
  "vintage_date",
  "flags",
  "headline",
] as const;

export interface ExportQuery {
  codes: string[];
  from?: number;
  to?: number;
  all?: boolean;
  /** Every frequency (dated and range statements too); default: annual values and year-end positions. */
  allPeriods?: boolean;
  /** US-dollar series in constant dollars of this base year (CPI-U, lib/convert/real.ts); other units as they are. */
  real?: number;
  /** The values as they were at this data version (`v=`); default: the current values. */
  asOf?: string;
}

/** The export's SELECT: the one observations query (exported for bench/export.ts, which runs it through psql's \copy). */
export function exportSql(q: ExportQuery): SqlText {
  return observationsSql({ codes: q.codes, from: q.from, to: q.to, all: q.all, annualOnly: !q.allPeriods, asOf: q.asOf });
}

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean> & { source_key: string };

/**
 * Stored series stream from the database. Derived series (turnover, balance, shares, converted FDI) and constant-dollar
 * exports are computed by the one query module and merged in code order (lib/export/computed-rows.ts).
 */
async function* rows(q: ExportQuery, leased?: Lease): AsyncGenerator<ExportRow> {
  if (q.real === undefined && !q.codes.some(isDerivedCode)) {
    yield* storedRows(q, leased);
    return;
  }
  const streamed = q.real === undefined ? q.codes.filter((c) => !isDerivedCode(c)) : [];
  const byCode = new Map<string, ExportRow[]>();
  if (streamed.length)
    for await (const r of storedRows({ ...q, codes: streamed }, leased))
      byCode.set(r.code as string, [...(byCode.get(r.code as string) ?? []), r]);
  for (const r of await computedRows(
    q,
    q.codes.filter((c) => !streamed.includes(c)),
  ))
    byCode.set(r.code as string, [...(byCode.get(r.code as string) ?? []), r]);
  for (const code of q.codes) yield* byCode.get(code) ?? [];
  leased?.release();
}

/**
 * A pooled connection taken before the response starts, so that a database that cannot be reached (or a pool that
 * stays busy) gives the route's 503 JSON instead of a download cut off after its 200. Released exactly once: with
 * an error (the connection is discarded) unless the export read to the end (a killed connection: lib/db/pool.ts).
 */
type Lease = ExportLease;
const lease = leaseExportConnection;

async function* storedRows(q: ExportQuery, leased?: Lease): AsyncGenerator<ExportRow> {
  const held = leased ?? (await lease());
  const { client } = held;
  let complete = false;
  try {
    const { text, values } = exportSql(q);
    for await (const r of cursorRows<ObservationSqlRow>(client, text, values)) {
      yield {
        code: r.code,
        title: r.title,
        reporter: r.reporter,
        partner: r.partner,
        flow: r.flow,
        unit: r.unit,
        year: r.year,
        period: r.period,
        value: trimDecimal(r.value),
        publisher: r.publisher,
        source: r.source_title,
        source_location: r.source_location,
        vintage: r.vintage,
        vintage_date: r.vintage_date,
        flags: r.flags.join(";"),
        headline: r.headline,
        source_key: r.source_key,
      };
    }
    complete = true;
  } finally {
    // A cursor abandoned half-way leaves the connection mid-query: discard it then.
    held.release(complete ? undefined : new Error("export interrupted"));
  }
}

const CSV_OPTIONS = {
  columns: [...EXPORT_COLUMNS],
  cast: { string: neutraliseCell, boolean: (v: boolean) => (v ? "true" : "false") },
};

/** CSV lines (no header) for a batch of rows: csv-stringify, text neutralised against spreadsheet formulas. */
export function csvRows(rows: ExportRow[]): string {
  return stringifySync(rows, CSV_OPTIONS);
}

/** Rows per csv-stringify call: formatting in batches avoids a stream hop per row (the export's main cost). */
const CSV_BATCH = 500;

/** Bytes per chunk written to the response: one chunk per row cost more than formatting the row (web-stream hops). */
const CSV_CHUNK = 64 * 1024;

/** Resolves once the first chunk is ready (so a failure is still an HTTP error), then streams as the client reads. */
export async function csvStream(q: ExportQuery, signal?: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const leased = await lease();
  return started(q.real !== undefined || q.codes.some(isDerivedCode) ? csvStreamFromRows(q, leased) : csvStreamByCopy(q, leased), signal);
}

/** The CSV built row by row in JavaScript (derived series need it); also the reference the COPY path is tested against. */
export function csvStreamFromRows(q: ExportQuery, leased?: Lease): ReadableStream<Uint8Array> {
  // Memory stays flat: rows are pulled from the database cursor as the client reads, one 64 KiB chunk at a time.
  async function* chunks(): AsyncGenerator<Buffer> {
    let chunk = `${EXPORT_COLUMNS.join(",")}\n`;
    let batch: ExportRow[] = [];
    for await (const r of rows(q, leased)) {
      batch.push(r);
      if (batch.length < CSV_BATCH) continue;
      chunk += csvRows(batch);
      batch = [];
      if (chunk.length >= CSV_CHUNK) {
        yield Buffer.from(chunk);
        chunk = "";
      }
    }
    if (batch.length) chunk += csvRows(batch);
    if (chunk) yield Buffer.from(chunk);
  }
  return webStream(chunks(), leased);
}

/** The SQL twin of neutraliseCell (lib/export/neutralise.ts) and of csv-stringify's empty field, for one text column. */
function csvTextSql(column: string): string {
  return `NULLIF(CASE WHEN ${column} ~ '^[=+@\\t\\r-]' AND ${column} !~ '^-?[0-9]+(\\.[0-9]+)?$' THEN '''' || ${column} ELSE ${column} END, '')`;
}

/**
 * Stored series only: PostgreSQL writes the CSV itself (COPY … TO STDOUT, streamed with pg-copy-streams), with the
 * export's SELECT and the same neutralised cells, trimmed decimals and true/false as the JavaScript path —
 * byte-identical (lib/export/observations.int.test.ts) at about the speed of `psql \copy` (docs/benchmarks.md).
 */
function csvStreamByCopy(q: ExportQuery, leased: Lease): ReadableStream<Uint8Array> {
  const inner = inlineParameters(exportSql(q));
  const textColumn = (c: string) => `${csvTextSql(`e.${c}`)} AS ${c}`;
  const sql = `COPY (
    SELECT ${["code", "title", "reporter", "partner", "flow", "unit"].map(textColumn).join(", ")}, e.year,
      ${textColumn("period")}, ${csvTextSql("trim_scale(e.value::numeric)::text")} AS value, ${textColumn("publisher")},
      ${csvTextSql("e.source_title")} AS source, ${textColumn("source_location")}, ${textColumn("vintage")}, ${textColumn("vintage_date")},
      ${csvTextSql("array_to_string(e.flags, ';')")} AS flags,
      CASE WHEN e.headline THEN 'true' ELSE 'false' END AS headline
    FROM (${inner}) e
    ORDER BY e.series_order, e.year, e.period, NOT e.headline, e.rank, e.source_key COLLATE "C"
  ) TO STDOUT WITH (FORMAT csv, HEADER)`;
  async function* chunks(): AsyncGenerator<Buffer> {
    const { client } = leased;
    let complete = false;
    try {
      let parts: Buffer[] = [];
      let size = 0;
      for await (const data of client.query(copyTo(sql)) as AsyncIterable<Buffer>) {
        parts.push(data);
        size += data.length;
        if (size >= CSV_CHUNK) {
          yield Buffer.concat(parts, size);
          parts = [];
          size = 0;
        }
      }
      if (size > 0) yield Buffer.concat(parts, size);
      complete = true;
    } finally {
      // A COPY abandoned half-way (the client went away) leaves the connection mid-protocol: discard it.
      leased.release(complete ? undefined : new Error("CSV export interrupted"));
    }
  }
  return webStream(chunks(), leased);
}

export async function jsonStream(q: ExportQuery, meta: Record<string, unknown>, signal?: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const leased = await lease();
  // 64 KiB chunks, like the CSV: one chunk per row cost an event-loop turn each, and on a busy server a 100-row
  // download took seconds (npm run load: 14 s p50 for one series).
  async function* chunks(): AsyncGenerator<Buffer> {
    let chunk = `{"meta":${JSON.stringify(meta)},"rows":[`;
    let first = true;
    for await (const r of rows(q, leased)) {
      const { source_key: _key, ...row } = r;
      chunk += `${first ? "" : ","}\n${JSON.stringify({ ...row, value: Number(r.value), valueExact: r.value })}`;
      first = false;
      if (chunk.length >= CSV_CHUNK) {
        yield Buffer.from(chunk);
        chunk = "";
      }
    }
    yield Buffer.from(`${chunk}\n]}\n`);
  }
  return started(webStream(chunks(), leased), signal);
}

/** Collects rows for small exports (data package). */
export async function collectRows(q: ExportQuery): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const r of rows(q)) out.push(r);
  return out;
}
