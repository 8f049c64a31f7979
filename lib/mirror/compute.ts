// Mirror statistics: the gap between what the exporter reports (FOB) and what the importer reports (CIF)
// for the same trade, and how much of it CIF/FOB valuation explains. Pure functions, no database.
import { assertCifFob, CIF_FOB_BAND, CIF_FOB_DEFAULT, cifFobBand } from "./cif-fob";
import { naturalCompare, parseUsd, round2, roundTo } from "./numbers";
import type {
  CifFobOptions,
  MirrorFlag,
  MirrorGap,
  MirrorRow,
  MirrorSide,
  ProductMirrorInput,
  ProductMirrorRow,
  SourceRef,
  TopContributor,
  UsdInput,
} from "./types";

/** Observation flags first, in this order, then unknown flags alphabetically, then the derived mirror flags. */
const FLAG_ORDER: readonly string[] = ["estimate", "incomplete", "preliminary", "derived", "rounded"];
const DERIVED_ORDER: readonly string[] = ["missing-exporter", "missing-importer", "negative-gap", "cross-source"];

/**
 * Flags that make a row unreliable (isReliable → false): any flag on a stored value (an estimate, incomplete partner
 * detail, a derived, preliminary or rounded figure), a missing side, or two sides from different datasets.
 * "negative-gap" is a finding, not a defect, and leaves the row reliable.
 */
export const UNRELIABLE_FLAGS: readonly string[] = [...FLAG_ORDER, "missing-exporter", "missing-importer", "cross-source"];

const REASON_TEXT: Record<string, string> = {
  estimate: "a value is an estimate, not a reported figure",
  incomplete: "a value rests on incomplete partner detail, not a total",
  derived: "a value is derived (computed from other published figures)",
  preliminary: "a value is preliminary",
  rounded: "a value is a rounded figure as quoted",
  "missing-exporter": "the exporter's figure is missing",
  "missing-importer": "the importer's figure is missing",
  "cross-source": "the two sides come from different datasets",
};

/**
 * Why a row is not reliable, one plain sentence per reason ("cross-source: the two sides come from different
 * datasets"); empty when it is. Unknown flags on a value count as flagged values too.
 */
export function unreliableReasons(row: { readonly flags: readonly string[] }): string[] {
  const out: string[] = [];
  for (const raw of row.flags) {
    const f = raw.trim().toLowerCase();
    if (f === "negative-gap" || f === "") continue;
    out.push(`${f}: ${REASON_TEXT[f] ?? "a value carries this flag"}`);
  }
  return out;
}

/** True when the row has both sides, from one dataset, with no flagged value (unreliableReasons is empty). */
export function isReliable(row: { readonly flags: readonly string[] }): boolean {
  return unreliableReasons(row).length === 0;
}

function flagOrder(flag: string): number {
  const i = FLAG_ORDER.indexOf(flag);
  if (i >= 0) return i;
  const d = DERIVED_ORDER.indexOf(flag);
  if (d >= 0) return 1000 + d;
  return 500;
}

/** Union of flag lists: trimmed, lower-cased, de-duplicated, in a stable order. */
export function mergeFlags(...lists: ReadonlyArray<readonly string[] | null | undefined>): MirrorFlag[] {
  const set = new Set<string>();
  for (const list of lists) {
    for (const raw of list ?? []) {
      const f = raw.trim().toLowerCase();
      if (f !== "") set.add(f);
    }
  }
  return [...set].sort((a, b) => flagOrder(a) - flagOrder(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function resolveFactor(options: CifFobOptions): { cifFob: number; band: [number, number] } {
  const cifFob = assertCifFob(options.cifFob ?? CIF_FOB_DEFAULT);
  return { cifFob, band: cifFobBand(cifFob, options.band ?? CIF_FOB_BAND) };
}

function pct(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return round2((numerator / denominator) * 100);
}

/**
 * The numeric mirror comparison for one direction of trade.
 * Missing sides give null for every field that needs them (never 0).
 */
export function computeMirrorGap(exporterReported: UsdInput, importerReported: UsdInput, options: CifFobOptions = {}): MirrorGap {
  const { cifFob, band } = resolveFactor(options);
  const e = parseUsd(exporterReported, "exporterReported");
  const i = parseUsd(importerReported, "importerReported");

  const importerFob = i === null ? null : round2(i / cifFob);
  const gap = e !== null && i !== null ? e - i : null;
  const fobBasisGap = e !== null && importerFob !== null ? round2(e - importerFob) : null;
  const freightAndInsurance = i !== null && importerFob !== null ? round2(i - importerFob) : null;
  const split = (factor: number) => splitGap(gap, i === null ? null : round2(i - round2(i / factor)));
  const { explained: explainedByCifFob, unexplained: unexplainedGap } = split(cifFob);

  let unexplainedLow: number | null = null;
  let unexplainedHigh: number | null = null;
  let fobBasisLow: number | null = null;
  let fobBasisHigh: number | null = null;
  if (e !== null && i !== null) {
    const atLow = split(band[0]).unexplained!;
    const atHigh = split(band[1]).unexplained!;
    unexplainedLow = Math.min(atLow, atHigh);
    unexplainedHigh = Math.max(atLow, atHigh);
    const fobLow = round2(e - round2(i / band[0]));
    const fobHigh = round2(e - round2(i / band[1]));
    fobBasisLow = Math.min(fobLow, fobHigh);
    fobBasisHigh = Math.max(fobLow, fobHigh);
  }

  return {
    exporterReported: e,
    importerReported: i,
    importerFob,
    gap: gap === 0 ? 0 : gap,
    gapPctOfExporter: pct(gap, e),
    gapPctOfImporter: pct(gap, i),
    freightAndInsurance,
    explainedByCifFob,
    unexplainedGap,
    unexplainedLow,
    unexplainedHigh,
    unexplainedPctOfExporter: pct(unexplainedGap, e),
    fobBasisGap,
    fobBasisLow,
    fobBasisHigh,
  };
}

/**
 * Splits a gap (exporter − importer) into the part CIF/FOB valuation explains and the rest, so that
 * explained + unexplained = gap exactly. Freight and insurance make the importer's figure HIGHER than the
 * exporter's, so they can explain only a negative gap (the importer reports more), and at most the freight:
 * explained = max(gap, −freight) when gap < 0, else 0 (when the exporter reports more, CIF/FOB explains none of it).
 */
export function splitGap(gap: number | null, freight: number | null): { explained: number | null; unexplained: number | null } {
  if (gap === null || freight === null) return { explained: null, unexplained: null };
  const explained = gap < 0 ? round2(Math.max(gap, -freight)) : 0;
  const unexplained = round2(gap - explained);
  return { explained: explained === 0 ? 0 : explained, unexplained: unexplained === 0 ? 0 : unexplained };
}

function isPresent(side: MirrorSide | null | undefined): side is MirrorSide {
  return side !== null && side !== undefined && side.value !== null && side.value !== undefined;
}

function sourceRef(side: MirrorSide): SourceRef | null {
  const key = side.sourceKey ?? side.sourceLabel ?? null;
  if (key === null) return null;
  return { key, label: side.sourceLabel ?? key, vintage: side.vintage === undefined || side.vintage === "" ? null : side.vintage };
}

/**
 * One mirror comparison with provenance: the numbers of computeMirrorGap, the source of each side,
 * and flags = both present sides' flags ∪ {missing-exporter, missing-importer, negative-gap, cross-source as applicable}.
 * "cross-source" (informational) is set when both sides are present and name different sources.
 */
export function mirrorRow(
  exporter: MirrorSide | null | undefined,
  importer: MirrorSide | null | undefined,
  options: CifFobOptions = {},
): MirrorRow {
  const ex = isPresent(exporter) ? exporter : null;
  const im = isPresent(importer) ? importer : null;
  const numbers = computeMirrorGap(ex?.value, im?.value, options);

  const derived: string[] = [];
  if (ex === null) derived.push("missing-exporter");
  if (im === null) derived.push("missing-importer");
  if (numbers.gap !== null && numbers.gap < 0) derived.push("negative-gap");
  const exSource = ex === null ? null : sourceRef(ex);
  const imSource = im === null ? null : sourceRef(im);
  if (exSource !== null && imSource !== null && exSource.key !== imSource.key) derived.push("cross-source");

  return {
    ...numbers,
    sources: { exporter: exSource, importer: imSource },
    flags: mergeFlags(ex?.flags, im?.flags, derived),
  };
}

function compareByAbsGap(a: ProductMirrorRow, b: ProductMirrorRow): number {
  if (a.gap === null || b.gap === null) {
    if (a.gap !== b.gap) return a.gap === null ? 1 : -1;
  } else {
    const d = Math.abs(b.gap) - Math.abs(a.gap);
    if (d !== 0) return d;
    if (a.gap !== b.gap) return b.gap - a.gap; // same size: the positive gap first
  }
  return naturalCompare(a.productCode, b.productCode);
}

/**
 * Mirror comparison per product (HS chapter) for one year and direction: the fields of computeMirrorGap per product,
 * sorted by absolute gap descending (products with a missing side last, then by product code), with
 * shareOfTotalGap = gap ÷ sum of the positive product gaps. Pass chapters only — a TOTAL row would be counted twice.
 * Throws on a repeated product code.
 */
export function mirrorByProduct(rows: readonly ProductMirrorInput[], options: CifFobOptions = {}): ProductMirrorRow[] {
  const seen = new Set<string>();
  const computed = rows.map((r) => {
    if (seen.has(r.productCode)) throw new RangeError(`product ${r.productCode} appears more than once`);
    seen.add(r.productCode);
    const row = mirrorRow(
      r.exporterReported === undefined ? null : { value: r.exporterReported, flags: r.exporterFlags ?? [] },
      r.importerReported === undefined ? null : { value: r.importerReported, flags: r.importerFlags ?? [] },
      options,
    );
    const { sources: _sources, ...rest } = row;
    return { productCode: r.productCode, productLabel: r.productLabel, ...rest, shareOfTotalGap: null as number | null };
  });

  const positiveTotal = computed.reduce((sum, r) => (r.gap !== null && r.gap > 0 ? sum + r.gap : sum), 0);
  for (const r of computed) {
    r.shareOfTotalGap = r.gap === null || positiveTotal <= 0 ? null : roundTo(r.gap / positiveTotal, 4);
  }
  return computed.sort(compareByAbsGap);
}

/**
 * The `n` products contributing most to the gap: those with a positive gap (the exporter reports more),
 * largest first, each with the cumulative share of the total positive gap accounted for so far.
 * Products where the importer reports more offset the gap and are never "contributors".
 */
export function topContributors(rows: readonly ProductMirrorRow[], n: number): TopContributor[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer (got ${String(n)})`);
  const positive = rows.filter((r): r is ProductMirrorRow & { gap: number } => r.gap !== null && r.gap > 0);
  const total = positive.reduce((sum, r) => sum + r.gap, 0);
  const sorted = [...positive].sort((a, b) => b.gap - a.gap || naturalCompare(a.productCode, b.productCode));
  let running = 0;
  return sorted.slice(0, n).map((r) => {
    running += r.gap;
    return { ...r, cumulativeShare: roundTo(running / total, 4) };
  });
}
