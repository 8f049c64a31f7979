// The hand-written CSV scanner against csv-parse (the reference): same records and line numbers for every split of
// the input into chunks, and malformed input refused at its line.
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvScanner, readCsv } from "./csv";
import { ImportFileError } from "./types";

function scanAll(text: string, chunkSizes: number[]): { line: number; fields: string[] }[] {
  const scanner = new CsvScanner();
  const out = [];
  let pos = 0;
  for (let i = 0; pos < text.length; i++) {
    const size = chunkSizes[i % chunkSizes.length]!;
    out.push(...scanner.push(text.slice(pos, pos + size)));
    pos += size;
  }
  out.push(...scanner.end());
  return out;
}

/** csv-parse's records, with the physical line each starts on (given: csv-parse counts CRLF inside quotes differently). */
function reference(text: string, lines: number[]): { line: number; fields: string[] }[] {
  const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  expect(rows).toHaveLength(lines.length);
  return rows.map((fields, i) => ({ line: lines[i]!, fields }));
}

const SAMPLES: [string, number[]][] = [
  ['a,b,c\n1,2,3\n', [1, 2]],
  ['a,b,c\r\n1,2,3\r\n4,5,6', [1, 2, 3]],
  ['\ufeff"typeCode","x"\n"C","A",\n"C","",\n', [1, 2, 3]],
  ['h1,h2\n"multi\nline, with comma",2\n\n\n"say ""hi""",""\n,\n', [1, 2, 6, 7]],
  ['h\r\n\r\n"a\r\nb"\r\nlast', [1, 3, 5]],
  ['"only"', [1]],
  ['x,"",y\n"",,""\n', [1, 2]],
  ['a,b\n1,2\n\n', [1, 2]],
  ['a\n"x""""y"\n', [1, 2]],
];

describe("CsvScanner", () => {
  it.each(SAMPLES.map(([s, lines]) => [JSON.stringify(s).slice(0, 40), s, lines] as const))("%s reads as csv-parse does, at any chunking", (_, text, lines) => {
    const expected = reference(text, lines);
    for (const sizes of [[1], [2], [3], [5, 1], [7], [1 << 16]]) expect(scanAll(text, sizes)).toEqual(expected);
  });

  it("a generated file with quotes, commas and line breaks in fields, split at every size from 1 to 40", () => {
    const values = ["plain", "", "with,comma", 'with "quote"', "two\nlines", "crlf\r\nin", "ünïcødé €", "  spaced  "];
    const lines = ["a,b,c,d"];
    const starts = [1];
    for (let i = 0; i < 60; i++) {
      const line = [0, 1, 2, 3].map((j) => `"${values[(i * 7 + j * 3) % values.length]!.replace(/"/g, '""')}"`).join(",");
      starts.push(starts.at(-1)! + 1 + (lines.at(-1)!.match(/\n/g)?.length ?? 0));
      lines.push(line);
    }
    const text = lines.map((l, i) => l + lineBreak(i)).join("");
    const expected = reference(text, starts);
    expect(expected).toHaveLength(61);
    for (let size = 1; size <= 40; size++) expect(scanAll(text, [size])).toEqual(expected);
  });

  it.each([
    ['a,b\n"open,2\n', /Quote Not Closed/, 2],
    ['a,b\n1,x"y\n', /Invalid Opening Quote/, 2],
    ['a,b\n1,2\n"x"y,2\n', /Invalid Closing Quote/, 3],
  ])("refuses %j", (text, message, line) => {
    let error: unknown;
    try {
      scanAll(text, [3]);
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(message);
    expect((error as { line: number }).line).toBe(line);
    expect(() => parse(text, { relax_column_count: true })).toThrow();
  });
});

/** One record delimiter per file, as real files have (csv-parse settles on the first it sees). */
function lineBreak(_n: number): string {
  return "\n";
}

describe("readCsv", () => {
  const input = (text: string) => ({ file: "test.csv", open: () => Readable.from([Buffer.from(text)]) });

  it("checks the header and names the file, line and column of a short row", async () => {
    const rows: { get(name: string): string }[] = [];
    const error = await (async () => {
      for await (const row of readCsv(input("a,b,c\n1,2,3\n4,5\n"), { header: ["a", "b", "c"] })) rows.push(row);
    })().catch((e: unknown) => e);
    expect(rows.map((r) => r.get("c"))).toEqual(["3"]);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).message).toBe("test.csv:3:3: expected 3 fields, found 2 (truncated or malformed row)");
  });

  it("reports malformed CSV as file:line:column", async () => {
    const error = await (async () => {
      for await (const _ of readCsv(input('a,b\n1,"2\n'), { header: ["a", "b"] })) void _;
    })().catch((e: unknown) => e);
    expect((error as ImportFileError).message).toMatch(/^test\.csv:2:2: malformed CSV: Quote Not Closed/);
  });

  it("splits a multi-byte character across chunks correctly", async () => {
    const bytes = Buffer.from("a,b\n€,ü\n");
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    const rows: string[][] = [];
    for await (const row of readCsv({ file: "t.csv", open: () => Readable.from(chunks) }, { header: ["a", "b"] })) rows.push(row.fields);
    expect(rows).toEqual([["€", "ü"]]);
  });
});
