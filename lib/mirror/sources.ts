// Which source each side of a mirror view uses: the sources a side has (with their coverage), the default when the
// reader asks for one source per line, and whether two sources are the same dataset. Pure.
import type { SourceRef as SourceMeta } from "../series/types";
import { sourceLabel } from "../labels";
import { compareCodePoints } from "./pick";
import type { PickOptions, SeriesObservation } from "./types";

export interface YearRange {
  from?: number;
  to?: number;
}

export function inRange(year: number, range: YearRange): boolean {
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
      label: meta ? sourceLabel(meta) : key,
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

export function sidePick(pick: MirrorPick, side: "exporter" | "importer"): PickOptions {
  if (pick.mode === "headline") return { mode: "headline" };
  const key = side === "exporter" ? pick.exporterSource : pick.importerSource;
  // No source at all for the side: pick nothing rather than splice.
  return { mode: "sameSource", sourceKey: key ?? "" };
}

/** Sources are the same dataset (e.g. the Comtrade files of the two reporters) when publisher, title and vintage agree. */
export function sameDataset(a: SourceMeta | undefined, b: SourceMeta | undefined): boolean {
  return !!a && !!b && a.publisher === b.publisher && a.title === b.title && (a.vintage ?? "") === (b.vintage ?? "");
}
