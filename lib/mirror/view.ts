// The mirror view of one direction of trade (exporter E → importer I), built from every source's observations:
// which source each side uses (headline rule or one source per side), the yearly rows, chart rows, the
// newcomer's summary and the per-chapter table. Pure functions: lib/mirror/queries.ts loads the data.
import type { SourceRef as SourceMeta } from "../series/types";
import { cifFobBand } from "./cif-fob";
import { isReliable, mirrorByProduct, mirrorRow, topContributors, unreliableReasons } from "./compute";
import { round2 } from "./numbers";
import { compareCodePoints, pickPerYear } from "./pick";
import type { MirrorFlag, MirrorSeriesRow, PickOptions, ProductMirrorRow, SeriesObservation, SourceRef, TopContributor } from "./types";

/** One stored value of one side, with what the SQL headline rule made of it. */
export interface MirrorObservation extends SeriesObservation {
  value: string;
  vintage: string;
  flags: string[];
  qualifier: string | null;
  /** True when lib/series/queries.ts (SQL, HEADLINE_ORDER) marks this value as the headline for its year. */
  headline: boolean;
}

export type { SourceMeta };

export interface YearRange {
  from?: number;
  to?: number;
}

function inRange(year: number, range: YearRange): boolean {
  return (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to);
}

/** A source available for one side, with its coverage. */
export interface SideSource {
  key: string;
  label: string;
  publisher: string;
  rank: number;
  vintage: string | null;
  /** Years with an annual value (within the range asked for). */
  years: number;
  firstYear: number;
  lastYear: number;
}

/** Sources that report a side (within `range`), best first: lowest rank, then key. */
export function listSideSources(
  observations: readonly SeriesObservation[],
  sources: ReadonlyMap<string, SourceMeta>,
  range: YearRange = {},
): SideSource[] {
  const years = new Map<string, Set<number>>();
  for (const o of observations) {
    if (!inRange(o.year, range)) continue;
    let set = years.get(o.sourceKey);
    if (!set) years.set(o.sourceKey, (set = new Set()));
    set.add(o.year);
  }
  const out: SideSource[] = [];
  for (const [key, set] of years) {
    const meta = sources.get(key);
    const sorted = [...set].sort((a, b) => a - b);
    out.push({
      key,
      label: meta ? shortSourceLabel(meta) : key,
      publisher: meta?.publisher ?? key,
      rank: meta?.rank ?? Number.MAX_SAFE_INTEGER,
      vintage: meta?.vintage ?? null,
      years: sorted.length,
      firstYear: sorted[0]!,
      lastYear: sorted.at(-1)!,
    });
  }
  return out.sort((a, b) => a.rank - b.rank || compareCodePoints(a.key, b.key));
}

/**
 * The source a side uses by default when the user asks for one source per line: the widest coverage
 * (most years with a value), then the best rank, then the key. Null when the side has no source.
 */
export function defaultSideSource(sides: readonly SideSource[]): string | null {
  const best = [...sides].sort((a, b) => b.years - a.years || a.rank - b.rank || compareCodePoints(a.key, b.key))[0];
  return best?.key ?? null;
}

/**
 * Short label for a source in tooltips and table cells: the title up to its first comma outside parentheses (when
 * that leaves at least 20 characters), at most 80 characters, with the vintage when the title does not name it.
 */
export function shortSourceLabel(source: Pick<SourceMeta, "title" | "vintage">): string {
  const title = source.title.replace(/\s+/g, " ").trim();
  let depth = 0;
  let cut = title;
  for (let k = 0; k < title.length; k++) {
    const ch = title[k];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0 && k >= 20) {
      cut = title.slice(0, k);
      break;
    }
  }
  if (cut.length > 80) cut = `${cut.slice(0, 79).trimEnd()}…`;
  return source.vintage && !cut.includes(source.vintage) ? `${cut} (${source.vintage})` : cut;
}

/** How each side of the view picks one value per year. */
export type MirrorPick = { mode: "headline" } | { mode: "same"; exporterSource: string | null; importerSource: string | null };

/**
 * Resolve a requested pick against the sources a side actually has: a requested key that the side does not have
 * (or none) becomes the default source (defaultSideSource). Use `unknownSource` to find keys to refuse first.
 */
export function resolvePick(
  requested: { mode: "headline" } | { mode: "same"; exporterSource?: string | null; importerSource?: string | null },
  exporterSources: readonly SideSource[],
  importerSources: readonly SideSource[],
): MirrorPick {
  if (requested.mode === "headline") return { mode: "headline" };
  const choose = (key: string | null | undefined, sides: readonly SideSource[]) =>
    key && sides.some((s) => s.key === key) ? key : defaultSideSource(sides);
  return {
    mode: "same",
    exporterSource: choose(requested.exporterSource, exporterSources),
    importerSource: choose(requested.importerSource, importerSources),
  };
}

function sidePick(pick: MirrorPick, side: "exporter" | "importer"): PickOptions {
  if (pick.mode === "headline") return { mode: "headline" };
  const key = side === "exporter" ? pick.exporterSource : pick.importerSource;
  // No source at all for the side: pick nothing rather than splice.
  return { mode: "sameSource", sourceKey: key ?? "" };
}

/** Sources are the same dataset (e.g. the Comtrade files of the two reporters) when publisher, title and vintage agree. */
export function sameDataset(a: SourceMeta | undefined, b: SourceMeta | undefined): boolean {
  return !!a && !!b && a.publisher === b.publisher && a.title === b.title && (a.vintage ?? "") === (b.vintage ?? "");
}

export interface MirrorViewRow extends MirrorSeriesRow {
  /** The flags stored on each side's value ([] when the side is missing). */
  exporterFlags: string[];
  importerFlags: string[];
  /** "nearly", "about"… when a quoted statement qualifies the figure. */
  exporterQualifier: string | null;
  importerQualifier: string | null;
  /** False when a side is missing, the sides come from different datasets or a value is flagged (isReliable). */
  reliable: boolean;
  /** Why the row is not reliable, one sentence per reason (unreliableReasons); empty when it is. */
  reliabilityReasons: string[];
}

export interface MirrorViewOptions extends YearRange {
  cifFob: number;
  pick: MirrorPick;
}

/**
 * One row per year in the range where at least one side has a value: each side reduced to one value per year
 * (pickPerYear: the headline rule, or only the chosen source), then mirrorRow. "cross-source" is set only when
 * the two sides come from different datasets (the two reporters' files of one database are the same dataset).
 */
export function buildMirrorRows(
  exporterObs: readonly MirrorObservation[],
  importerObs: readonly MirrorObservation[],
  sources: ReadonlyMap<string, SourceMeta>,
  options: MirrorViewOptions,
): MirrorViewRow[] {
  const ex = new Map(
    pickPerYear(exporterObs, sidePick(options.pick, "exporter"))
      .filter((o) => inRange(o.year, options))
      .map((o) => [o.year, o] as const),
  );
  const im = new Map(
    pickPerYear(importerObs, sidePick(options.pick, "importer"))
      .filter((o) => inRange(o.year, options))
      .map((o) => [o.year, o] as const),
  );
  const years = [...new Set([...ex.keys(), ...im.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const e = ex.get(year);
    const i = im.get(year);
    const side = (o: MirrorObservation | undefined) =>
      o === undefined ? null : { value: o.value, sourceKey: o.sourceKey, sourceLabel: o.sourceLabel, vintage: o.vintage, flags: o.flags };
    const row = mirrorRow(side(e), side(i), { cifFob: options.cifFob });
    let flags: MirrorFlag[] = row.flags;
    if (e && i && e.sourceKey !== i.sourceKey && sameDataset(sources.get(e.sourceKey), sources.get(i.sourceKey))) {
      flags = flags.filter((f) => f !== "cross-source");
    }
    return {
      year,
      ...row,
      flags,
      exporterFlags: e ? [...e.flags] : [],
      importerFlags: i ? [...i.flags] : [],
      exporterQualifier: e?.qualifier ?? null,
      importerQualifier: i?.qualifier ?? null,
      reliable: isReliable({ flags }),
      reliabilityReasons: unreliableReasons({ flags }),
    };
  });
}

/** A row of the chart: every year of the range, nulls where a side is missing (the line breaks there). */
export interface MirrorChartRow {
  year: number;
  exporter: number | null;
  importer: number | null;
  importerFob: number | null;
  /** importerReported ÷ the band's high and low factors: the FOB-equivalent importer value over the band. */
  importerFobBand: [number, number] | null;
  unexplained: number | null;
  unexplainedBand: [number, number] | null;
  reliable: boolean;
  /** The flags that make the row unreliable or qualify it (for labels and styling). */
  flags: string[];
  exporterFlags: string[];
  importerFlags: string[];
  exporterSource: SourceRef | null;
  importerSource: SourceRef | null;
  exporterQualifier: string | null;
  importerQualifier: string | null;
  gapPctOfExporter: number | null;
  /** Short label drawn on a gap bar built on flagged data ("estimate", "incomplete"); null otherwise. */
  flagLabel: string | null;
  /** 0 when exactly one side has a value (a marker on the zero line: no gap can be computed); null otherwise. */
  oneSideOnly: number | null;
}

/** The estimate/incomplete flags of a row, for the label on its gap bar. */
export function unreliableLabel(flags: readonly string[]): string | null {
  const found = ["estimate", "incomplete"].filter((f) => flags.includes(f));
  return found.length > 0 ? found.join(" + ") : null;
}

export function toChartRows(rows: readonly MirrorViewRow[], options: { from: number; to: number; cifFob: number }): MirrorChartRow[] {
  const [low, high] = cifFobBand(options.cifFob);
  const byYear = new Map(rows.map((r) => [r.year, r] as const));
  const out: MirrorChartRow[] = [];
  for (let year = options.from; year <= options.to; year++) {
    const r = byYear.get(year);
    const importer = r?.importerReported ?? null;
    out.push({
      year,
      exporter: r?.exporterReported ?? null,
      importer,
      importerFob: r?.importerFob ?? null,
      importerFobBand: importer === null ? null : [round2(importer / high), round2(importer / low)],
      unexplained: r?.unexplainedGap ?? null,
      unexplainedBand: r && r.unexplainedLow !== null && r.unexplainedHigh !== null ? [r.unexplainedLow, r.unexplainedHigh] : null,
      reliable: r ? r.reliable : false,
      flags: r ? [...r.flags] : ["missing-exporter", "missing-importer"],
      exporterFlags: r?.exporterFlags ?? [],
      importerFlags: r?.importerFlags ?? [],
      exporterSource: r?.sources.exporter ?? null,
      importerSource: r?.sources.importer ?? null,
      exporterQualifier: r?.exporterQualifier ?? null,
      importerQualifier: r?.importerQualifier ?? null,
      gapPctOfExporter: r?.gapPctOfExporter ?? null,
      flagLabel: r && r.gap !== null ? unreliableLabel(r.flags) : null,
      oneSideOnly: r && (r.exporterReported === null) !== (r.importerReported === null) ? 0 : null,
    });
  }
  return out;
}

const OBSERVATION_FLAG_TEXT: Record<string, string> = {
  estimate: "an estimate (IMF), not a reported figure",
  incomplete: "incomplete partner detail, not a total",
  derived: "derived from published figures",
  preliminary: "preliminary",
  rounded: "a rounded figure as quoted",
};

/** Plain-language notes on a row's flags, naming the side they concern ("Kazakhstan's figure: …"). */
export function flagPhrases(
  row: Pick<MirrorViewRow, "flags" | "exporterFlags" | "importerFlags">,
  names: { exporter: string; importer: string },
): string[] {
  const out: string[] = [];
  if (row.flags.includes("missing-exporter")) out.push(`no figure from ${names.exporter}: no gap computed`);
  if (row.flags.includes("missing-importer")) out.push(`no figure from ${names.importer}: no gap computed`);
  for (const [name, flags] of [
    [names.exporter, row.exporterFlags],
    [names.importer, row.importerFlags],
  ] as const) {
    for (const f of flags) out.push(`${name}'s figure is ${OBSERVATION_FLAG_TEXT[f] ?? f}`);
  }
  if (row.flags.includes("cross-source")) out.push("the two figures come from different datasets");
  if (row.flags.includes("negative-gap")) out.push(`${names.importer} reports more than ${names.exporter}`);
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

export interface ChapterObservations {
  productCode: string;
  productLabel: string;
  exporter: readonly MirrorObservation[];
  importer: readonly MirrorObservation[];
}

export interface ChapterRow extends ProductMirrorRow {
  exporterSource: SourceRef | null;
  importerSource: SourceRef | null;
  reliable: boolean;
  reliabilityReasons: string[];
}

export interface ChapterView {
  year: number;
  /** Chapters where both reporters have a value, sorted by absolute gap (largest first). */
  rows: ChapterRow[];
  /** Chapters the exporter reports but the importer does not (and the reverse), by code. */
  exporterOnly: { productCode: string; productLabel: string }[];
  importerOnly: { productCode: string; productLabel: string }[];
  /** The chapters accounting for most of the positive gap, largest first, with cumulative shares. */
  top: TopContributor[];
  /** Sum of the chapter gaps in `rows`. */
  chapterGapSum: number;
}

function toSourceRef(o: MirrorObservation): SourceRef {
  return { key: o.sourceKey, label: o.sourceLabel, vintage: o.vintage === "" ? null : o.vintage };
}

/**
 * The by-product view for one year: per chapter and side, the headline value (pickPerYear), then mirrorByProduct
 * over the chapters both reporters report. Chapters with one side only are listed, not compared.
 */
export function buildChapterView(chapters: readonly ChapterObservations[], year: number, cifFob: number, topN = 10): ChapterView {
  const both: { input: Parameters<typeof mirrorByProduct>[0][number]; ex: MirrorObservation; im: MirrorObservation }[] = [];
  const exporterOnly: ChapterView["exporterOnly"] = [];
  const importerOnly: ChapterView["importerOnly"] = [];
  for (const c of chapters) {
    const ex = pickPerYear(c.exporter.filter((o) => o.year === year))[0];
    const im = pickPerYear(c.importer.filter((o) => o.year === year))[0];
    if (ex && im) {
      both.push({
        input: {
          productCode: c.productCode,
          productLabel: c.productLabel,
          exporterReported: ex.value,
          importerReported: im.value,
          exporterFlags: ex.flags,
          importerFlags: im.flags,
        },
        ex,
        im,
      });
    } else if (ex) exporterOnly.push({ productCode: c.productCode, productLabel: c.productLabel });
    else if (im) importerOnly.push({ productCode: c.productCode, productLabel: c.productLabel });
  }
  const byCode = new Map(both.map((b) => [b.input.productCode, b] as const));
  const rows: ChapterRow[] = mirrorByProduct(
    both.map((b) => b.input),
    { cifFob },
  ).map((r) => {
    const b = byCode.get(r.productCode)!;
    return {
      ...r,
      exporterSource: toSourceRef(b.ex),
      importerSource: toSourceRef(b.im),
      reliable: isReliable(r),
      reliabilityReasons: unreliableReasons(r),
    };
  });
  const byCodeOrder = (a: { productCode: string }, b: { productCode: string }) => compareCodePoints(a.productCode, b.productCode);
  return {
    year,
    rows,
    exporterOnly: exporterOnly.sort(byCodeOrder),
    importerOnly: importerOnly.sort(byCodeOrder),
    top: topContributors(rows, topN),
    chapterGapSum: round2(rows.reduce((s, r) => s + (r.gap ?? 0), 0)),
  };
}

/** "China exports to Kazakhstan — HS 26 Ores, slag and ash (as reported by China)" → "Ores, slag and ash"; "" when absent. */
export function chapterLabelFromTitle(title: string): string {
  const m = /\bHS\s*\d{2}\s+(.+?)\s*(?:\(as reported[^)]*\))?\s*$/.exec(title);
  const label = m?.[1]?.trim() ?? "";
  return label.startsWith("(") ? "" : label;
}

export interface ChapterChartDatum {
  label: string;
  productCode: string;
  gap: number;
  unexplained: number | null;
  /** Share of the chapters' positive gap, e.g. "99.0 %". */
  share: string;
  /** Cumulative share with the larger contributors before it. */
  cumulative: string;
  reliable: boolean;
  flags: string[];
}

/** Bars of the top-contributors chart: "HS 72 Iron and steel", the gap, and its share (and cumulative share) of the positive gap. */
export function toChapterChartData(top: readonly TopContributor[], rows: readonly ChapterRow[]): ChapterChartDatum[] {
  const reliable = new Map(rows.map((r) => [r.productCode, r.reliable] as const));
  return top.map((t) => ({
    label: `HS ${t.productCode}${t.productLabel ? ` ${t.productLabel.length > 28 ? `${t.productLabel.slice(0, 27)}…` : t.productLabel}` : ""}`,
    productCode: t.productCode,
    gap: t.gap ?? 0,
    unexplained: t.unexplainedGap,
    share: `${((t.shareOfTotalGap ?? 0) * 100).toFixed(1)} %`,
    cumulative: `${(t.cumulativeShare * 100).toFixed(1)} %`,
    reliable: reliable.get(t.productCode) ?? isReliable(t),
    flags: t.flags,
  }));
}

/**
 * A y-axis from 0 (or below 0 when negative values are more than a sliver of the range) to a round maximum, with
 * round ticks: "0, 5 bn, 10 bn…" rather than Recharts' automatic "9.5 bn, 19 bn".
 */
export function niceDomain(values: readonly (number | null)[]): { domain: [number, number]; ticks: number[] } {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...present);
  let min = Math.min(0, ...present);
  if (min > -0.02 * max) min = 0; // a few tiny negative bars are not worth a negative axis
  const span = max - min || 1;
  const raw = span / 6;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const lo = Math.floor(min / step) * step;
  const hi = max === min ? lo + 5 * step : Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let k = Math.round(lo / step); k <= Math.round(hi / step); k++) ticks.push(Number((k * step).toPrecision(12)));
  return { domain: [lo, hi], ticks };
}
