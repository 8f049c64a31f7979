// A mirror row in words: what the flags on each side mean, the latest year with reliable figures, and what CIF/FOB
// valuation does to the gap, told the way a newcomer can follow it. Pure.
import { cifFobBand } from "./cif-fob";
import type { MirrorViewRow } from "./rows";

/**
 * A flag phrase as a message of the "mirrorPanel.flag" templates (messages/*.json) and its arguments: the component
 * words it in the page's locale. `what` is a key of "mirrorPanel.flagText" (an unknown flag is passed as it is).
 */
export type FlagPhrase =
  | { key: "missing"; name: string }
  | { key: "side"; name: string; flag: string }
  | { key: "crossSource" }
  | { key: "negativeGap"; exporter: string; importer: string };

/** The notes on a row's flags, naming the side they concern ("Kazakhstan's figure: …"), as messages to word. */
export function flagPhrases(
  row: Pick<MirrorViewRow, "flags" | "exporterFlags" | "importerFlags">,
  names: { exporter: string; importer: string },
): FlagPhrase[] {
  const out: FlagPhrase[] = [];
  if (row.flags.includes("missing-exporter")) out.push({ key: "missing", name: names.exporter });
  if (row.flags.includes("missing-importer")) out.push({ key: "missing", name: names.importer });
  for (const [name, flags] of [
    [names.exporter, row.exporterFlags],
    [names.importer, row.importerFlags],
  ] as const) {
    for (const flag of flags) out.push({ key: "side", name, flag });
  }
  if (row.flags.includes("cross-source")) out.push({ key: "crossSource" });
  if (row.flags.includes("negative-gap")) out.push({ key: "negativeGap", exporter: names.exporter, importer: names.importer });
  return out;
}

/** The latest year whose row has both sides and no estimate/incomplete flag; null when there is none. */
export function latestReliableYear(rows: readonly MirrorViewRow[]): number | null {
  for (let k = rows.length - 1; k >= 0; k--) if (rows[k]!.reliable) return rows[k]!.year;
  return null;
}

/**
 * What the CIF/FOB adjustment does to a gap, in words a newcomer can follow:
 * - "exporter-higher": the exporter reports more. CIF/FOB valuation should make the importer's figure HIGHER, so it
 *   explains none of the gap; on a like-for-like (FOB) basis the gap is larger (unexplainedGap > gap).
 * - "importer-higher-explained": the importer reports more, and CIF/FOB valuation accounts for all of it (the
 *   FOB-adjusted importer figure is at or below the exporter's).
 * - "importer-higher-partly": the importer reports more than CIF/FOB valuation accounts for.
 * - "equal": both report the same value.
 */
export type GapCase = "exporter-higher" | "importer-higher-explained" | "importer-higher-partly" | "equal";

export interface GapStory {
  year: number;
  case: GapCase;
  exporterReported: number;
  importerReported: number;
  gap: number;
  gapPctOfExporter: number | null;
  cifFob: number;
  band: [number, number];
  /** Freight and insurance included in the importer's figure at the chosen factor (importer − importer ÷ factor). */
  freightAndInsurance: number;
  /** The part of |gap| that CIF/FOB valuation accounts for: 0 when the exporter reports more. */
  explainedByCifFob: number;
  /** gap − the signed explained part (compute.ts): equals the gap when the exporter reports more. */
  unexplainedGap: number;
  /** Exporter minus importer on a like-for-like FOB basis, and its range over the band. */
  fobBasisGap: number;
  fobBasisLow: number;
  fobBasisHigh: number;
  unexplainedPctOfExporter: number | null;
  unexplainedLow: number;
  unexplainedHigh: number;
  reliable: boolean;
  flags: string[];
  exporterFlags: string[];
  importerFlags: string[];
  sources: MirrorViewRow["sources"];
}

export function gapStory(row: MirrorViewRow | undefined, cifFob: number): GapStory | null {
  if (!row || row.exporterReported === null || row.importerReported === null || row.gap === null) return null;
  const freight = row.freightAndInsurance ?? 0;
  const unexplained = row.unexplainedGap ?? 0;
  // The part of |gap| CIF/FOB accounts for (compute.ts gives it with the gap's sign).
  const explained = Math.abs(row.explainedByCifFob ?? 0);
  let kind: GapCase;
  if (row.gap === 0) kind = "equal";
  else if (row.gap > 0) kind = "exporter-higher";
  else kind = unexplained === 0 ? "importer-higher-explained" : "importer-higher-partly";
  return {
    year: row.year,
    case: kind,
    exporterReported: row.exporterReported,
    importerReported: row.importerReported,
    gap: row.gap,
    gapPctOfExporter: row.gapPctOfExporter,
    cifFob,
    band: cifFobBand(cifFob),
    freightAndInsurance: freight,
    explainedByCifFob: explained,
    unexplainedGap: unexplained,
    fobBasisGap: row.fobBasisGap ?? 0,
    fobBasisLow: row.fobBasisLow ?? 0,
    fobBasisHigh: row.fobBasisHigh ?? 0,
    unexplainedPctOfExporter: row.unexplainedPctOfExporter,
    unexplainedLow: row.unexplainedLow ?? unexplained,
    unexplainedHigh: row.unexplainedHigh ?? unexplained,
    reliable: row.reliable,
    flags: row.flags,
    exporterFlags: row.exporterFlags,
    importerFlags: row.importerFlags,
    sources: row.sources,
  };
}

// ---------------------------------------------------------------- by product (HS chapter)
