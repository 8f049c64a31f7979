// Streaming CSV reading shared by the text parsers: csv-parse does the parsing; this adds physical line numbers,
// a header check and `file:line:column` errors.
// The header is parsed apart and the data with `from_line`: csv-parse compares every record's length with the
// first record's, and builds an error object (with a stack trace) for each one that differs — UN Comtrade's data
// rows have one field more than its header (a trailing comma), which made that every row (10.9 s → 3.5 s per 100 k
// rows, docs/benchmarks.md).
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse, type Options } from "csv-parse";
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
export async function* csvRecords(input: ParserInput, options: Options = {}): AsyncGenerator<Parsed> {
  const source = input.open() as Readable;
  const parser = parse({ ...BASE, ...options });
  // pipeline() carries a read error of the file (e.g. invalid UTF-8 found on the way) into the parser's iteration.
  const piping = pipeline(source, parser).catch(() => {});
  try {
    for await (const item of parser as AsyncIterable<Parsed>) yield item;
  } catch (error) {
    throw asImportError(input.file, error);
  } finally {
    source.destroy();
    parser.destroy();
    await piping;
  }
}

function asImportError(file: string, error: unknown): unknown {
  if (error instanceof ImportFileError) return error;
  if (error instanceof CsvError) {
    const e = error as CsvError & { lines?: number; column?: number | string };
    const column = typeof e.column === "number" ? e.column + 1 : 1;
    return new ImportFileError(file, e.lines || 1, column, `malformed CSV: ${e.message}`);
  }
  return error;
}

/** The first record of the file (the header) and the line it ends on, or null for an empty file. */
export async function readHeaderRecord(input: ParserInput): Promise<{ fields: string[]; line: number } | null> {
  for await (const item of csvRecords(input, { to: 1 })) return { fields: item.record, line: item.info.lines };
  return null;
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

export async function* readCsv(input: ParserInput, options: CsvOptions): AsyncGenerator<CsvRow> {
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
  const index = new Map(options.header.map((name, i) => [name, i]));
  const width = options.header.length;
  let previous = head.line;
  for await (const item of csvRecords(input, { from_line: head.line + 1 })) {
    const fields = item.record;
    // info.lines is the line where the record ends; one that ends on the line after the previous record's is that
    // line (no newline inside). Records spanning lines are rare and start earlier (empty lines skipped before one too).
    const end = item.info.lines;
    const line = end === previous + 1 ? end : end - countNewlines(fields);
    previous = end;
    // The record is this reader's own: the trailing empty field is dropped in place rather than copied.
    if (options.allowTrailingEmptyField && fields.length === width + 1 && fields[width] === "") fields.pop();
    if (fields.length !== width) {
      const column = Math.min(fields.length, width) + 1;
      throw new ImportFileError(input.file, line, column, `expected ${width} fields, found ${fields.length} (truncated or malformed row)`);
    }
    yield new Row(line, fields, index);
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

/** First line of a text file head, BOM and quotes removed, for detect(). */
export function headerLine(head: Buffer): string {
  let text = head.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const end = text.search(/\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).replace(/"/g, "");
}
