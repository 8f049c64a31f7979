// The fast reading of plainly clean CSV chunks for readCsv (lib/import/csv.ts): one regular expression decides
// whether a chunk is plain, and uDSV reads it.
import { initParser, type Schema } from "udsv";

/** The shape of every data record of a format: `width` fields, and a trailing empty one where `trailing`. */
export interface Shape {
  width: number;
  trailing: boolean;
}

/**
 * The fast reading of a chunk of whole lines (without the last line's newline): `plain` is true when every line is
 * plainly clean — no CR, no blank line, no byte-order mark at the start, exactly the shape's fields (with the trailing
 * comma where the format has one), each either unquoted without a quote, or quoted without a quote, CR or newline
 * inside — and then csv-parse would read exactly one record per line, each field the text between its commas without
 * its enclosing quotes. uDSV reads such a chunk (a fixed number of fields per record, which the check guarantees).
 * Anything else — a quote in a value, an escaped quote, a quoted newline, white space after a closing quote, a wrong
 * field count — is not plain, and csv-parse reads it from there.
 */
export class FastReader {
  private readonly plain: RegExp;
  private readonly parser: ReturnType<typeof initParser>;

  constructor({ width, trailing }: Shape) {
    const field = `(?:"[^"\n\r]*"|[^",\n\r]*)`;
    // Each line ends with a newline followed by a line that is not empty, or the end of the chunk.
    this.plain = new RegExp(`^(?!\uFEFF)(?=[^\n])(?:${field}(?:,${field}){${width - 1}}${trailing ? "," : ""}(?:\n(?=[^\n])|$))+$`);
    const count = trailing ? width + 1 : width;
    this.parser = initParser({
      col: ",",
      row: "\n",
      encl: '"',
      esc: '"',
      trim: false,
      skip: 0,
      cols: Array.from({ length: count }, (_, i) => ({
        name: String(i),
        type: "s",
        repl: { empty: undefined, null: undefined, NaN: undefined },
      })),
    } as Schema);
  }

  /** The records of `text`, one per line, if it is plain; else null. */
  records(text: string): string[][] | null {
    return this.plain.test(text) ? this.parser.stringArrs(text) : null;
  }
}
