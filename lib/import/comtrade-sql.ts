// UN Comtrade Plus files, set-based (issue 14): PostgreSQL's own COPY parses the file into a temporary table of its
// text fields (the file's bytes still pass through FileRead: one read, checksum, UTF-8 and NUL checks), the rows are
// classified and converted in SQL (comtrade-sql-text.ts), and merged with the importer's one merge (merge-sql.ts) —
// all inside the import transaction. JavaScript sees only the rows that define something (the first row of each
// series and source) and the first rejected rows: they go through the Comtrade parser's own row function
// (comtradeRow) and the record sink, so every source, series, message and reason is the row-by-row importer's.
// Whatever the SQL cannot decide exactly — a row it finds wrong, a malformed CSV, a repeated key, records spanning
// lines — raises NeedsRowByRow: the caller rolls back to its savepoint and imports the file row by row, which words the
// error at its file:line:column (or imports what PostgreSQL's CSV reader refused and csv-parse accepts).
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { BatchWriter } from "./batch-writer";
import { checkHeader, MAX_RECORD_BYTES } from "./csv";
import type { FileRead } from "./file-input";
import { holdPoint } from "./hold";
import { COMTRADE_COLUMNS, comtradeRow, type ComtradeSeen } from "./parsers/comtrade";
import { comtradeNotCountryReason } from "./parsers/country-codes";
import type { RecordSink } from "./record-sink";
import {
  COMTRADE_DDL,
  COPY_RAW_SQL,
  DEFINING_PAGE_SQL,
  DEFINING_SQL,
  REPEATED_SQL,
  PLACES_SQL,
  ROWS_SQL,
  STATS_SQL,
  chunkSource,
} from "./comtrade-sql-text";
import { ImportFileError, type ImportRecord } from "./types";

/** The set-based path cannot decide this file exactly: roll it back and import the file row by row. */
export class NeedsRowByRow extends Error {}

/** Rows merged per statement (one sorted pass over the indexes of "Observation" per chunk). */
const CHUNK_ROWS = 2_000_000;
/** Defining rows read at a time. */
const PAGE = 5_000;

export interface SqlImport {
  client: pg.Client;
  file: string;
  read: FileRead;
  writer: BatchWriter;
  sink: RecordSink;
}

export async function importComtradeSql({ client, file, read, writer, sink }: SqlImport): Promise<void> {
  let t = performance.now();
  const step = (name: string) => {
    if (process.env.MONITOR_IMPORT_DEBUG)
      process.stderr.write(
        `${name}: ${((performance.now() - t) / 1000).toFixed(2)} s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`,
      );
    t = performance.now();
  };
  // The header is checked from the first bytes (the file is read once, from the start, by COPY below).
  const head = await read.head();
  if (head.indexOf(0x0a) === -1) throw new NeedsRowByRow("no line end in the first bytes");
  const headOnly = { file, open: () => Readable.from([head]) };
  if ((await checkHeader(headOnly, COMTRADE_COLUMNS)) !== 1) throw new NeedsRowByRow("header spans lines");
  await client.query(COMTRADE_DDL);
  const copy = client.query(copyFrom(COPY_RAW_SQL));
  try {
    await pipeline(read.input().open(), copy);
  } catch (error) {
    // PostgreSQL refused the CSV (a field too many or too few, an unterminated quote…): csv-parse says where and why.
    if (!(error instanceof ImportFileError) && typeof (error as { code?: unknown }).code === "string") throw new NeedsRowByRow("COPY");
    throw error;
  }
  await holdPoint("staging");
  // Temporary tables are never analysed by autovacuum: without statistics the planner joins them by nested loops.
  await client.query("ANALYZE comtrade_raw");
  step("copy");
  const records = copy.rowCount;
  const lines = read.lines;
  // Line n + 1 is record n only when no record spans lines (the header is line 1; the last line may lack its LF).
  if (lines.newlines !== records && lines.newlines !== records + 1) throw new NeedsRowByRow("records span lines");
  if (lines.longest > MAX_RECORD_BYTES) throw new NeedsRowByRow("a record larger than csv-parse accepts");
  if (lines.unusual) throw new NeedsRowByRow("Unicode spaces or control characters: trim() and btrim() could differ");

  // Which reporters and partners are countries: the parser's own rule, once per distinct code, ISO code and name.
  const places = (await client.query<{ place: string }>(PLACES_SQL)).rows.map((p) => p.place.split("\x01"));
  await client.query(`INSERT INTO comtrade_not_country (place) SELECT unnest($1::text[])`, [
    places.filter(([code, iso, desc]) => comtradeNotCountryReason(code!.trim(), iso!.trim(), desc!.trim())).map((p) => p.join("\x01")),
  ]);
  await client.query(ROWS_SQL);
  await client.query("ANALYZE comtrade_rows");
  step("rows");
  const stats = (await client.query<{ ok: number; rejected: number; fatal: number }>(STATS_SQL)).rows[0]!;
  step("stats");
  if (stats.fatal > 0) throw new NeedsRowByRow("a row the file is refused at");

  // The defining rows and the first rejected ones, in file order, through the parser's row function and the sink.
  const seen: ComtradeSeen = { sources: new Set(), series: new Set() };
  const sourceOf = new Map<string, { sourceKey: string; publisher: string; vintage: string; vintageDate: string }>();
  await client.query(DEFINING_SQL);
  await client.query("DROP TABLE comtrade_raw"); // its local buffers go to the merge
  for (let after = 0; ;) {
    // Rows as arrays: n, the verdict, then the 47 fields.
    const page = (await client.query<string[]>({ text: DEFINING_PAGE_SQL, values: [after, PAGE], rowMode: "array" })).rows;
    for (const row of page) {
      const line = Number(row[0]) + 1;
      let got: ImportRecord[];
      try {
        got = [...comtradeRow(file, row.slice(2), line, seen)];
      } catch {
        throw new NeedsRowByRow(`line ${line}: the parser refuses a row the SQL accepted`);
      }
      if ((got.at(-1)?.kind === "rejected") !== (row[1] === "reject"))
        throw new NeedsRowByRow(`line ${line}: the parser and the SQL disagree`);
      for (const record of got) {
        await sink.accept(record);
        if (record.kind === "observation") {
          const o = writer.lastAdded!;
          sourceOf.set(record.sourceKey, {
            sourceKey: o.sourceKey,
            publisher: o.publisher!,
            vintage: o.vintage,
            vintageDate: o.vintageDate!,
          });
        }
      }
    }
    // The page's sources and series are inserted while the next page is read (memory stays flat with their number).
    await writer.flush();
    if (page.length < PAGE) break;
    after = Number(page.at(-1)![0]);
  }
  step("defining rows");
  await client.query(
    `INSERT INTO comtrade_source (file_key, source_key, publisher, vintage, vintage_date)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[])`,
    [
      [...sourceOf.keys()],
      [...sourceOf.values()].map((s) => s.sourceKey),
      [...sourceOf.values()].map((s) => s.publisher),
      [...sourceOf.values()].map((s) => s.vintage),
      [...sourceOf.values()].map((s) => s.vintageDate),
    ],
  );

  await client.query("ANALYZE comtrade_source");
  // Sources and series go in first (with the unit-clash check), then the observations, a chunk of rows at a time.
  if ((await client.query<{ repeated: boolean }>(REPEATED_SQL)).rows[0]!.repeated) throw new NeedsRowByRow("a repeated key");
  let staged = 0;
  const last = records + 1;
  for (let from = 1; from < last; from += CHUNK_ROWS) {
    const merged = await writer.mergeFrom(chunkSource, [from, Math.min(from + CHUNK_ROWS, last)], false);
    if (merged.duplicate) throw new Error("internal: a repeated key was not found before the merge");
    staged += merged.staged;
  }
  step("merge");
  if (staged !== stats.ok) throw new Error(`internal: ${stats.ok} rows to import, ${staged} merged`);
  sink.rejected = stats.rejected;
  sink.dataRecords = stats.ok + stats.rejected;
}
