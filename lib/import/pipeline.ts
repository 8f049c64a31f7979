// One pipeline for every format: one read of each file (checksum, UTF-8 check, parse) → validate → COPY, straight into
// "Observation" for series the file created, else staged and merged with the history of every changed value
// (batch-writer.ts), in ONE transaction → an ImportRun row per file with its counts and the SHA-256 of the bytes
// imported. Any error rolls everything back: the database is left exactly as it was.
// Imports run one at a time: each locks the DataVersion row for its whole transaction and stamps what it writes with
// the next version. Used by `npm run import` and by the seed.
import path from "node:path";
import pg from "pg";
import { BatchWriter, type Counts } from "./batch-writer";
import { FileRead } from "./file-input";
import { holdPoint } from "./hold";
import { KEYS_DDL, SERIES_STAGING_DDL } from "./merge-sql";
import { writeNotes, writeNoteTranslations } from "./note-writer";
import { STAGING_DDL } from "./observation-columns";
import { RecordSink, type SourceOverride } from "./record-sink";
import { RepeatedKey } from "./repeated-key";
import { findParser, PARSERS } from "./registry";
import { ImportFileError, isRecordArray, type Parser } from "./types";
import { vintageProblem } from "./validate";

export type { Counts };

export interface FileSummary {
  file: string;
  format: string;
  checksum: string;
  bytes: number;
  observations: Counts;
  /** Superseded values kept in ObservationRevision. */
  revised: number;
  notes: Counts;
  /** The project's translations of notes (NoteTranslation). */
  translations: Counts;
  sourcesCreated: number;
  seriesCreated: number;
  /** Of the observations inserted, those of series this file created, which skipped the merge (none when checked). */
  straight: number;
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
   * Attribute a single-source file to a known Source (key, location, vintage, its date, publisher): the provenance
   * list (lib/import/provenance.ts) ties the data pack's raw files to their source this way.
   */
  sourceOverride?: Record<string, SourceOverride>;
  /** Observations per batch (COPY and merge); tests set a small one so that a file crosses batches. */
  batchRows?: number;
  /**
   * Every observation through the merge, none inserted straight (batch-writer.ts): set for the second run after a key
   * given twice, which then names both of its lines.
   */
  checked?: boolean;
  log?: (line: string) => void;
  /** Called with (bytesRead, totalBytes) while a file is read. */
  onProgress?: (file: string, bytesRead: number, totalBytes: number) => void;
}

/** A problem with the command rather than a file (an invalid --vintage): exit code 2 in the CLI. */
export class ImportUsageError extends Error {}

export async function importFiles(files: string[], options: ImportOptions): Promise<FileSummary[]> {
  if (options.vintage !== undefined) {
    const problem = vintageProblem(options.vintage);
    if (problem) throw new ImportUsageError(`--vintage ${JSON.stringify(options.vintage.slice(0, 120))}: ${problem}`);
  }
  const client = new pg.Client({ connectionString: options.connectionString, application_name: "monitor-import" });
  await client.connect();
  const summaries: FileSummary[] = [];
  let retry = false;
  try {
    // Staging a large file stays in memory instead of spilling the temporary table to disk (must precede its creation).
    await client.query("SET temp_buffers = '256MB'");
    // Room for the hash aggregates and joins over the staged rows (a session setting of the importer only).
    await client.query("SET work_mem = '128MB'");
    await client.query("BEGIN");
    const version = (await takeVersion(client, options.log)) + 1;
    await skipRowByRowKeyChecks(client);
    await client.query(STAGING_DDL);
    await client.query(KEYS_DDL);
    await client.query(SERIES_STAGING_DDL);
    for (const file of files) summaries.push(await importOne(client, file, options, version));
    if (options.dryRun) await client.query("ROLLBACK");
    else {
      // Pages cache expensive queries keyed by the version (lib/cache.ts), and pinned citations name it: it moves only
      // when something changed, so an import that changes nothing leaves every cache and permalink as it was.
      if (summaries.some(changedAnything)) {
        await client.query(`UPDATE "DataVersion" SET version = $1, "changedAt" = now() WHERE id = 1`, [version]);
        await client.query(
          `INSERT INTO "DataVersionLog" (version, "committedAt", "importRunIds", summary) VALUES ($1, clock_timestamp(), $2, $3)`,
          [version, summaries.map((s) => s.importRunId), versionSummary(summaries)],
        );
      }
      await holdPoint("commit");
      await client.query("COMMIT");
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (error instanceof RepeatedKey && !options.checked) {
      (options.log ?? ((line: string) => process.stderr.write(`${line}\n`)))(`${error.message}…`);
      retry = true;
    } else throw error;
  } finally {
    await client.end();
  }
  // Outside the finally: the first connection is closed (and its transaction gone) before the second run starts.
  return retry ? importFiles(files, { ...options, checked: true }) : summaries;
}

/**
 * Locks the DataVersion row for the rest of the transaction and returns the current version. A second import waits
 * here until the first has committed (or rolled back), then sees everything it wrote.
 */
async function takeVersion(client: pg.Client, log?: (line: string) => void): Promise<number> {
  await client.query(`INSERT INTO "DataVersion" (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`);
  await client.query("SAVEPOINT version_lock");
  try {
    const r = await client.query<{ version: string }>(`SELECT version FROM "DataVersion" WHERE id = 1 FOR UPDATE NOWAIT`);
    await client.query("RELEASE SAVEPOINT version_lock");
    return Number(r.rows[0]!.version);
  } catch (error) {
    if ((error as { code?: string }).code !== "55P03") throw error;
    await client.query("ROLLBACK TO SAVEPOINT version_lock");
    (log ?? ((line: string) => process.stderr.write(`${line}\n`)))("another import is running: waiting for it to finish…");
    const r = await client.query<{ version: string }>(`SELECT version FROM "DataVersion" WHERE id = 1 FOR UPDATE`);
    return Number(r.rows[0]!.version);
  }
}

/**
 * The three foreign keys of "Observation" are checked by a trigger per row: 20 of the 31 s that inserting a million
 * observations took (docs/benchmarks.md). Every row the merge writes takes its series and source ids from an inner
 * join with "Series", "Source" and "Publisher" in the same statement, and its ImportRun id is this transaction's own
 * row; locking those tables against other writers until COMMIT keeps those rows from being deleted meanwhile (readers are not
 * blocked; imports already run one at a time). So the per-row re-check is skipped for this transaction when the role
 * may set session_replication_role (a superuser, or `GRANT SET ON PARAMETER session_replication_role` on PostgreSQL
 * 15+); otherwise the triggers run as usual. No trigger of ours is skipped with them (the schema has none; one added
 * later must be ENABLE ALWAYS).
 */
async function skipRowByRowKeyChecks(client: pg.Client): Promise<boolean> {
  await client.query("SAVEPOINT replica_role");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`LOCK TABLE "Series", "Source", "Publisher" IN SHARE ROW EXCLUSIVE MODE`);
    await client.query("RELEASE SAVEPOINT replica_role");
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== "42501") throw error;
    await client.query("ROLLBACK TO SAVEPOINT replica_role");
    return false;
  }
}

function changedAnything(s: FileSummary): boolean {
  const changed = (c: Counts) => c.inserted + c.updated;
  return changed(s.observations) + changed(s.notes) + changed(s.translations) + s.sourcesCreated + s.seriesCreated > 0;
}

function versionSummary(summaries: FileSummary[]): string {
  const sum = (f: (s: FileSummary) => number) => summaries.reduce((n, s) => n + f(s), 0);
  const files = summaries.length === 1 ? path.basename(summaries[0]!.file) : `${summaries.length} files`;
  return `${files}: ${sum((s) => s.observations.inserted)} inserted, ${sum((s) => s.observations.updated)} updated (${sum((s) => s.revised)} earlier values kept), ${sum((s) => s.notes.inserted + s.notes.updated)} notes changed${
    sum((s) => s.translations.inserted + s.translations.updated) > 0
      ? `, ${sum((s) => s.translations.inserted + s.translations.updated)} note translations changed`
      : ""
  }`;
}

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
      `unrecognised file: not one of the formats this importer reads (${PARSERS.map((p) => p.format).join(", ")}; \`npm run import -- --help\` describes them). Use --format to force one.`,
    );
  }
  return parser;
}

async function importOne(client: pg.Client, file: string, options: ImportOptions, version: number): Promise<FileSummary> {
  const started = Date.now();
  const read = await FileRead.open(file, options.onProgress && ((done, total) => options.onProgress!(file, done, total)));
  try {
    const parser = pickParser(file, await read.head(), options.format);
    if (!parser.binary) read.checkText();
    // The checksum is known once the file has been read: the row is completed at the end (nobody sees it before).
    const run = await client.query<{ id: number }>(
      `INSERT INTO "ImportRun" (file, checksum, format, status) VALUES ($1, repeat('0', 64), $2, 'running') RETURNING id`,
      [path.basename(file), parser.format],
    );
    const runId = run.rows[0]!.id;
    await client.query("TRUNCATE import_keys, import_lines");
    const writer = new BatchWriter(client, file, runId, version, options.vintage, options.batchRows, options.checked);
    const sink = new RecordSink(client, file, writer, options.sourceOverride?.[file], options.vintageDate ?? null);
    for await (const item of parser.parse(read.input())) {
      for (const record of isRecordArray(item) ? item : [item]) {
        const waiting = sink.accept(record);
        if (waiting) await waiting;
      }
    }
    sink.end();
    if (sink.dataRecords === 0) {
      throw new ImportFileError(
        file,
        parser.binary ? 1 : 2,
        1,
        "no data: the file has no rows after its header, so there is nothing to import",
      );
    }
    await writer.finish();
    const { checksum, bytes } = await read.finish();
    const notes = await writeNotes(client, file, sink.notes);
    const translations = await writeNoteTranslations(client, file, sink.translations);
    const o = writer.observations;
    await client.query(
      `UPDATE "ImportRun" SET checksum = $2, "finishedAt" = now(), inserted = $3, updated = $4, unchanged = $5, rejected = $6, status = $7::"ImportStatus" WHERE id = $1`,
      [
        runId,
        checksum,
        o.inserted + notes.inserted + translations.inserted,
        o.updated + notes.updated + translations.updated,
        o.unchanged + notes.unchanged + translations.unchanged,
        sink.rejected,
        options.dryRun ? "dry_run" : "succeeded",
      ],
    );
    return {
      file,
      format: parser.format,
      checksum,
      bytes,
      observations: o,
      revised: writer.revised,
      notes,
      translations,
      sourcesCreated: writer.sourcesCreated,
      seriesCreated: writer.seriesCreated,
      straight: writer.straight,
      rejected: sink.rejected,
      rejectedReasons: sink.rejectedReasons,
      importRunId: options.dryRun ? null : runId,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await read.close();
  }
}

export function formatSummary(s: FileSummary, dryRun = false): string {
  const o = s.observations;
  const verb = dryRun ? "would be " : "";
  const notes =
    s.notes.inserted + s.notes.updated + s.notes.unchanged > 0
      ? `; notes ${s.notes.inserted} inserted, ${s.notes.updated} updated, ${s.notes.unchanged} unchanged`
      : "";
  const t = s.translations;
  const translations =
    t.inserted + t.updated + t.unchanged > 0
      ? `; note translations ${t.inserted} ${verb}inserted, ${t.updated} ${verb}updated, ${t.unchanged} unchanged`
      : "";
  return `${s.file} [${s.format}]: ${o.inserted} ${verb}inserted, ${o.updated} ${verb}updated, ${o.unchanged} unchanged, ${s.rejected} rejected${notes}${translations} (${s.seconds.toFixed(2)} s, sha256 ${s.checksum.slice(0, 12)}…)`;
}
