// Streams observations (the same selection the pages and /api/series use) as CSV or JSON rows, flat in memory.
import { stringify } from "csv-stringify";
import QueryStream from "pg-query-stream";
import { Readable } from "node:stream";
import { pool } from "../db/pool";
import { HEADLINE_ORDER_SQL } from "../series/headline";
import { trimDecimal } from "../series/queries";
import { neutraliseCell } from "./neutralise";

export const EXPORT_COLUMNS = ["code", "title", "reporter", "partner", "flow", "unit", "year", "period", "value", "source", "source_location", "vintage", "flags", "headline"] as const;

export interface ExportQuery {
  codes: string[];
  from?: number;
  to?: number;
  all?: boolean;
}


function exportSql(q: ExportQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [q.codes];
  const where = [`s.code = ANY($1::text[])`, `o.frequency = 'A'`];
  if (q.from !== undefined) {
    values.push(q.from);
    where.push(`o.year >= $${values.length}`);
  }
  if (q.to !== undefined) {
    values.push(q.to);
    where.push(`o.year <= $${values.length}`);
  }
  const text = `
    SELECT * FROM (
      SELECT s.code, s.title, s.reporter, s.partner, s.flow, s.unit, o.year, o.period, o.value::text AS value,
        so.title AS source, so.key AS source_key, so.location AS source_location, o.vintage, array_to_string(o.flags, ';') AS flags,
        row_number() OVER (PARTITION BY o."seriesId", o.period ORDER BY ${HEADLINE_ORDER_SQL}) = 1 AS headline,
        array_position($1::text[], s.code) AS series_order, so.rank
      FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
      WHERE ${where.join(" AND ")}
    ) x ${q.all ? "" : "WHERE headline"}
    ORDER BY series_order, year, period, NOT headline, rank, source`;
  return { text, values };
}

type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean> & { source_key: string };

async function* rows(q: ExportQuery): AsyncGenerator<ExportRow> {
  const client = await pool().connect();
  try {
    const { text, values } = exportSql(q);
    const stream = client.query(new QueryStream(text, values, { batchSize: 2000 }));
    for await (const r of stream as AsyncIterable<Record<string, unknown>>) {
      yield {
        code: r.code as string,
        title: r.title as string,
        reporter: r.reporter as string,
        partner: r.partner as string,
        flow: r.flow as string,
        unit: r.unit as string,
        year: r.year as number,
        period: r.period as string,
        value: trimDecimal(r.value as string),
        source: r.source as string,
        source_location: r.source_location as string,
        vintage: r.vintage as string,
        flags: r.flags as string,
        headline: r.headline as boolean,
        source_key: r.source_key as string,
      };
    }
  } finally {
    client.release();
  }
}

export function csvStream(q: ExportQuery): ReadableStream<Uint8Array> {
  const csv = stringify({
    header: true,
    columns: [...EXPORT_COLUMNS],
    cast: { string: (v) => neutraliseCell(v), boolean: (v) => (v ? "true" : "false") },
  });
  Readable.from(rows(q)).on("error", (e) => csv.destroy(e)).pipe(csv);
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}

export function jsonStream(q: ExportQuery, meta: Record<string, unknown>): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield `{"meta":${JSON.stringify(meta)},"rows":[`;
    let first = true;
    for await (const r of rows(q)) {
      const { source_key: _key, ...row } = r;
      yield `${first ? "" : ","}\n${JSON.stringify({ ...row, value: Number(r.value), valueExact: r.value })}`;
      first = false;
    }
    yield "\n]}\n";
  }
  return Readable.toWeb(Readable.from(chunks())) as ReadableStream<Uint8Array>;
}

/** Collects rows for small exports (data package). */
export async function collectRows(q: ExportQuery): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const r of rows(q)) out.push(r);
  return out;
}
