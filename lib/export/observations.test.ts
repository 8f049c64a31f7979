// The export's CSV: csv-stringify in batches, with cells neutralised against spreadsheet formula injection.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvRows, EXPORT_COLUMNS } from "./observations";

type Row = Parameters<typeof csvRows>[0][number];

const TRICKY = [
  "",
  "plain",
  "with, comma",
  'say "hi"',
  "two\nlines",
  "cr\rhere",
  "crlf\r\nend",
  '=HYPERLINK("http://x","y")',
  "+cmd",
  "-x",
  "@sum",
  "\tTab",
  "’unicode’ € 中国",
  " spaced ",
  "'quoted",
  ",",
  '"',
  "a;b",
  "=1+1, and more",
];

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
    value: i % 2 ? "12729100679" : "-228.29",
    publisher: text(4),
    source: text(5),
    source_location: text(6),
    vintage: text(7),
    vintage_date: "2025-06-01",
    flags: i % 2 ? "incomplete;estimate" : text(8),
    headline: i % 2 === 0,
    source_key: "k",
  };
}

describe("csvRows", () => {
  it("round-trips every awkward value, neutralising formula starters and leaving numbers alone", () => {
    const rows = Array.from({ length: TRICKY.length * 3 }, (_, i) => row(i));
    const parsed = parse(csvRows(rows), { columns: [...EXPORT_COLUMNS], relax_quotes: false }) as Record<string, string>[];
    expect(parsed).toHaveLength(rows.length);
    parsed.forEach((p, i) => {
      const r = rows[i]!;
      for (const c of ["title", "flow", "period", "source", "source_location", "vintage"] as const) {
        const v = String(r[c]);
        expect(p[c]).toBe(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
      }
      expect(p.value).toBe(r.value);
      expect(p.headline).toBe(r.headline ? "true" : "false");
    });
  });
});
