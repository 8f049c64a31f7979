// The gate between a parser and the database: every record is checked (zod schemas, known country codes, no negative
// trade values, sources and series defined before use) and handed to the BatchWriter; notes are kept for the end.
// Sources and series carry no position of their own: a problem with one is reported at the next record that has one
// (in every CSV format that is the row defining it).
import type pg from "pg";
import type { BatchWriter } from "./batch-writer";
import { isKnownCountry } from "../countries";
import {
  ImportFileError,
  type ImportRecord,
  type NoteRecord,
  type NoteTranslationRecord,
  type ObservationRecord,
  type SeriesRecord,
} from "./types";
import { describeIssue, noteSchema, observationProblem, seriesRecordProblem, sourceSchema } from "./validate";

interface SourceDefaults {
  publisher: string;
  vintageDate: string | null;
}

export type SourceOverride = { key: string; location?: string; vintage?: string; vintageDate?: string; publisher?: string };

/** Domains whose values may be negative: net FDI flows (disinvestment), and changes quoted in statements on debt. */
const NEGATIVE_ALLOWED = new Set(["investment", "debt"]);

export class RecordSink {
  readonly notes: NoteRecord[] = [];
  /** Written after the notes (lib/import/note-writer.ts), so a file may hold a note and its translation's note may be new. */
  readonly translations: NoteTranslationRecord[] = [];
  readonly rejectedReasons: string[] = [];
  rejected = 0;
  /** Records with a position: observations, notes, rejected rows (0 → the file held no data). */
  dataRecords = 0;
  /** Publisher and vintage date of every source defined in, or used by, this file. */
  private readonly sources = new Map<string, SourceDefaults>();
  /** Domain of every series defined in, or used by, this file. */
  private readonly series = new Map<string, string>();
  /** Series defined here whose first observation has not come yet. */
  private readonly unused = new Set<string>();
  private pendingError: string | null = null;
  private overriddenFrom: string | null = null;

  constructor(
    private readonly client: pg.Client,
    private readonly file: string,
    private readonly writer: BatchWriter,
    private readonly override: SourceOverride | undefined,
    /** --vintage's date: every value's vintage date unless the value names its own. */
    private readonly vintageDate: string | null = null,
  ) {}

  /**
   * Checks one record and hands it on. Synchronous for an observation whose series and source are known and that does
   * not fill a batch (nearly every row of a large file): a promise per row cost a tenth of the import's JavaScript.
   */
  accept(parsed: ImportRecord): Promise<void> | void {
    const record = this.applyOverride(parsed);
    switch (record.kind) {
      case "source": {
        const check = sourceSchema.safeParse(record);
        if (!check.success) return this.defer(`source ${record.key}: ${describeIssue(check.error)}`);
        if (!this.sources.has(record.key)) {
          this.writer.addSource(record);
          this.sources.set(record.key, { publisher: record.publisher, vintageDate: record.vintageDate ?? null });
        }
        return;
      }
      case "series": {
        const problem = seriesProblem(record);
        if (problem) return this.defer(`series ${record.code}: ${problem}`);
        if (!this.series.has(record.code)) {
          this.series.set(record.code, record.domain);
          this.writer.addSeries(record);
          this.unused.add(record.code);
        }
        return;
      }
      case "observation":
        return this.observation(record);
      case "note":
        return this.note(record);
      case "note_translation":
        this.at(record.line, 1);
        this.translations.push(record);
        this.dataRecords++;
        return;
      case "rejected":
        this.at(record.line, record.column);
        this.rejected++;
        this.dataRecords++;
        if (this.rejectedReasons.length < 20)
          this.rejectedReasons.push(`${this.file}:${record.line}:${record.column}: skipped: ${record.reason}`);
        return;
    }
  }

  private async note(record: NoteRecord): Promise<void> {
    this.at(record.line, 1);
    const check = noteSchema.safeParse(record);
    if (!check.success) this.fail(record.line, 1, describeIssue(check.error));
    if (record.sourceKey && !(await this.source(record.sourceKey))) this.fail(record.line, 1, `unknown source ${record.sourceKey}`);
    this.notes.push(record);
    this.dataRecords++;
  }

  /** End of the file: a definition problem not yet reported is reported now. */
  end(): void {
    if (this.pendingError) this.fail(1, 1, this.pendingError);
  }

  private observation(o: ObservationRecord): Promise<void> | void {
    this.at(o.line, o.column);
    const problem = observationProblem(o);
    if (problem) this.fail(o.line, o.column, problem);
    const domain = this.series.get(o.seriesCode);
    const source = this.sources.get(o.sourceKey);
    // A series or source defined in the database rather than this file: looked up once, then checked as the others.
    if (domain === undefined || source === undefined) return this.lookUp(o).then(() => this.observation(o));
    if (this.unused.delete(o.seriesCode)) this.writer.firstUseOf(o.seriesCode, o.line, o.column);
    if (o.value.startsWith("-") && !NEGATIVE_ALLOWED.has(domain)) {
      this.fail(o.line, o.column, `negative value ${o.value} for ${o.seriesCode}: ${domain} values cannot be negative`);
    }
    // Every value carries a dated vintage and a publisher (issue 12): its own, else --vintage's, else its source's.
    const vintageDate = o.vintageDate ?? this.vintageDate ?? source.vintageDate;
    if (!vintageDate) {
      this.fail(
        o.line,
        o.column,
        `no vintage date for ${o.seriesCode} ${o.period} (source ${o.sourceKey}): pass --vintage "LABEL (YYYY-MM-DD)" or a date, or list the file in prisma/seed-data/project/provenance.csv`,
      );
    }
    this.dataRecords++;
    return this.writer.add(o, vintageDate, o.publisher ?? source.publisher);
  }

  private async lookUp(o: ObservationRecord): Promise<void> {
    if (!this.series.has(o.seriesCode)) {
      const domain = await this.seriesDomain(o.seriesCode);
      if (domain === undefined) this.fail(o.line, o.column, `unknown series ${o.seriesCode}`);
      this.series.set(o.seriesCode, domain);
    }
    if (!(await this.source(o.sourceKey))) this.fail(o.line, o.column, `unknown source ${o.sourceKey}`);
  }

  private applyOverride(record: ImportRecord): ImportRecord {
    const override = this.override;
    if (!override) return record;
    if (record.kind === "source") {
      if (this.overriddenFrom !== null && this.overriddenFrom !== record.key)
        this.fail(1, 1, "a source override needs a file with a single source");
      this.overriddenFrom = record.key;
      return {
        ...record,
        key: override.key,
        location: override.location ?? record.location,
        vintage: override.vintage ?? record.vintage,
        vintageDate: override.vintageDate ?? record.vintageDate,
      };
    }
    if (record.kind === "observation" && record.sourceKey === this.overriddenFrom) {
      const publisher = record.publisher ?? override.publisher ?? null;
      return { ...record, sourceKey: override.key, vintage: override.vintage ?? record.vintage, publisher };
    }
    return record;
  }

  private defer(message: string): void {
    this.pendingError ??= message;
  }

  /** A record with a position: a definition problem found before it is reported here. */
  private at(line: number, column: number): void {
    if (this.pendingError) this.fail(line, column, this.pendingError);
  }

  private fail(line: number, column: number, message: string): never {
    throw new ImportFileError(this.file, line, column, message);
  }

  /** The source's publisher and vintage date, from this file or the database; null when it does not exist. */
  private async source(key: string): Promise<SourceDefaults | null> {
    const known = this.sources.get(key);
    if (known) return known;
    await this.writer.settle(); // nothing of this connection's queue runs beside the look-up
    const r = await this.client.query<SourceDefaults>(
      `SELECT publisher, to_char("vintageDate", 'YYYY-MM-DD') AS "vintageDate" FROM "Source" WHERE key = $1`,
      [key],
    );
    const row = r.rows[0] ?? null;
    if (row) this.sources.set(key, row);
    return row;
  }

  private async seriesDomain(code: string): Promise<string | undefined> {
    await this.writer.settle();
    const r = await this.client.query<{ domain: string }>(`SELECT domain::text FROM "Series" WHERE code = $1`, [code]);
    return r.rows[0]?.domain;
  }
}

function seriesProblem(s: SeriesRecord): string | null {
  const problem = seriesRecordProblem(s);
  if (problem) return problem;
  // Reference series (exchange rates, price indexes) name currency areas too (EMU): only country series are checked.
  if (s.domain === "reference") return null;
  for (const field of ["reporter", "partner"] as const) {
    if (!isKnownCountry(s[field])) return `${field} ${JSON.stringify(s[field])} is not a known ISO 3166 alpha-3 country code`;
  }
  return null;
}
