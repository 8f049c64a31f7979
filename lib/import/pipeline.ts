// One pipeline for every format: read (streaming) → parse → validate (zod) → stage → upsert in ONE transaction
// → ImportRun row with counts and the file's SHA-256. Any error rolls everything back: the database is left
// exactly as it was. Used by `npm run import` and by the seed.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { findParser, PARSERS } from "./registry";
import {
  ImportFileError,
  type ImportRecord,
  type NoteRecord,
  type ObservationRecord,
  type Parser,
  type SeriesRecord,
  type SourceRecord,
} from "./types";
import { Utf8Checker } from "./utf8";
import { describeIssue, noteSchema, observationSchema, seriesSchema, sourceSchema } from "./validate";

export interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface FileSummary {
  file: string;
  format: string;
  checksum: string;
  bytes: number;
  observations: Counts;
  notes: Counts;
  sourcesCreated: number;
  seriesCreated: number;
  rejected: number;
  rejectedReasons: string[];
  importRunId: number | null;
  seconds: number;
}

export interface ImportOptions {
  connectionString: string;
  /** Force a format instead of detecting it. */
  format?: string;
  /** Report what would change and write nothing. */
  dryRun?: boolean;
  /** Store every value under this vintage (a newer release goes beside the older, not over it). */
  vintage?: string;
  /** The date of that vintage (YYYY-MM-DD): every value's vintage date (lib/import/provenance.ts parseVintageOption). */
  vintageDate?: string;
  /**
   * Attribute a single-source file to a known Source (key, location, vintage): used by the seed to tie a raw file
   * to the provenance recorded in prisma/seed-data/raw/SOURCES.txt, so its values meet the data pack's transcription.
   */
  sourceOverride?: Record<string, { key: string; location?: string; vintage?: string; vintageDate?: string; publisher?: string }>;
  log?: (line: string) => void;
  /** Called with (bytesRead, totalBytes) while a file is parsed. */
  onProgress?: (file: string, bytesRead: number, totalBytes: number) => void;
}

/** Upserts the batch in import_batch ($1: the ImportRun id); returns the counts of inserted and updated rows. */
const MERGE_SQL = `WITH src AS (
       -- A key twice in one batch would make ON CONFLICT fail ("cannot affect row a second time"): keep the first here;
       -- the duplicate check over the whole file then refuses the file with its line numbers.
       SELECT DISTINCT ON (se.id, st.period, so.id, st.vintage) se.id AS series_id, so.id AS source_id, pu.id AS publisher_id, st.*
       FROM import_batch st JOIN "Series" se ON se.code = st.series_code JOIN "Source" so ON so.key = st.source_key
         JOIN "Publisher" pu ON pu.name = st.publisher
       ORDER BY se.id, st.period, so.id, st.vintage, st.line
     ), upserted AS (
       INSERT INTO "Observation" ("seriesId", "sourceId", "publisherId", frequency, period, year, value, vintage, "vintageDate", flags, qualifier, "asPublished", note, "importRunId")
       SELECT series_id, source_id, publisher_id, frequency::"Frequency", period, year, value, vintage, vintage_date, flags, qualifier, as_published, note, $1 FROM src
       ON CONFLICT ("seriesId", period, "sourceId", vintage) DO UPDATE SET
         value = EXCLUDED.value, flags = EXCLUDED.flags, frequency = EXCLUDED.frequency, year = EXCLUDED.year,
         "publisherId" = EXCLUDED."publisherId", "vintageDate" = EXCLUDED."vintageDate",
         qualifier = COALESCE("Observation".qualifier, EXCLUDED.qualifier),
         "asPublished" = COALESCE("Observation"."asPublished", EXCLUDED."asPublished"),
         note = COALESCE("Observation".note, EXCLUDED.note),
         "importRunId" = EXCLUDED."importRunId"
       -- Only a real change counts (and is written). The value and its flags follow the file; annotations (note,
       -- qualifier, as-published text) are kept from the first file that gave them and only filled when empty,
       -- so two files describing the same figure never overwrite each other's wording.
       -- Publisher and vintage date follow the file too (a database migrated from one Source per URL is corrected by re-seeding).
       WHERE ("Observation".value, "Observation".flags, "Observation".frequency, "Observation".year, "Observation"."publisherId", "Observation"."vintageDate")
             IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.flags, EXCLUDED.frequency, EXCLUDED.year, EXCLUDED."publisherId", EXCLUDED."vintageDate")
          OR ("Observation".qualifier IS NULL AND EXCLUDED.qualifier IS NOT NULL)
          OR ("Observation"."asPublished" IS NULL AND EXCLUDED."asPublished" IS NOT NULL)
          OR ("Observation".note IS NULL AND EXCLUDED.note IS NOT NULL)
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM upserted`;

/** Observations per COPY into the staging table (one COPY runs while the next batch is parsed). */
const BATCH = 20_000;
/** Series per INSERT (arrays of this length are sent as parameters). */
const SERIES_BATCH = 5_000;

interface Scan {
  checksum: string;
  bytes: number;
}

const HEAD_BYTES = 65536;

/** The first 64 KiB, for format detection. */
async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** One pass over the file: its SHA-256 and size, and (for text formats) the first invalid UTF-8 position. */
async function scanFile(file: string, checkUtf8: boolean): Promise<Scan & { utf8Error: { line: number; column: number } | null }> {
  const hash = createHash("sha256");
  const checker = new Utf8Checker();
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    hash.update(buf);
    bytes += buf.length;
    if (checkUtf8) checker.push(buf);
  }
  return { checksum: hash.digest("hex"), bytes, utf8Error: checkUtf8 ? checker.end() : null };
}

/** A value in PostgreSQL's COPY text format. */
function copyText(value: string | null): string {
  if (value === null) return "\\N";
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : value;
}
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function pickParser(file: string, head: Buffer, format?: string): Parser {
  if (format) {
    const parser = PARSERS.find((p) => p.format === format);
    if (!parser)
      throw new ImportFileError(
        file,
        1,
        1,
        `unknown format ${JSON.stringify(format)}; formats: ${PARSERS.map((p) => p.format).join(", ")}`,
      );
    return parser;
  }
  const parser = findParser(path.basename(file), head);
  if (!parser) {
    throw new ImportFileError(
      file,
      1,
      1,
      `unrecognised file: not one of the formats this importer reads:\n${PARSERS.map((p) => `  ${p.format.padEnd(10)} ${p.description}`).join("\n")}\nUse --format to force one.`,
    );
  }
  return parser;
}

export async function importFiles(files: string[], options: ImportOptions): Promise<FileSummary[]> {
  const client = new pg.Client({ connectionString: options.connectionString, application_name: "monitor-import" });
  await client.connect();
  const summaries: FileSummary[] = [];
  try {
    // Staging a large file stays in memory instead of spilling the temporary table to disk (must precede its creation).
    await client.query("SET temp_buffers = '256MB'");
    // Room for the hash aggregates and joins over the staged rows (a session setting of the importer only).
    await client.query("SET work_mem = '128MB'");
    await client.query("BEGIN");
    await client.query(`CREATE TEMP TABLE import_staging (
      line int NOT NULL, col int NOT NULL, series_code text NOT NULL, source_key text NOT NULL, frequency text NOT NULL,
      period text NOT NULL, year int NOT NULL, value numeric(30,10) NOT NULL, vintage text NOT NULL, flags text[] NOT NULL,
      qualifier text, as_published text, note text, publisher text NOT NULL, vintage_date date NOT NULL) ON COMMIT DROP`);
    await client.query(`CREATE TEMP TABLE import_batch (LIKE import_staging) ON COMMIT DROP`);
    for (const file of files) summaries.push(await importOne(client, file, options));
    if (options.dryRun) await client.query("ROLLBACK");
    else {
      // Pages cache expensive queries keyed by this counter (lib/cache.ts): bump it in the same transaction, only when
      // something changed, so an import that changes nothing leaves every cache valid.
      const changed = summaries.some(
        (s) =>
          s.observations.inserted + s.observations.updated + s.notes.inserted + s.notes.updated + s.sourcesCreated + s.seriesCreated > 0,
      );
      if (changed) {
        await client.query(`INSERT INTO "DataVersion" (id, version, "changedAt") VALUES (1, 1, now())
          ON CONFLICT (id) DO UPDATE SET version = "DataVersion".version + 1, "changedAt" = now()`);
      }
      await client.query("COMMIT");
    }
    return summaries;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function importOne(client: pg.Client, file: string, options: ImportOptions): Promise<FileSummary> {
  const started = Date.now();
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a regular file");
  } catch (error) {
    throw new ImportFileError(file, 1, 1, `cannot read: ${(error as Error).message}`);
  }
  const parser = pickParser(file, await readHead(file), options.format);
  const scan = await scanFile(file, !parser.binary);
  if (scan.utf8Error) {
    throw new ImportFileError(
      file,
      scan.utf8Error.line,
      scan.utf8Error.column,
      "invalid UTF-8 byte sequence (is the file Latin-1 / Windows-1252? save it as UTF-8)",
    );
  }

  const run = await client.query<{ id: number }>(
    `INSERT INTO "ImportRun" (file, checksum, format, status) VALUES ($1, $2, $3, 'running') RETURNING id`,
    [path.basename(file), scan.checksum, parser.format],
  );
  const runId = run.rows[0]!.id;
  await client.query("TRUNCATE import_staging");

  const sources = new Map<string, SourceRecord>();
  const series = new Map<string, SeriesRecord & { firstLine: number; firstColumn: number }>();
  const notes: NoteRecord[] = [];
  const rejectedReasons: string[] = [];
  let rejected = 0;
  let staged = 0;
  let batch: ObservationRecord[] = [];
  const known = { series: new Set<string>(), sources: new Set<string>() };
  /** Publisher and vintage date of Sources defined by earlier imports, for values that cite them. */
  const dbSources = new Map<string, { publisher: string; vintageDate: string | null }>();

  const fail = (line: number, column: number, message: string): never => {
    throw new ImportFileError(file, line, column, message);
  };

  const exists = async (kind: "series" | "sources", key: string): Promise<boolean> => {
    if (known[kind].has(key)) return true;
    await settle(); // after the inserts already queued, which may have created it
    const sql =
      kind === "series"
        ? `SELECT 1 FROM "Series" WHERE code = $1`
        : `SELECT publisher, to_char("vintageDate", 'YYYY-MM-DD') AS "vintageDate" FROM "Source" WHERE key = $1`;
    const result = await client.query(sql, [key]);
    const found = result.rowCount! > 0;
    if (found) known[kind].add(key);
    if (found && kind === "sources") dbSources.set(key, result.rows[0] as { publisher: string; vintageDate: string | null });
    return found;
  };

  // Work is pipelined with parsing: each batch of observations is sent (COPY into import_batch, appended to
  // import_staging, merged into "Observation") while the next batch is parsed, and the series and sources a batch
  // needs are inserted just before it. Queries run in order on this one connection, so every statement sees all
  // earlier ones. At most one batch is in flight; its failure surfaces at the next flush (or at the end), and any
  // failure rolls the whole transaction back. Checks over the whole file (duplicates, unit clashes) run at the end,
  // before the commit, with the same messages as before the pipelining.
  // A chain, not pg's own queue (deprecated: one query at a time per client); a failure skips everything after it.
  let chain: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(step: () => Promise<T>): Promise<T> => {
    const p = chain.then(step);
    chain = p;
    p.catch(() => {}); // awaited in settle(); this only keeps an early failure from counting as unhandled
    return p;
  };
  const settle = async () => {
    await chain;
  };
  const observations: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  let sourcesCreated = 0;
  let seriesCreated = 0;
  const pendingSources: SourceRecord[] = [];
  const pendingSeries: SeriesRecord[] = [];

  const insertPending = () => {
    for (const s of pendingSources.splice(0)) {
      // First definition wins: re-imports and other files citing the same source never flip its metadata.
      enqueue(() =>
        client.query(
          `INSERT INTO "Source" (key, publisher, title, location, vintage, "retrievedAt", licence, "datasetType", rank, citation, "vintageDate")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (key) DO NOTHING`,
          [
            s.key,
            s.publisher,
            s.title,
            s.location,
            s.vintage,
            s.retrievedAt,
            s.licence,
            s.datasetType,
            s.rank,
            s.citation,
            s.vintageDate ?? null,
          ],
        ),
      ).then(
        (r) => (sourcesCreated += r.rowCount ?? 0),
        () => {},
      );
    }
    while (pendingSeries.length > 0) {
      const part = pendingSeries.splice(0, SERIES_BATCH);
      const column = <K extends keyof SeriesRecord>(key: K) => part.map((s) => s[key]);
      // In file order (unnest keeps it), as one INSERT per series did.
      enqueue(() =>
        client.query(
          `INSERT INTO "Series" (code, domain, title, reporter, partner, flow, unit, valuation, "productCode", "productLevel", description)
           SELECT c, d::"Domain", t, r, p, f, u, v::"Valuation", pc, pl, de
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::text[])
             WITH ORDINALITY AS x(c, d, t, r, p, f, u, v, pc, pl, de, n)
           ORDER BY n
           ON CONFLICT (code) DO NOTHING`,
          [
            column("code"),
            column("domain"),
            column("title"),
            column("reporter"),
            column("partner"),
            column("flow"),
            column("unit"),
            column("valuation"),
            column("productCode"),
            column("productLevel"),
            column("description"),
          ],
        ),
      ).then(
        (r) => (seriesCreated += r.rowCount ?? 0),
        () => {},
      );
    }
  };

  const flush = async () => {
    if (batch.length === 0) return;
    const lines: string[] = [];
    const publishers = new Set<string>();
    for (const o of batch) {
      const flags = o.flags.length ? `{${[...new Set(o.flags)].sort().join(",")}}` : "{}";
      publishers.add(o.publisher!);
      lines.push(
        `${o.line}\t${o.column}\t${copyText(o.seriesCode)}\t${copyText(o.sourceKey)}\t${o.frequency}\t${copyText(o.period)}\t${o.year}\t${o.value}\t${copyText(options.vintage ?? o.vintage)}\t${flags}\t${copyText(o.qualifier)}\t${copyText(o.asPublished)}\t${copyText(o.note)}\t${copyText(o.publisher!)}\t${o.vintageDate}\n`,
      );
    }
    staged += batch.length;
    batch = [];
    await settle();
    insertPending();
    const text = lines.join("");
    enqueue(() =>
      client.query(`INSERT INTO "Publisher" (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING`, [[...publishers]]),
    );
    enqueue(() =>
      pipeline(
        Readable.from([text]),
        client.query(
          copyFrom(
            "COPY import_batch (line, col, series_code, source_key, frequency, period, year, value, vintage, flags, qualifier, as_published, note, publisher, vintage_date) FROM STDIN",
          ),
        ),
      ),
    );
    enqueue(() => client.query("INSERT INTO import_staging SELECT * FROM import_batch"));
    enqueue(async () => {
      const r = await client.query<{ inserted: string; updated: string }>(MERGE_SQL, [runId]);
      observations.inserted += Number(r.rows[0]!.inserted);
      observations.updated += Number(r.rows[0]!.updated);
    });
    enqueue(() => client.query("TRUNCATE import_batch"));
  };

  let bytesRead = 0;
  const input = {
    file,
    open: () => {
      const stream = createReadStream(file);
      stream.on("data", (chunk) => {
        bytesRead += chunk.length;
        options.onProgress?.(file, bytesRead, scan.bytes);
      });
      return stream;
    },
  };

  const override = options.sourceOverride?.[file];
  let overriddenFrom: string | null = null;
  for await (const parsed of parser.parse(input) as AsyncIterable<ImportRecord>) {
    let record = parsed;
    if (override && record.kind === "source") {
      if (overriddenFrom !== null && overriddenFrom !== record.key) fail(1, 1, "a source override needs a file with a single source");
      overriddenFrom = record.key;
      record = {
        ...record,
        key: override.key,
        location: override.location ?? record.location,
        vintage: override.vintage ?? record.vintage,
        vintageDate: override.vintageDate ?? record.vintageDate,
      };
    } else if (override && record.kind === "observation" && record.sourceKey === overriddenFrom) {
      record = {
        ...record,
        sourceKey: override.key,
        vintage: override.vintage ?? record.vintage,
        publisher: record.publisher ?? override.publisher ?? null,
      };
    }
    switch (record.kind) {
      case "source": {
        const parsed = sourceSchema.safeParse(record);
        if (!parsed.success) fail(1, 1, `source ${record.key}: ${describeIssue(parsed.error)}`);
        if (!sources.has(record.key)) pendingSources.push(record);
        sources.set(record.key, record);
        break;
      }
      case "series": {
        const parsed = seriesSchema.safeParse(record);
        if (!parsed.success) fail(1, 1, `series ${record.code}: ${describeIssue(parsed.error)}`);
        if (!series.has(record.code)) {
          series.set(record.code, { ...record, firstLine: 0, firstColumn: 0 });
          pendingSeries.push(record);
        }
        break;
      }
      case "observation": {
        const parsed = observationSchema.safeParse(record);
        if (!parsed.success) fail(record.line, record.column, describeIssue(parsed.error));
        const s = series.get(record.seriesCode);
        if (s) {
          if (s.firstLine === 0) Object.assign(s, { firstLine: record.line, firstColumn: record.column });
        } else if (!(await exists("series", record.seriesCode))) {
          fail(record.line, record.column, `unknown series ${record.seriesCode}`);
        }
        if (!sources.has(record.sourceKey) && !(await exists("sources", record.sourceKey)))
          fail(record.line, record.column, `unknown source ${record.sourceKey}`);
        const src = sources.get(record.sourceKey) ?? dbSources.get(record.sourceKey);
        // Every value carries a dated vintage and a publisher (issue 12): its own, else --vintage's, else its source's.
        const vintageDate = record.vintageDate ?? options.vintageDate ?? src?.vintageDate ?? null;
        if (!vintageDate)
          fail(
            record.line,
            record.column,
            `no vintage date for ${record.seriesCode} ${record.period} (source ${record.sourceKey}): pass --vintage "LABEL (YYYY-MM-DD)" or a date, or list the file in prisma/seed-data/project/provenance.csv`,
          );
        batch.push({ ...record, vintageDate, publisher: record.publisher ?? src!.publisher });
        if (batch.length >= BATCH) await flush();
        break;
      }
      case "note": {
        const parsed = noteSchema.safeParse(record);
        if (!parsed.success) fail(record.line, 1, describeIssue(parsed.error));
        if (record.sourceKey && !sources.has(record.sourceKey) && !(await exists("sources", record.sourceKey)))
          fail(record.line, 1, `unknown source ${record.sourceKey}`);
        notes.push(record);
        break;
      }
      case "rejected":
        rejected++;
        if (rejectedReasons.length < 20) rejectedReasons.push(`${file}:${record.line}:${record.column}: skipped: ${record.reason}`);
        break;
    }
  }
  await flush();
  insertPending();
  await settle();
  // Statistics for the planner (a temporary table has none): the duplicate check below aggregates every staged row.
  if (staged > 10_000) await client.query("ANALYZE import_staging");

  // Duplicate keys inside the file: the same figure twice would silently keep one of them.
  // Found with a hash aggregate first (cheap at a million rows); the lines of the first duplicate only then.
  const dupKey = await client.query<{ series_code: string; period: string; source_key: string; vintage: string }>(
    `SELECT series_code, period, source_key, vintage FROM import_staging GROUP BY series_code, period, source_key, vintage HAVING count(*) > 1 ORDER BY min(line) LIMIT 1`,
  );
  if (dupKey.rows[0]) {
    const k = dupKey.rows[0];
    const d = (
      await client.query<{ lines: number[]; cols: number[] }>(
        `SELECT array_agg(line ORDER BY line) AS lines, array_agg(col ORDER BY line) AS cols FROM import_staging WHERE series_code = $1 AND period = $2 AND source_key = $3 AND vintage = $4`,
        [k.series_code, k.period, k.source_key, k.vintage],
      )
    ).rows[0]!;
    fail(d.lines[1]!, d.cols[1]!, `duplicate: ${k.series_code} ${k.period} from the same source already given on line ${d.lines[0]}`);
  }

  if (series.size > 0) {
    // A series that already exists must mean the same thing: mixing units would corrupt every chart of it.
    const clash = await client.query<{ code: string; unit: string; domain: string }>(
      `SELECT code, unit, domain::text FROM "Series" s JOIN unnest($1::text[], $2::text[], $3::text[]) AS i(c, u, d) ON s.code = i.c WHERE s.unit <> i.u OR s.domain::text <> i.d LIMIT 1`,
      [[...series.keys()], [...series.values()].map((s) => s.unit), [...series.values()].map((s) => s.domain)],
    );
    if (clash.rows[0]) {
      const s = series.get(clash.rows[0].code)!;
      fail(
        s.firstLine || 1,
        s.firstColumn || 1,
        `series ${s.code} exists with unit ${clash.rows[0].unit} (${clash.rows[0].domain}); this file gives ${s.unit} (${s.domain})`,
      );
    }
  }

  observations.unchanged = staged - observations.inserted - observations.updated;

  const noteCounts: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  const seenNotes = new Map<string, number>();
  for (const n of notes) {
    const earlier = seenNotes.get(n.key);
    if (earlier !== undefined) fail(n.line, 1, `duplicate note key ${JSON.stringify(n.key)} (first on line ${earlier})`);
    seenNotes.set(n.key, n.line);
    const r = await client.query<{ inserted: boolean }>(
      `WITH pu AS (
         INSERT INTO "Publisher" (name) SELECT COALESCE($12, (SELECT publisher FROM "Source" WHERE key = $11)) WHERE COALESCE($12, (SELECT publisher FROM "Source" WHERE key = $11)) IS NOT NULL
         ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id)
       INSERT INTO "Note" (key, kind, title, body, "yearFrom", "yearTo", "periodLabel", "quotedValue", domains, "seriesCodes", "sourceId", "publisherId")
       VALUES ($1, $2::"NoteKind", $3, $4, $5, $6, $7, $8, $9::"Domain"[], $10::text[], (SELECT id FROM "Source" WHERE key = $11), (SELECT id FROM pu))
       ON CONFLICT (key) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, body = EXCLUDED.body, "yearFrom" = EXCLUDED."yearFrom",
         "yearTo" = EXCLUDED."yearTo", "periodLabel" = EXCLUDED."periodLabel", "quotedValue" = EXCLUDED."quotedValue", domains = EXCLUDED.domains,
         "seriesCodes" = EXCLUDED."seriesCodes", "sourceId" = EXCLUDED."sourceId", "publisherId" = EXCLUDED."publisherId"
       WHERE ("Note".kind, "Note".title, "Note".body, "Note"."yearFrom", "Note"."yearTo", "Note"."periodLabel", "Note"."quotedValue", "Note".domains, "Note"."seriesCodes", "Note"."sourceId", "Note"."publisherId")
         IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.title, EXCLUDED.body, EXCLUDED."yearFrom", EXCLUDED."yearTo", EXCLUDED."periodLabel", EXCLUDED."quotedValue", EXCLUDED.domains, EXCLUDED."seriesCodes", EXCLUDED."sourceId", EXCLUDED."publisherId")
       RETURNING (xmax = 0) AS inserted`,
      [
        n.key,
        n.noteKind,
        n.title,
        n.body,
        n.yearFrom,
        n.yearTo,
        n.periodLabel,
        n.quotedValue,
        n.domains,
        n.seriesCodes,
        n.sourceKey,
        n.publisher ?? null,
      ],
    );
    const row = r.rows[0];
    if (!row) noteCounts.unchanged++;
    else if (row.inserted) noteCounts.inserted++;
    else noteCounts.updated++;
  }

  await client.query(
    `UPDATE "ImportRun" SET "finishedAt" = now(), inserted = $2, updated = $3, unchanged = $4, rejected = $5, status = $6::"ImportStatus" WHERE id = $1`,
    [
      runId,
      observations.inserted + noteCounts.inserted,
      observations.updated + noteCounts.updated,
      observations.unchanged + noteCounts.unchanged,
      rejected,
      options.dryRun ? "dry_run" : "succeeded",
    ],
  );

  return {
    file,
    format: parser.format,
    checksum: scan.checksum,
    bytes: scan.bytes,
    observations,
    notes: noteCounts,
    sourcesCreated,
    seriesCreated,
    rejected,
    rejectedReasons,
    importRunId: options.dryRun ? null : runId,
    seconds: (Date.now() - started) / 1000,
  };
}

export function formatSummary(s: FileSummary, dryRun = false): string {
  const o = s.observations;
  const verb = dryRun ? "would be " : "";
  const notes =
    s.notes.inserted + s.notes.updated + s.notes.unchanged > 0
      ? `; notes ${s.notes.inserted} inserted, ${s.notes.updated} updated, ${s.notes.unchanged} unchanged`
      : "";
  return `${s.file} [${s.format}]: ${o.inserted} ${verb}inserted, ${o.updated} ${verb}updated, ${o.unchanged} unchanged, ${s.rejected} rejected${notes} (${s.seconds.toFixed(2)} s, sha256 ${s.checksum.slice(0, 12)}…)`;
}
