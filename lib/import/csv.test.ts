// readCsv's fast path (uDSV over line-aligned chunks while they are plainly clean) against csv-parse alone, the
// authority: the same rows on the same lines, and the same errors at the same `line:column`, wherever the chunks
// are cut and wherever in the file the unusual or malformed line is.
import { Readable } from "node:stream";
import { parse, CsvError } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { MAX_RECORD_BYTES, readCsv } from "./csv";
import { ImportFileError } from "./types";

const HEADER = ["a", "b", "c"] as const;

type Outcome = { rows: [number, string[]][] } | { error: string };

/** readCsv over `text`, the stream cut every `size` bytes. */
async function fast(text: string | Buffer, size: number, trailing = false): Promise<Outcome> {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const open = () => {
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
    return Readable.from(parts, { objectMode: false });
  };
  const rows: [number, string[]][] = [];
  try {
    for await (const row of readCsv({ file: "t.csv", open }, { header: HEADER, allowTrailingEmptyField: trailing }))
      rows.push([row.line, row.fields]);
  } catch (e) {
    if (e instanceof ImportFileError) return { error: e.message.replace(/^t\.csv:/, "") };
    throw e;
  }
  return { rows };
}

/** What csv-parse alone reads (the reader before the fast path): the header on line 1, every data row checked. */
function reference(text: string | Buffer, trailing = false): Outcome {
  const rows: [number, string[]][] = [];
  let items: { record: string[]; info: { lines: number } }[];
  try {
    items = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
      from_line: 2,
    }) as unknown as typeof items;
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const err = e as CsvError & { lines?: number; column?: number | string };
    return { error: `${err.lines || 1}:${typeof err.column === "number" ? err.column + 1 : 1}: malformed CSV: ${e.message}` };
  }
  let previous = 1;
  for (const { record, info } of items) {
    const end = info.lines;
    const line = end === previous + 1 ? end : end - record.join("").split("\n").length + 1;
    previous = end;
    if (trailing && record.length === 4 && record[3] === "") record.pop();
    if (record.length !== 3)
      return {
        error: `${line}:${Math.min(record.length, 3) + 1}: expected 3 fields, found ${record.length} (truncated or malformed row)`,
      };
    rows.push([line, record]);
  }
  return { rows };
}

/** `n` plain rows, from line 2. */
const plain = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `"r${from + i}",${from + i},"x y"\n`).join("");

async function expectSameAtEveryCut(text: string | Buffer, sizes: number[], trailing = false): Promise<Outcome> {
  const expected = reference(text, trailing);
  for (const size of sizes) expect(await fast(text, size, trailing), `chunks of ${size} bytes`).toEqual(expected);
  return expected;
}

const SIZES = [1, 2, 3, 5, 7, 16, 64, 1000, 65536];

describe("readCsv: the fast path reads what csv-parse reads", () => {
  it("plain rows: every row on its own line, whatever the chunks", async () => {
    const text = `a,b,c\n${plain(300)}`;
    const out = await expectSameAtEveryCut(text, SIZES);
    expect("rows" in out && out.rows.length).toBe(300);
    expect("rows" in out && out.rows[299]).toEqual([301, ["r299", "299", "x y"]]);
  });

  it("a stray quote in an unquoted field of a later chunk: refused at its line and field", async () => {
    const text = `a,b,c\n${plain(200)}r,Iron "and" steel,z\n${plain(50, 200)}`;
    const out = await expectSameAtEveryCut(text, SIZES);
    expect(out).toEqual({ error: expect.stringMatching(/^202:2: malformed CSV: Invalid Opening Quote/) });
  });

  it("a quoted field followed by text, and white space after a closing quote: refused as csv-parse does", async () => {
    for (const bad of [`"ab"c,1,2\n`, `"ab" ,1,2\n`, `"ab",1,"2"\t\n`, `a,"b""c" ,d\n`]) {
      const out = await expectSameAtEveryCut(`a,b,c\n${plain(100)}${bad}${plain(10)}`, [7, 64, 65536]);
      expect(out, bad).toEqual({ error: expect.stringMatching(/^102:\d: malformed CSV: /) });
    }
  });

  it("escaped quotes, a quoted newline, commas in quotes: read as csv-parse reads them, lines exact after", async () => {
    const text = `a,b,c\n${plain(100)}"say ""hi""",1,2\n"two\nlines",3,"4,5"\n${plain(100, 100)}`;
    const out = await expectSameAtEveryCut(text, SIZES);
    if (!("rows" in out)) throw new Error("refused");
    expect(out.rows[100]).toEqual([102, ['say "hi"', "1", "2"]]);
    expect(out.rows[101]).toEqual([103, ["two\nlines", "3", "4,5"]]);
    expect(out.rows[102]).toEqual([105, ["r100", "100", "x y"]]);
  });

  it("a chunk cut inside a quoted field (at every byte)", async () => {
    const text = `a,b,c\n${plain(3)}"a long quoted field, with a comma\nand a newline",1,2\n${plain(3, 3)}`;
    await expectSameAtEveryCut(
      text,
      Array.from({ length: text.length }, (_, i) => i + 1),
    );
  });

  it("CRLF line ends, in the whole file or from a later line on", async () => {
    await expectSameAtEveryCut(`a,b,c\r\n${plain(100).replaceAll("\n", "\r\n")}`, SIZES);
    await expectSameAtEveryCut(`a,b,c\n${plain(100)}${plain(5, 100).replaceAll("\n", "\r\n")}`, SIZES);
  });

  it("a byte-order mark, and one at the start of a later line (data there, as before)", async () => {
    const out = await expectSameAtEveryCut(`\uFEFFa,b,c\n${plain(100)}`, SIZES);
    expect("rows" in out && out.rows[0]).toEqual([2, ["r0", "0", "x y"]]);
    await expectSameAtEveryCut(`a,b,c\n${plain(100)}\uFEFFd,e,f\n${plain(3)}`, SIZES);
  });

  it("blank lines at the end, in the middle, and no newline after the last row", async () => {
    await expectSameAtEveryCut(`a,b,c\n${plain(100)}\n\n\n`, SIZES);
    await expectSameAtEveryCut(`a,b,c\n${plain(100)}\n${plain(100, 100)}`, SIZES);
    await expectSameAtEveryCut(`a,b,c\n${plain(100)}r,1,2`, SIZES);
  });

  it("a record over MAX_RECORD_BYTES in a later chunk: refused at its line", async () => {
    const text = `a,b,c\n${plain(500)}r,${"x".repeat(MAX_RECORD_BYTES + 10)},z\n${plain(5)}`;
    const out = await expectSameAtEveryCut(text, [4096, 65536]);
    expect(out).toEqual({ error: expect.stringMatching(/^502:2: malformed CSV: .*Max Record Size/) });
  });

  it("long lines just under the limit are read (through csv-parse when a chunk cannot hold them)", async () => {
    const text = `a,b,c\n${plain(5)}r,${"x".repeat(MAX_RECORD_BYTES - 100)},z\n${plain(5)}`;
    const out = await expectSameAtEveryCut(text, [65536, 1 << 20]);
    expect("rows" in out && out.rows.length).toBe(11);
  });

  it("a truncated row and a row with a field too many, in a later chunk", async () => {
    expect(await expectSameAtEveryCut(`a,b,c\n${plain(300)}r,1\n`, SIZES)).toEqual({
      error: "302:3: expected 3 fields, found 2 (truncated or malformed row)",
    });
    expect(await expectSameAtEveryCut(`a,b,c\n${plain(300)}r,1,2,3\n`, SIZES)).toEqual({
      error: "302:4: expected 3 fields, found 4 (truncated or malformed row)",
    });
  });

  it("a trailing empty field (UN Comtrade's trailing comma) where allowed", async () => {
    const text = `a,b,c\n${plain(100).replaceAll("\n", ",\n")}`;
    const out = await expectSameAtEveryCut(text, SIZES, true);
    expect("rows" in out && out.rows[99]).toEqual([101, ["r99", "99", "x y"]]);
  });

  it("random files of quotes, commas, blanks, CRs and newlines: same rows or the same error as csv-parse", async () => {
    const tokens = ["x", "yy", ",", ",", '"', '"', '""', " ", "\t", "\r", "\n", "\n", "\r\n", "\uFEFF", "é"];
    let seed = 14;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 1500; i++) {
      let body = plain(random(4));
      const n = 1 + random(25);
      for (let t = 0; t < n; t++) body += tokens[random(tokens.length)];
      const text = `a,b,c${random(4) === 0 ? "\r\n" : "\n"}${body}\n${plain(random(3), 7)}`;
      const expected = reference(text);
      const size = 1 + random(40);
      expect(await fast(text, size), JSON.stringify({ text, size })).toEqual(expected);
    }
  }, 60_000);
});
