// Streaming CSV reading shared by the text parsers: RFC 4180 records (quoted fields, "" escapes, line breaks inside
// quotes, LF or CRLF, a UTF-8 BOM, empty lines skipped), physical line numbers, a header check and
// `file:line:column` errors.
// A small hand-written scanner rather than csv-parse: on UN Comtrade's quoted rows with a trailing comma, csv-parse
// built an error object (with a stack trace) for every row whose field count differed from the header's and ran at
// ~1 MB/s; this one reads ~50 MB/s and reports the same malformed input (unclosed quote, a quote inside an unquoted
// field, text after a closing quote) at its line and column.
import { StringDecoder } from "node:string_decoder";
import { ImportFileError, type ParserInput } from "./types";

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

class Row implements CsvRow {
  constructor(
    readonly line: number,
    readonly fields: string[],
    private readonly index: ReadonlyMap<string, number>,
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

/** A malformed record: `line`/`column` where the problem is (1-based). */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

const QUOTE = 34; // "
const COMMA = 44;
const LF = 10;
const CR = 13;

export interface RawRecord {
  line: number;
  fields: string[];
}

/**
 * Incremental record scanner: push text, take complete records; `end()` flushes the last record.
 * A record cut by a chunk boundary is scanned again from its start when more text arrives.
 */
export class CsvScanner {
  private text = "";
  private line = 1;
  private started = false;

  /** Complete records in what was pushed so far; with `last`, the text is known to end here. */
  push(chunk: string, last = false): RawRecord[] {
    let text = this.text + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const out: RawRecord[] = [];
    const n = text.length;
    let pos = 0;
    while (pos < n) {
      // Empty lines are skipped (they still count as lines).
      const c0 = text.charCodeAt(pos);
      if (c0 === LF) {
        pos++;
        this.line++;
        continue;
      }
      if (c0 === CR && pos + 1 < n && text.charCodeAt(pos + 1) === LF) {
        pos += 2;
        this.line++;
        continue;
      }
      const record = this.record(text, pos, last);
      if (record === null) break; // incomplete: wait for more text
      out.push({ line: this.line, fields: record.fields });
      this.line += record.lines;
      pos = record.end;
    }
    this.text = pos >= n ? "" : text.slice(pos);
    return out;
  }

  /** The last record when the text does not end with a line break. */
  end(): RawRecord[] {
    return this.text.length ? this.push("", true) : [];
  }

  /**
   * One record starting at `start`: its fields, where the next one starts and how many line breaks it spans
   * (its own included), or null when the text ends inside it and more may come.
   */
  private record(text: string, start: number, last: boolean): { fields: string[]; end: number; lines: number } | null {
    const n = text.length;
    const fields: string[] = [];
    let pos = start;
    let lines = 0;
    for (;;) {
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        // Quoted field: up to the next lone quote; "" is an escaped quote.
        let value = "";
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            if (!last) return null;
            throw new CsvSyntaxError(`Quote Not Closed: the parsing is finished with an opening quote at line ${this.line}`, this.line, fields.length + 1);
          }
          if (q + 1 >= n && !last) return null; // cannot tell "" from a closing quote yet
          for (let i = text.indexOf("\n", from); i !== -1 && i < q; i = text.indexOf("\n", i + 1)) lines++;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          pos = q + 1;
          break;
        }
        fields.push(value);
        if (pos >= n) {
          if (!last) return null;
          return { fields, end: n, lines };
        }
        const c = text.charCodeAt(pos);
        if (c === COMMA) {
          pos++;
          continue;
        }
        if (c === LF) return { fields, end: pos + 1, lines: lines + 1 };
        if (c === CR) {
          if (pos + 1 >= n && !last) return null;
          if (pos + 1 >= n || text.charCodeAt(pos + 1) === LF) return { fields, end: pos + 2, lines: lines + 1 };
        }
        throw new CsvSyntaxError(`Invalid Closing Quote: got ${JSON.stringify(text[pos])} at line ${this.line + lines} instead of a delimiter or the end of the line`, this.line + lines, fields.length);
      }
      // Unquoted field: up to the next comma or line break.
      let i = pos;
      let c = -1;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) {
          throw new CsvSyntaxError(`Invalid Opening Quote: a quote is found on field ${fields.length + 1} at line ${this.line + lines}, value is ${JSON.stringify(text.slice(pos, i))}`, this.line + lines, fields.length + 1);
        }
        i++;
      }
      if (i >= n) {
        if (!last) return null;
        fields.push(text.slice(pos, n));
        return { fields, end: n, lines };
      }
      if (c === CR && i + 1 < n && text.charCodeAt(i + 1) !== LF) {
        // A lone carriage return inside a field is data.
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === COMMA || d === LF || (d === CR && j + 1 < n && text.charCodeAt(j + 1) === LF)) break;
          if (d === QUOTE) throw new CsvSyntaxError(`Invalid Opening Quote: a quote is found on field ${fields.length + 1} at line ${this.line + lines}`, this.line + lines, fields.length + 1);
          j++;
        }
        if (j >= n && !last) return null;
        i = j;
        c = j < n ? text.charCodeAt(j) : -1;
      }
      if (c === CR && i + 1 >= n && !last) return null;
      fields.push(text.slice(pos, i));
      if (c === COMMA) {
        pos = i + 1;
        continue;
      }
      if (c === -1) return { fields, end: n, lines };
      return { fields, end: i + (c === CR ? 2 : 1), lines: lines + 1 };
    }
  }
}

export async function* readCsv(input: ParserInput, options: CsvOptions): AsyncGenerator<CsvRow> {
  const source = input.open() as NodeJS.ReadableStream & { destroy?: () => void };
  const index = new Map(options.header.map((name, i) => [name, i]));
  const scanner = new CsvScanner();
  const decoder = new StringDecoder("utf8");
  let headerSeen = false;
  const expected = options.header.length;
  try {
    const rowsOf = function* (records: RawRecord[]): Generator<CsvRow> {
      for (const { line, fields: record } of records) {
        if (!headerSeen) {
          headerSeen = true;
          const header = trimTrailingEmpty(record);
          for (let i = 0; i < Math.max(header.length, expected); i++) {
            if (header[i] !== options.header[i]) {
              const found = header[i] === undefined ? "nothing" : JSON.stringify(header[i]);
              const want = options.header[i] === undefined ? "no more columns" : JSON.stringify(options.header[i]);
              throw new ImportFileError(input.file, line, i + 1, `wrong header: expected ${want}, found ${found}`);
            }
          }
          continue;
        }
        let fields = record;
        if (options.allowTrailingEmptyField && fields.length === expected + 1 && fields[expected] === "") fields.length = expected;
        if (fields.length !== expected) {
          const column = Math.min(fields.length, expected) + 1;
          throw new ImportFileError(input.file, line, column, `expected ${expected} fields, found ${fields.length} (truncated or malformed row)`);
        }
        yield new Row(line, fields, index);
      }
    };
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      yield* rowsOf(scanner.push(typeof chunk === "string" ? chunk : decoder.write(chunk)));
    }
    const tail = decoder.end();
    if (tail) yield* rowsOf(scanner.push(tail));
    yield* rowsOf(scanner.end());
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportFileError(input.file, error.line, error.column, `malformed CSV: ${error.message}`);
    throw error;
  } finally {
    // Stopping early (an error, or the consumer returning) must not leave the file open.
    source.destroy?.();
  }
  if (!headerSeen) throw new ImportFileError(input.file, 1, 1, "empty file: no header");
}

function trimTrailingEmpty(record: string[]): string[] {
  let end = record.length;
  while (end > 0 && record[end - 1] === "") end--;
  return record.slice(0, end);
}
