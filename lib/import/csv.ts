// Streaming CSV reading shared by the text parsers: csv-parse is the authority; this adds physical line numbers,
// a header check and `file:line:column` errors.
// The header is parsed apart and the data with `from_line`: csv-parse compares every record's length with the
// first record's, and builds an error object (with a stack trace) for each one that differs — UN Comtrade's data
// rows have one field more than its header (a trailing comma), which made that every row (10.9 s → 3.5 s per 100 k
// rows, docs/benchmarks.md).
// Fast path (issue 14): csv-parse was the importer's largest cost (15 of 35 s per million Comtrade rows). The data is
// read in line-aligned chunks; a chunk whose every line is plainly clean (one regular expression, see FastReader) is
// read by uDSV (papaparse and its per-value checks before: 5.0 s of a million Comtrade rows' profile, uDSV and the
// expression 1.5 s). The first chunk that is not — a quote in a value, an escaped quote, a quoted newline, a CR, a blank line, a
// wrong field count, a chunk near MAX_RECORD_BYTES — and everything after it go to csv-parse from that chunk's first
// byte and line, so errors keep their exact `file:line:column` and unusual but valid CSV is read exactly as before.
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse, type Options } from "csv-parse";
import { FastReader, type Shape } from "./csv-fast";
import { ImportFileError, quoteForMessage, type ParserInput } from "./types";

/** No record of any format read here comes near this; a larger one is refused at its line and field. */
export const MAX_RECORD_BYTES = 256 * 1024;
const BASE: Options = { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_RECORD_BYTES };

type Parsed = { record: string[]; info: { lines: number } };

/**
 * Records of `input` as csv-parse reads them with `options` (merged over the shared base), closing the file when the
 * consumer stops early; csv-parse's errors (stray quotes, unclosed quotes, records too large) become ImportFileErrors
 * at their line and field.
 */
export function csvRecords(input: ParserInput, options: Options = {}): AsyncGenerator<Parsed> {
  return csvParseRecords(input.file, input.open() as Readable, options, 0);
}

/** csv-parse over `source`, whose first byte is at line `lineOffset + 1` of `file` (lines in errors are the file's). */
async function* csvParseRecords(file: string, source: Readable, options: Options, lineOffset: number): AsyncGenerator<Parsed> {
  const parser = parse({ ...BASE, ...options });
  // Bytes stop at the parser once it has ended itself (`to`: the header read apart): one written after would be an
  // error ("write after end") where the stream brings the next chunk before the consumer has taken the record.
  const gate = new Transform({ transform: (chunk: Buffer, _, done) => done(null, parser.writableEnded ? undefined : chunk) });
  // pipeline() carries a read error of the file (e.g. invalid UTF-8 found on the way) into the parser's iteration.
  const piping = pipeline(source, gate, parser).catch(() => {});
  try {
    for await (const item of parser as AsyncIterable<Parsed>) yield item;
  } catch (error) {
    throw asImportError(file, error, lineOffset);
  } finally {
    source.destroy();
    parser.destroy();
    await piping;
  }
}

function asImportError(file: string, error: unknown, lineOffset: number): unknown {
  if (error instanceof ImportFileError) return error;
  if (error instanceof CsvError) {
    const e = error as CsvError & { lines?: number; column?: number | string };
    const column = typeof e.column === "number" ? e.column + 1 : 1;
    // csv-parse counts lines from the first byte it was given, in its message too.
    const message = lineOffset ? e.message.replace(/\bat line (\d+)/g, (_, n: string) => `at line ${Number(n) + lineOffset}`) : e.message;
    return new ImportFileError(file, (e.lines || 1) + lineOffset, column, `malformed CSV: ${message}`);
  }
  return error;
}

/** The first record of the file (the header) and the line it ends on, or null for an empty file. */
export async function readHeaderRecord(input: ParserInput): Promise<{ fields: string[]; line: number } | null> {
  for await (const item of csvRecords(input, { to: 1 })) return { fields: item.record, line: item.info.lines };
  return null;
}

/** Records on consecutive lines: `records[i]` is the whole of line `line + i`. */
export interface CsvBatch {
  line: number;
  records: string[][];
}

const LF = 0x0a;

/**
 * The data records of `input` (after the header, which ends on line `headerLine`), in batches: line-aligned chunks
 * through FastReader while they are plainly clean, then csv-parse from the first chunk that is not (see the top
 * of this file). One read of the file: what csv-parse reads is the bytes held back and the rest of the same stream.
 */
async function* dataBatches(input: ParserInput, headerLine: number, shape: Shape): AsyncGenerator<CsvBatch> {
  const stream = input.open() as Readable;
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const fast = new FastReader(shape);
  /** Bytes from the first not yet yielded (`start` of them skipped: the header), which is on line `line`. */
  let held: Buffer = Buffer.alloc(0);
  let start = -1;
  let line = headerLine + 1;
  let ended = false;
  try {
    fast: for (;;) {
      const next = ended ? null : await chunks.next();
      if (next && !next.done) held = held.length ? Buffer.concat([held, next.value]) : next.value;
      else ended = true;
      if (start === -1) {
        // The header's bytes: skipped when it ends on an LF with no CR before (else csv-parse reads it all, as before).
        let end = -1;
        for (let n = 0; n < headerLine; n++) {
          end = held.indexOf(LF, end + 1);
          if (end === -1) break;
        }
        if (end === -1 || held.subarray(0, end).indexOf(0x0d) !== -1) {
          if (!ended && held.length <= 2 * MAX_RECORD_BYTES) continue;
          break fast;
        }
        start = end + 1;
      }
      while (start < held.length) {
        // Whole lines, at most MAX_RECORD_BYTES of them: no record of a chunk taken can be near csv-parse's limit.
        let cut = held.lastIndexOf(LF, Math.min(held.length - 1, start + MAX_RECORD_BYTES));
        if (cut < start) {
          if (held.length - start > MAX_RECORD_BYTES) break fast;
          if (!ended) break;
          cut = held.length; // the last line, without a newline
        }
        const records = fast.records(held.toString("utf8", start, cut));
        if (!records) break fast;
        yield { line, records };
        line += records.length;
        start = cut + 1;
      }
      // What is left is part of a line: kept without the bytes before it (which are not copied again).
      held = start < held.length ? held.subarray(start) : Buffer.alloc(0);
      start = 0;
      if (ended) return;
    }
    // csv-parse from the first byte not yielded: line numbers (its own count from 1) moved to the file's.
    const whole = start === -1;
    const rest = Readable.from(
      (async function* () {
        yield whole ? held : held.subarray(start);
        if (ended) return;
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
      })(),
      { objectMode: false },
    );
    // The same reading of records as a csv-parse over the whole file: the header's record delimiter (an LF: there is
    // no CR before it when the fast path ran), a BOM only at the start of the file.
    const options: Options = whole ? { from_line: headerLine + 1 } : { bom: false, record_delimiter: "\n" };
    const offset = whole ? 0 : line - 1;
    let previous = whole ? headerLine : line - 1;
    for await (const item of csvParseRecords(input.file, rest, options, offset)) {
      // info.lines is the line where the record ends; one that ends on the line after the previous record's is that
      // line (no newline inside). Records spanning lines are rare and start earlier (empty lines skipped before one too).
      const end = item.info.lines + offset;
      yield { line: end === previous + 1 ? end : end - countNewlines(item.record), records: [item.record] };
      previous = end;
    }
  } finally {
    stream.destroy();
  }
}

export interface CsvRow {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
  /** Value of a named column (from the header). */
  get(name: string): string;
  /** 1-based column number of a named column. */
  col(name: string): number;
}

export interface CsvOptions {
  /** Exact header expected (in order); extra trailing empty header cells are allowed. */
  header: readonly string[];
  /** Data rows may carry one extra empty field (UN Comtrade Plus writes a trailing comma). */
  allowTrailingEmptyField?: boolean;
}

/**
 * The data records of a CSV file with a known header, in batches of records on consecutive lines, each checked to have
 * the header's number of fields (a trailing empty one dropped where allowed). Parsers of large files read these: a
 * batch costs one step of the async iteration where a row each cost a tenth of the import's JavaScript.
 */
export async function* readCsvBatches(input: ParserInput, options: CsvOptions): AsyncGenerator<CsvBatch> {
  const head = await readHeaderRecord(input);
  if (!head) throw new ImportFileError(input.file, 1, 1, "empty file: no header");
  const header = trimTrailingEmpty(head.fields);
  for (let i = 0; i < Math.max(header.length, options.header.length); i++) {
    if (header[i] !== options.header[i]) {
      const found = header[i] === undefined ? "nothing" : quoteForMessage(header[i]!);
      const expected = options.header[i] === undefined ? "no more columns" : JSON.stringify(options.header[i]);
      throw new ImportFileError(input.file, head.line, i + 1, `wrong header: expected ${expected}, found ${found}`);
    }
  }
  const width = options.header.length;
  const trailing = options.allowTrailingEmptyField === true;
  for await (const batch of dataBatches(input, head.line, { width, trailing })) {
    for (let r = 0; r < batch.records.length; r++) {
      const fields = batch.records[r]!;
      // The record is this reader's own: the trailing empty field is dropped in place rather than copied.
      if (trailing && fields.length === width + 1 && fields[width] === "") fields.pop();
      if (fields.length !== width) {
        const column = Math.min(fields.length, width) + 1;
        throw new ImportFileError(
          input.file,
          batch.line + r,
          column,
          `expected ${width} fields, found ${fields.length} (truncated or malformed row)`,
        );
      }
    }
    yield batch;
  }
}

/** The data records of a CSV file with a known header, one by one, with their fields by name (readCsvBatches). */
export async function* readCsv(input: ParserInput, options: CsvOptions): AsyncGenerator<CsvRow> {
  const index = new Map(options.header.map((name, i) => [name, i]));
  for await (const batch of readCsvBatches(input, options)) {
    for (let r = 0; r < batch.records.length; r++) yield new Row(batch.line + r, batch.records[r]!, index);
  }
}

// A class, not an object literal with closures: one allocation per row matters at millions of rows.
class Row implements CsvRow {
  constructor(
    readonly line: number,
    readonly fields: string[],
    private readonly index: Map<string, number>,
  ) {}
  get(name: string): string {
    const i = this.index.get(name);
    if (i === undefined) throw new Error(`no column ${name}`);
    return this.fields[i] ?? "";
  }
  col(name: string): number {
    return (this.index.get(name) ?? -1) + 1;
  }
}

function trimTrailingEmpty(record: string[]): string[] {
  let end = record.length;
  while (end > 0 && record[end - 1] === "") end--;
  return record.slice(0, end);
}

function countNewlines(record: string[]): number {
  let n = 0;
  for (const field of record) for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * A copy of a field's text that does not keep the chunk it was read from in memory: V8 makes a field of more than a
 * few characters a slice of its chunk's text (64 KiB), so a field kept past its row (a series' label, held until its
 * batch is written) kept the whole chunk, and those chunks filled the old generation (peak RSS; docs/benchmarks.md).
 */
export function detach(value: string): string {
  return Buffer.from(value, "utf8").toString("utf8");
}

/** First line of a text file head, BOM and quotes removed, for detect(). */
export function headerLine(head: Buffer): string {
  let text = head.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const end = text.search(/\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).replace(/"/g, "");
}
