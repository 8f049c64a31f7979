// The mirror view as CSV: one row per year, exactly the rows /api/mirror returns (same function, same numbers).
import { stringify } from "csv-stringify/sync";
import type { MirrorView } from "../mirror/get-mirror-view";
import { neutraliseCell } from "./neutralise";

export const MIRROR_CSV_COLUMNS = [
  "exporter",
  "importer",
  "hs",
  "year",
  "exporter_reported_usd",
  "importer_reported_usd",
  "cif_fob_factor",
  "importer_fob_usd",
  "gap_usd",
  "gap_pct_of_exporter",
  "gap_pct_of_importer",
  "freight_and_insurance_usd",
  "explained_by_cif_fob_usd",
  "unexplained_gap_usd",
  "fob_basis_gap_usd",
  "unexplained_low_usd",
  "unexplained_high_usd",
  "unexplained_pct_of_exporter",
  "band_low_factor",
  "band_high_factor",
  "exporter_source",
  "exporter_source_key",
  "exporter_vintage",
  "importer_source",
  "importer_source_key",
  "importer_vintage",
  "flags",
  "reliable",
  "reliability_reasons",
  "dollars",
] as const;

export type MirrorCsvRow = Record<(typeof MIRROR_CSV_COLUMNS)[number], string | number | boolean | null>;

export function mirrorCsvRows(view: MirrorView): MirrorCsvRow[] {
  return view.rows.map((r) => ({
    exporter: view.exporter,
    importer: view.importer,
    hs: view.hs ?? "TOTAL",
    year: r.year,
    exporter_reported_usd: r.exporterReported,
    importer_reported_usd: r.importerReported,
    cif_fob_factor: view.cifFob,
    importer_fob_usd: r.importerFob,
    gap_usd: r.gap,
    gap_pct_of_exporter: r.gapPctOfExporter,
    gap_pct_of_importer: r.gapPctOfImporter,
    freight_and_insurance_usd: r.freightAndInsurance,
    explained_by_cif_fob_usd: r.explainedByCifFob,
    unexplained_gap_usd: r.unexplainedGap,
    fob_basis_gap_usd: r.fobBasisGap,
    unexplained_low_usd: r.unexplainedLow,
    unexplained_high_usd: r.unexplainedHigh,
    unexplained_pct_of_exporter: r.unexplainedPctOfExporter,
    band_low_factor: view.band[0],
    band_high_factor: view.band[1],
    exporter_source: r.sources.exporter?.label ?? null,
    exporter_source_key: r.sources.exporter?.key ?? null,
    exporter_vintage: r.sources.exporter?.vintage ?? null,
    importer_source: r.sources.importer?.label ?? null,
    importer_source_key: r.sources.importer?.key ?? null,
    importer_vintage: r.sources.importer?.vintage ?? null,
    flags: r.flags.join(";"),
    reliable: r.reliable,
    reliability_reasons: r.reliabilityReasons.join("; "),
    dollars: view.real ? `constant ${view.real.baseYear} US dollars (${view.real.deflator})` : "current US dollars",
  }));
}

/** CSV text with a header; empty cells for missing values; text cells neutralised against formula injection. */
export function mirrorCsv(view: MirrorView): string {
  return stringify(mirrorCsvRows(view), {
    header: true,
    columns: [...MIRROR_CSV_COLUMNS],
    cast: { string: (v) => neutraliseCell(v), boolean: (v) => (v ? "true" : "false"), number: (v) => String(v) },
  });
}

/** A file name from validated codes only. */
export function mirrorFileName(
  view: Pick<MirrorView, "exporter" | "importer" | "hs" | "from" | "to" | "cifFob" | "real">,
  ext: string,
): string {
  const years = view.from !== null || view.to !== null ? `_${view.from ?? "start"}-${view.to ?? "end"}` : "_all-years";
  return `china-kazakhstan-monitor_mirror_${view.exporter}-${view.importer}${view.hs ? `_HS${view.hs}` : ""}${years}_cif-fob-${view.cifFob}${view.real ? `_constant-${view.real.baseYear}-usd` : ""}.${ext}`.replace(
    /[^A-Za-z0-9._-]/g,
    "_",
  );
}
