// Writes one file's records inside the import transaction, pipelined with parsing: each batch of observations is sent
// (COPY into import_batch, then one merge statement) while the parser reads the next, and the sources and series a
// batch needs are inserted just before it. Statements run in order on the one connection, so each sees all earlier
// ones. At most one batch is in flight; a failure surfaces at the next flush (or at settle()) and rolls the whole
// transaction back.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { holdPoint } from "./hold";
import { DUPLICATE_SQL, MERGE_SQL, PUBLISHERS_SQL, SERIES_CLASH_SQL, SERIES_SQL, SOURCE_SQL } from "./merge-sql";
import { COPY_SQL, copyLine } from "./observation-columns";
import { ImportFileError, type ObservationRecord, type SeriesRecord, type SourceRecord } from "./types";

export interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Observations per COPY into the staging table (one COPY runs while the next batch is parsed). */
const BATCH = 20_000;
/** Series per INSERT (arrays of this length are sent as parameters). */
const SERIES_BATCH = 5_000;

export class BatchWriter {
  readonly observations: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  /** Superseded values written to ObservationRevision. */
  revised = 0;
  sourcesCreated = 0;
  seriesCreated = 0;
  staged = 0;
  // COPY text is written into a Buffer as each observation arrives: 20,000 strings kept until the batch is sent
  // would outlive the young generation and be promoted, and the old generation (the RSS) would grow with the file.
  private buffer: Buffer = Buffer.allocUnsafe(4 << 20);
  /** The buffer of the batch before, back once its COPY has finished (two in all: one filling, one being sent). */
  private spare: Buffer | null = null;
  private used = 0;
  private count = 0;
  /** Publishers named by the batch being filled. */
  private publishers = new Set<string>();
  private readonly pendingSources: SourceRecord[] = [];
  private readonly pendingSeries: SeriesRecord[] = [];
  /** Where each pending series is first used, for the unit-clash message. */
  private readonly firstUse = new Map<string, { line: number; column: number }>();
  // A chain, not pg's own queue (deprecated: one query at a time per client); a failure skips everything after it.
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: pg.Client,
    private readonly file: string,
    private readonly runId: number,
    private readonly version: number,
    private readonly vintage: string | undefined,
    private readonly batchRows = BATCH,
  ) {}

  addSource(s: SourceRecord): void {
    this.pendingSources.push(s);
  }

  addSeries(s: SeriesRecord): void {
    this.pendingSeries.push(s);
  }

  /** The first observation of a series defined in this file (where a unit clash is reported). */
  firstUseOf(code: string, line: number, column: number): void {
    this.firstUse.set(code, { line, column });
  }

  /** Queues an observation (with its vintage date and publisher as resolved by the record sink); sends a full batch. */
  add(o: ObservationRecord, vintageDate: string, publisher: string): Promise<void> | void {
    const line = copyLine(o, this.vintage, vintageDate, publisher);
    if (this.used + line.length * 3 > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + line.length * 3));
      this.buffer.copy(bigger, 0, 0, this.used);
      this.buffer = bigger;
    }
    this.used += this.buffer.write(line, this.used);
    this.publishers.add(publisher);
    if (++this.count >= this.batchRows) return this.flush();
  }

  /** Sends what is queued (after the batch in flight has finished). */
  async flush(): Promise<void> {
    await this.settle();
    this.insertPending();
    if (this.count === 0) return;
    const sent = this.buffer;
    const text = sent.subarray(0, this.used);
    const count = this.count;
    this.buffer = this.spare && this.spare.length >= sent.length ? this.spare : Buffer.allocUnsafe(sent.length);
    this.spare = null;
    this.used = 0;
    this.count = 0;
    const publishers = [...this.publishers];
    this.publishers = new Set();
    this.staged += count;
    this.enqueue(() => this.client.query(PUBLISHERS_SQL, [publishers]));
    this.enqueue(async () => {
      await pipeline(Readable.from([text]), this.client.query(copyFrom(COPY_SQL)));
      this.spare = sent;
    });
    this.enqueue(() => holdPoint("staging"));
    this.enqueue(async () => {
      const r = await this.client.query<{ staged: number; keyed: number; inserted: number; updated: number; revised: number }>(MERGE_SQL, [
        this.runId,
        this.version,
      ]);
      const row = r.rows[0]!;
      if (row.staged !== count) throw new Error(`internal: ${count} observations sent, ${row.staged} matched a series and source`);
      if (row.keyed < row.staged) await this.duplicate();
      this.observations.inserted += row.inserted;
      this.observations.updated += row.updated;
      this.revised += row.revised;
      await holdPoint("merging");
    });
    this.enqueue(() => this.client.query("TRUNCATE import_batch"));
  }

  /** Waits for everything queued; throws the first failure. */
  async settle(): Promise<void> {
    await this.chain;
  }

  /** Everything sent and merged: the counts are final. */
  async finish(): Promise<void> {
    await this.flush();
    await this.settle();
    this.observations.unchanged = this.staged - this.observations.inserted - this.observations.updated;
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const p = this.chain.then(step);
    this.chain = p;
    p.catch(() => {}); // awaited in settle(); this only keeps an early failure from counting as unhandled
    return p;
  }

  private async duplicate(): Promise<never> {
    const d = (
      await this.client.query<{ line: number; col: number; first_line: number; series_code: string; period: string }>(DUPLICATE_SQL)
    ).rows[0];
    if (!d) throw new Error("internal: a duplicate key was counted but not found");
    throw new ImportFileError(
      this.file,
      d.line,
      d.col,
      `duplicate: ${d.series_code} ${d.period} from the same source already given on line ${d.first_line}`,
    );
  }

  private insertPending(): void {
    for (const s of this.pendingSources.splice(0)) {
      this.enqueue(() =>
        this.client.query(SOURCE_SQL, [
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
        ]),
      ).then(
        (r) => (this.sourcesCreated += r.rowCount ?? 0),
        () => {},
      );
    }
    while (this.pendingSeries.length > 0) {
      const part = this.pendingSeries.splice(0, SERIES_BATCH);
      const column = <K extends keyof SeriesRecord>(key: K) => part.map((s) => s[key]);
      const uses = part.map((s) => this.firstUse.get(s.code));
      for (const s of part) this.firstUse.delete(s.code);
      this.enqueue(async () => {
        const r = await this.client.query(SERIES_SQL, [
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
        ]);
        this.seriesCreated += r.rowCount ?? 0;
        const clash = (
          await this.client.query<{ code: string; unit: string; domain: string }>(SERIES_CLASH_SQL, [
            column("code"),
            column("unit"),
            column("domain"),
          ])
        ).rows[0];
        if (clash) {
          const i = part.findIndex((s) => s.code === clash.code);
          const at = uses[i] ?? { line: 1, column: 1 };
          throw new ImportFileError(
            this.file,
            at.line,
            at.column,
            `series ${clash.code} exists with unit ${clash.unit} (${clash.domain}); this file gives ${part[i]!.unit} (${part[i]!.domain})`,
          );
        }
      });
    }
  }
}
