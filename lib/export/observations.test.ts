// The export's hand-written CSV line must be byte-for-byte what csv-stringify (used before, and still by the data
// package) writes with the same cast: the downloads do not change.
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./neutralise";
import { csvLine, EXPORT_COLUMNS } from "./observations";

type Row = Parameters<typeof csvLine>[0];

const TRICKY = ["", "plain", "with, comma", 'say "hi"', "two\nlines", "cr\rhere", "crlf\r\nend", "=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-5", "-x", "@sum", "\tTab", "’unicode’ € 中国", " spaced ", "'quoted", ",", '"', "a;b", "-228.29", "=1+1, and more"];

function row(i: number): Row {
  const text = (k: number) => TRICKY[(i + k) % TRICKY.length]!;
  return {
    code: `trade.CHN.KAZ.X${i % 3 ? "" : ".HS72"}`,
    title: text(1),
    reporter: "CHN",
    partner: "KAZ",
    flow: text(2),
    unit: "USD",
    year: 1990 + (i % 35),
    period: text(3),
    value: i % 4 ? "12729100679" : text(4),
    source: text(5),
    source_location: text(6),
    vintage: text(7),
    flags: i % 2 ? "incomplete;estimate" : text(8),
    headline: i % 2 === 0,
    source_key: "k",
  };
}

describe("csvLine", () => {
  it("writes exactly what csv-stringify writes, for every awkward value", () => {
    const rows = Array.from({ length: TRICKY.length * 3 }, (_, i) => row(i));
    const expected = stringify(rows, { header: false, columns: [...EXPORT_COLUMNS], cast: { string: (v) => neutraliseCell(v), boolean: (v) => (v ? "true" : "false") } });
    expect(rows.map(csvLine).join("")).toBe(expected);
  });
});
