// The two tidy files of the data pack that repeat or compute from the others: read and checked, not loaded.
//  - trade_mirror_headline.csv: a convenience pick from trade_mirror.csv (every value is loaded from there; the
//    dashboard applies its own headline rule, lib/series/headline.ts, and names the source of every point).
//  - discrepancy_computed.csv: gaps computed from DOTS and Comtrade; the dashboard computes them itself from the
//    stored values (lib/mirror/compute.ts; lib/mirror/datapack.test.ts proves it reproduces every row).
import { type CsvRow, readCsv } from "../csv";
import { ImportFileError, type ImportRecord, type ParserInput } from "../types";

export const DERIVED_HEADERS = {
  tradeMirrorHeadline: ["year", "reporter", "partner", "flow", "value_usd", "source", "source_url_or_path", "dataset_type", "flag"],
  discrepancyComputed: [
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
    "flags",
  ],
} as const;

const WHY: Record<keyof typeof DERIVED_HEADERS, string> = {
  tradeMirrorHeadline:
    "trade_mirror_headline.csv is a convenience pick from trade_mirror.csv: every value is loaded from trade_mirror.csv with its own source, and the dashboard picks the headline by its own rule (lib/series/headline.ts)",
  discrepancyComputed:
    "discrepancy_computed.csv holds gaps computed from DOTS and Comtrade: the dashboard computes them from the stored values itself (lib/mirror/compute.ts, checked against every row of this file)",
};

const NUMBER = /^-?\d+(\.\d+)?$/;

function check(input: ParserInput, row: CsvRow, columns: readonly string[]): void {
  if (!/^(19|20)\d\d$/.test(row.get("year")))
    throw new ImportFileError(input.file, row.line, row.col("year"), `year ${JSON.stringify(row.get("year"))} is not a year`);
  for (const c of columns) {
    const v = row.get(c).trim();
    if (!NUMBER.test(v)) throw new ImportFileError(input.file, row.line, row.col(c), `not a number: ${JSON.stringify(v)}`);
  }
}

export async function* readDerived(input: ParserInput, family: keyof typeof DERIVED_HEADERS): AsyncGenerator<ImportRecord> {
  const numeric =
    family === "tradeMirrorHeadline"
      ? ["value_usd"]
      : DERIVED_HEADERS.discrepancyComputed.filter((c) => !["year", "basis", "flags"].includes(c));
  let first = 0;
  let last = 0;
  for await (const row of readCsv(input, { header: DERIVED_HEADERS[family] })) {
    check(input, row, numeric);
    first ||= row.line;
    last = row.line;
  }
  if (first)
    yield { kind: "rejected", line: first, column: 1, reason: `lines ${first}–${last} read and checked, not loaded: ${WHY[family]}` };
}
