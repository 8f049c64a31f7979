// Reproduces the data pack's own computed gaps (prisma/seed-data/tidy/discrepancy_computed.csv).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isReliable, mirrorRow } from "./compute";

const NUMERIC_COLUMNS = [
  "year",
  "basis",
  "cn_exports_to_kz",
  "kz_imports_from_cn",
  "gap_cnX_minus_kzM",
  "gap_pct_of_cnX",
  "kz_exports_to_cn",
  "cn_imports_from_kz",
  "gap_cnM_minus_kzX",
  "gap_pct_of_cnM",
] as const;
type Column = (typeof NUMERIC_COLUMNS)[number];

interface PackRow {
  line: number;
  fields: Record<Column, string>;
  /** The trailing free-text flags column (may be quoted and contain commas). */
  flags: string;
}

const text = readFileSync(new URL("../../prisma/seed-data/tidy/discrepancy_computed.csv", import.meta.url), "utf8");

/**
 * Simple split: the first ten columns are unquoted (checked below); only the last column, flags,
 * may be quoted and contain commas, so everything after the tenth comma is the flags text.
 */
function parse(csv: string): { header: string[]; rows: PackRow[] } {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split(",");
  const rows = lines.slice(1).map((line, i) => {
    const parts = line.split(",");
    const head = parts.slice(0, NUMERIC_COLUMNS.length);
    if (head.length < NUMERIC_COLUMNS.length || head.some((f) => f.includes('"'))) {
      throw new Error(`line ${i + 2}: a quote or too few fields in the first ${NUMERIC_COLUMNS.length} columns`);
    }
    const fields = Object.fromEntries(NUMERIC_COLUMNS.map((c, k) => [c, head[k] as string])) as Record<Column, string>;
    return { line: i + 2, fields, flags: parts.slice(NUMERIC_COLUMNS.length).join(",") };
  });
  return { header, rows };
}

const { header, rows } = parse(text);

/** Map the pack's free-text flags to observation flags. */
function packFlags(flagText: string): string[] {
  const out: string[] = [];
  if (/estimate/i.test(flagText)) out.push("estimate");
  if (/incomplete/i.test(flagText)) out.push("incomplete");
  return out;
}

describe("data pack: discrepancy_computed.csv", () => {
  it("has the expected columns and both bases", () => {
    expect(header.slice(0, NUMERIC_COLUMNS.length)).toEqual([...NUMERIC_COLUMNS]);
    expect(header.at(-1)).toBe("flags");
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((r) => r.fields.basis))).toEqual(new Set(["IMF DOTS", "UN Comtrade"]));
  });

  it("China → Kazakhstan: gap exact, % of exporter to 1 decimal, for every row", () => {
    const mismatches: string[] = [];
    for (const { line, fields: f } of rows) {
      const row = mirrorRow({ value: f.cn_exports_to_kz, sourceKey: f.basis }, { value: f.kz_imports_from_cn, sourceKey: f.basis });
      const expectedGap = Number(f.gap_cnX_minus_kzM);
      const expectedPct = Number(f.gap_pct_of_cnX);
      if (row.gap !== expectedGap) mismatches.push(`line ${line} ${f.year} ${f.basis}: gap ${row.gap} ≠ ${expectedGap}`);
      // gapPctOfExporter has 2 decimals; the pack shows 1, so they must agree within half a unit of the 1st decimal
      // (rounding 2 decimals again to 1 can differ: 2012 DOTS is 31.848… → ours 31.85, the pack 31.8).
      if (row.gapPctOfExporter === null || Math.abs(row.gapPctOfExporter - expectedPct) > 0.05 + 1e-9) {
        mismatches.push(`line ${line} ${f.year} ${f.basis}: pct ${row.gapPctOfExporter} ≠ ${expectedPct}`);
      }
      // And our gap over our exporter value, rounded once to 1 decimal, is exactly the pack's figure.
      if (row.gap !== null && row.exporterReported !== null) {
        const oneDecimal = Number(((row.gap / row.exporterReported) * 100).toFixed(1));
        if (oneDecimal !== expectedPct) mismatches.push(`line ${line} ${f.year} ${f.basis}: 1-decimal pct ${oneDecimal} ≠ ${expectedPct}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("Kazakhstan → China: the pack's cnM − kzX is minus our gap, and its % of cnM is our % of importer", () => {
    const mismatches: string[] = [];
    for (const { line, fields: f } of rows) {
      const row = mirrorRow({ value: f.kz_exports_to_cn }, { value: f.cn_imports_from_kz });
      const expectedGap = -Number(f.gap_cnM_minus_kzX);
      const expectedPct = -Number(f.gap_pct_of_cnM);
      if (row.gap !== expectedGap) mismatches.push(`line ${line} ${f.year} ${f.basis}: gap ${row.gap} ≠ ${expectedGap}`);
      if (row.gapPctOfImporter === null || Math.abs(row.gapPctOfImporter - expectedPct) > 0.05 + 1e-9) {
        mismatches.push(`line ${line} ${f.year} ${f.basis}: pct ${row.gapPctOfImporter} ≠ ${expectedPct}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("rows the pack marks as estimates or incomplete come out unreliable", () => {
    const flagged = rows.filter((r) => packFlags(r.flags).length > 0);
    expect(flagged.map((r) => `${r.fields.year} ${r.fields.basis}`)).toEqual([
      "1992 IMF DOTS",
      "1993 IMF DOTS",
      "2020 UN Comtrade",
      "2021 UN Comtrade",
      "2022 UN Comtrade",
    ]);
    for (const r of rows) {
      const row = mirrorRow(
        { value: r.fields.cn_exports_to_kz, flags: packFlags(r.flags) },
        { value: r.fields.kz_imports_from_cn, flags: packFlags(r.flags) },
      );
      expect(isReliable(row)).toBe(packFlags(r.flags).length === 0);
    }
  });

  it("explained + unexplained = gap to the cent, for every year, both directions and factors 1.0–1.5", () => {
    const cents = (x: number) => Math.round(x * 100);
    const broken: string[] = [];
    for (const { line, fields: f } of rows) {
      for (const [e, i] of [
        [f.cn_exports_to_kz, f.kz_imports_from_cn],
        [f.kz_exports_to_cn, f.cn_imports_from_kz],
      ] as const) {
        for (const cifFob of [1.0, 1.04, 1.06, 1.1, 1.5]) {
          const row = mirrorRow({ value: e }, { value: i }, { cifFob });
          if (cents(row.explainedByCifFob! + row.unexplainedGap!) !== cents(row.gap!)) broken.push(`line ${line} ${e}/${i} at ${cifFob}`);
          // CIF/FOB explains nothing when the exporter reports more, and never more than the freight.
          if (row.gap! > 0 && row.explainedByCifFob !== 0)
            broken.push(`line ${line}: explained ${row.explainedByCifFob} on a positive gap`);
          if (Math.abs(row.explainedByCifFob!) > row.freightAndInsurance! + 0.005) broken.push(`line ${line}: explained beyond freight`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
