// Streaming CSV reading shared by the text parsers: csv-parse does the parsing; this adds physical line numbers,
// a header check and `file:line:column` errors.
import { parse } from "csv-parse";
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

export async function* readCsv(input: ParserInput, options: CsvOptions): AsyncGenerator<CsvRow> {
  const source = input.open() as NodeJS.ReadableStream & { destroy?: () => void };
  const parser = source.pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  const index = new Map(options.header.map((name, i) => [name, i]));
  let headerSeen = false;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>) {
      const { record } = item;
      // info.lines is the line where the record ends; records spanning lines are rare and start earlier.
      const line = item.info.lines - countNewlines(record);
      if (!headerSeen) {
        headerSeen = true;
        const header = trimTrailingEmpty(record);
        for (let i = 0; i < Math.max(header.length, options.header.length); i++) {
          if (header[i] !== options.header[i]) {
            const found = header[i] === undefined ? "nothing" : JSON.stringify(header[i]);
            const expected = options.header[i] === undefined ? "no more columns" : JSON.stringify(options.header[i]);
            throw new ImportFileError(input.file, line, i + 1, `wrong header: expected ${expected}, found ${found}`);
          }
        }
        continue;
      }
      let fields = record;
      if (options.allowTrailingEmptyField && fields.length === options.header.length + 1 && fields[fields.length - 1] === "") {
        fields = fields.slice(0, -1);
      }
      if (fields.length !== options.header.length) {
        const column = Math.min(fields.length, options.header.length) + 1;
        throw new ImportFileError(
          input.file,
          line,
          column,
          `expected ${options.header.length} fields, found ${fields.length} (truncated or malformed row)`,
        );
      }
      yield {
        line,
        fields,
        get(name) {
          const i = index.get(name);
          if (i === undefined) throw new Error(`no column ${name}`);
          return fields[i] ?? "";
        },
        col(name) {
          return (index.get(name) ?? -1) + 1;
        },
      };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const e = error as { code?: string; lines?: number; message?: string; column?: number | string };
    if (e.code?.startsWith("CSV_")) {
      throw new ImportFileError(input.file, e.lines ?? 0, typeof e.column === "number" ? e.column + 1 : 1, `malformed CSV: ${e.message}`);
    }
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

function countNewlines(record: string[]): number {
  let n = 0;
  for (const field of record) for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1)) n++;
  return n;
}
