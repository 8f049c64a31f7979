// Writes one file's records inside the import transaction, pipelined with parsing: each batch of observations is sent
// while the parser reads the next, and the sources and series a batch needs are inserted just before it. An
// observation of a series this file created (its id, source id and publisher id known) is COPied straight into
// "Observation": no observation of such a series can exist but one this file wrote. One of a series this file defined
// but whose insert has not returned yet is held, and written once it has (straight in if the series was created, else
// merged). The others are COPied into import_batch and merged (MERGE_SQL, with look-ups and history). A key given twice
// among the rows that skipped the merge breaks the unique index: RepeatedKey, and the pipeline runs the import again
// "checked", every row through MERGE_SQL, to name both lines. Statements run in order on the one connection, so each
// sees all earlier ones. At most one batch is in flight; a failure surfaces at the next flush (or at settle()) and
// rolls the whole transaction back.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { CopyText } from "./copy-text";
import { holdPoint } from "./hold";
import { insertSeries, insertSource } from "./definition-inserts";
import { DUPLICATE_SQL, MERGE_SQL, PUBLISHER_IDS_SQL, PUBLISHERS_SQL, SOURCE_IDS_SQL } from "./merge-sql";
import { COPY_SQL, copyLine, DIRECT_COPY_SQL, directLine } from "./observation-columns";
import { RepeatedKey, unlessRepeated } from "./repeated-key";
import { ImportFileError, type ObservationRecord, type SeriesRecord, type SourceRecord } from "./types";

interface Held {
  o: ObservationRecord;
  vintageDate: string;
  publisher: string;
}

type Taken = ReturnType<CopyText["take"]>;

export interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Observations per batch (one batch is sent while the next is parsed). */
const BATCH = 20_000;
/** Series per COPY and INSERT. */
const SERIES_BATCH = 20_000;

export class BatchWriter {
  readonly observations: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  /** Superseded values written to ObservationRevision. */
  revised = 0;
  sourcesCreated = 0;
  seriesCreated = 0;
  staged = 0;
  /** Of the observations inserted, those that skipped the merge (series this file created). */
  straight = 0;
  /** Observations COPied straight into "Observation". */
  private readonly direct = new CopyText();
  /** The others: COPied into import_batch, then merged. */
  private readonly staging = new CopyText();
  /** Publishers and sources named by the staged rows of the batch being filled (their ids are looked up). */
  private publishers = new Set<string>();
  private sourceKeys = new Set<string>();
  /** Series this file created, by code (none when checked): their observations skip the merge. */
  private readonly created = new Map<string, number>();
  /** Series this file defined whose insert has not returned (none when checked): their observations are held. */
  private readonly awaited = new Set<string>();
  private held: Held[] = [];
  private readonly sourceIds = new Map<string, number>();
  private readonly publisherIds = new Map<string, number>();
  /** The end of a direct line: ImportRun id, data version, newline. */
  private readonly lineEnd: string;
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
    /** Every observation through MERGE_SQL: the run after a RepeatedKey, which names the lines of a key given twice. */
    private readonly checked = false,
  ) {
    this.lineEnd = `\t${runId}\t${version}\n`;
  }

  addSource(s: SourceRecord): void {
    this.pendingSources.push(s);
  }

  addSeries(s: SeriesRecord): void {
    this.pendingSeries.push(s);
    if (!this.checked) this.awaited.add(s.code);
  }

  /** The first observation of a series defined in this file (where a unit clash is reported). */
  firstUseOf(code: string, line: number, column: number): void {
    this.firstUse.set(code, { line, column });
  }

  /** Queues an observation (with its vintage date and publisher as resolved by the record sink); sends a full batch. */
  add(o: ObservationRecord, vintageDate: string, publisher: string): Promise<void> | void {
    const line = this.directText(o, vintageDate, publisher);
    if (line !== null) {
      this.direct.write(line);
    } else if (this.awaited.has(o.seriesCode)) {
      this.held.push({ o, vintageDate, publisher });
      this.publishers.add(publisher);
      this.sourceKeys.add(o.sourceKey);
    } else {
      this.staging.write(copyLine(o, this.vintage, vintageDate, publisher));
      this.publishers.add(publisher);
      this.sourceKeys.add(o.sourceKey);
    }
    if (this.direct.rows + this.staging.rows + this.held.length >= this.batchRows) return this.flush();
  }

  /** Sends what is queued (after the batch in flight has finished). */
  async flush(): Promise<void> {
    await this.settle();
    this.insertPending();
    const direct = this.direct.rows > 0 ? this.direct.take() : null;
    const staged = this.staging.rows > 0 ? this.staging.take() : null;
    const held = this.held;
    this.held = [];
    if (!direct && !staged && held.length === 0) return;
    this.staged += (direct?.rows ?? 0) + (staged?.rows ?? 0) + held.length;
    const publishers = [...this.publishers];
    const sourceKeys = [...this.sourceKeys];
    this.publishers = new Set();
    this.sourceKeys = new Set();
    this.enqueue(() => this.send(direct, staged, held, publishers, sourceKeys));
  }

  /** One batch: the publishers and ids it needs, its rows straight in, the others staged and merged. */
  private async send(direct: Taken | null, staged: Taken | null, held: Held[], publishers: string[], sourceKeys: string[]): Promise<void> {
    if (staged || held.length > 0) {
      await this.client.query(PUBLISHERS_SQL, [publishers]);
      if (!this.checked) await this.learnIds(publishers, sourceKeys);
    }
    // The held rows: their series' inserts were queued before this and have returned.
    const late = held.length > 0 ? this.release(held) : null;
    for (const text of [direct, late?.direct]) {
      if (!text?.rows) continue;
      await unlessRepeated(this.file, pipeline(Readable.from([text.text]), this.client.query(copyFrom(DIRECT_COPY_SQL))));
      text.release();
      this.observations.inserted += text.rows;
      this.straight += text.rows;
    }
    let merged = 0;
    for (const text of [staged, late?.staged]) {
      if (!text?.rows) continue;
      await pipeline(Readable.from([text.text]), this.client.query(copyFrom(COPY_SQL)));
      text.release();
      merged += text.rows;
    }
    await holdPoint("staging");
    if (merged > 0) await this.merge(merged);
    await holdPoint("merging");
    if (merged > 0) await this.client.query("TRUNCATE import_batch");
  }

  /** The COPY text of held rows: straight in for series this file created, else to import_batch. */
  private release(held: Held[]): { direct: Taken; staged: Taken } {
    const direct = new CopyText(1 << 16);
    const staged = new CopyText(1 << 16);
    for (const { o, vintageDate, publisher } of held) {
      const line = this.directText(o, vintageDate, publisher);
      if (line !== null) direct.write(line);
      else staged.write(copyLine(o, this.vintage, vintageDate, publisher));
    }
    return { direct: direct.take(), staged: staged.take() };
  }

  /** The line straight into "Observation" when the series is one this file created and every id is known; else null. */
  private directText(o: ObservationRecord, vintageDate: string, publisher: string): string | null {
    const series = this.created.get(o.seriesCode);
    if (series === undefined) return null;
    const source = this.sourceIds.get(o.sourceKey);
    const publisherId = source === undefined ? undefined : this.publisherIds.get(publisher);
    return publisherId === undefined ? null : directLine(o, series, source!, publisherId, this.vintage, vintageDate, this.lineEnd);
  }

  /** Merges import_batch (`rows` staged) with MERGE_SQL. */
  private async merge(rows: number): Promise<void> {
    const r = await this.client.query<{ staged: number; keyed: number; inserted: number; updated: number; revised: number }>(MERGE_SQL, [
      this.runId,
      this.version,
    ]);
    const row = r.rows[0]!;
    if (row.staged !== rows) throw new Error(`internal: ${rows} observations sent, ${row.staged} matched a series and source`);
    if (row.keyed < row.staged) await this.duplicate();
    this.observations.inserted += row.inserted;
    this.observations.updated += row.updated;
    this.revised += row.revised;
  }

  /** The ids of publishers and sources not known yet, so that later rows of created series go straight in. */
  private async learnIds(publishers: string[], sourceKeys: string[]): Promise<void> {
    for (const [sql, names, ids] of [
      [PUBLISHER_IDS_SQL, publishers, this.publisherIds],
      [SOURCE_IDS_SQL, sourceKeys, this.sourceIds],
    ] as const) {
      const unknown = names.filter((n) => !ids.has(n));
      if (unknown.length === 0) continue;
      for (const row of (await this.client.query<{ id: number; key: string }>(sql, [unknown])).rows) ids.set(row.key, row.id);
    }
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
    if (!d) {
      // The first of the two was inserted straight, without a record of its line: the checked run names it.
      if (!this.checked) throw new RepeatedKey(this.file);
      throw new Error("internal: a duplicate key was counted but not found");
    }
    throw new ImportFileError(
      this.file,
      d.line,
      d.col,
      `duplicate: ${d.series_code} ${d.period} from the same source already given on line ${d.first_line}`,
    );
  }

  private insertPending(): void {
    for (const source of this.pendingSources.splice(0)) {
      this.enqueue(() => insertSource(this.client, source)).then(
        (created) => (this.sourcesCreated += created),
        () => {},
      );
    }
    while (this.pendingSeries.length > 0) {
      const part = this.pendingSeries.splice(0, SERIES_BATCH);
      const uses = part.map((s) => this.firstUse.get(s.code));
      for (const s of part) this.firstUse.delete(s.code);
      this.enqueue(async () => {
        const created = await insertSeries(this.client, this.file, part, uses);
        this.seriesCreated += created.length;
        if (!this.checked) for (const { code, id } of created) this.created.set(code, id);
        for (const s of part) this.awaited.delete(s.code);
      });
    }
  }
}
