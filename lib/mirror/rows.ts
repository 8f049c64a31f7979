// The rows of a mirror view: each side reduced to one value per year (the headline rule, or one chosen source), the
// gap and its CIF/FOB adjustment per year (lib/mirror/compute.ts), and the rows a chart draws. Pure.
import type { SourceRef as SourceMeta } from "../series/types";
import { cifFobBand } from "./cif-fob";
import { isReliable, mirrorRow, unreliableReasons } from "./compute";
import { round2 } from "./numbers";
import { pickPerYear } from "./pick";
import { inRange, sameDataset, sidePick, type MirrorPick, type YearRange } from "./sources";
import type { MirrorFlag, MirrorObservation, MirrorSeriesRow, SourceRef } from "./types";

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
