// Choosing one value per year when several sources (or vintages of one source) report the same series.
import { naturalCompare } from "./numbers";
import type { PickOptions, SeriesObservation } from "./types";

function hasFlag(o: SeriesObservation, flag: string): boolean {
  return o.flags.some((f) => f.trim().toLowerCase() === flag);
}

/** Compare vintages; newer sorts later. null and "" (single edition) are the oldest. */
export function compareVintage(a: string | null, b: string | null): number {
  return naturalCompare(a ?? "", b ?? "");
}

/** Negative when `a` should be preferred over `b` (see pickPerYear for the rule). */
export function comparePreference(a: SeriesObservation, b: SeriesObservation): number {
  if (a.sourceRank !== b.sourceRank) return a.sourceRank < b.sourceRank ? -1 : 1;
  const ai = hasFlag(a, "incomplete");
  const bi = hasFlag(b, "incomplete");
  if (ai !== bi) return ai ? 1 : -1;
  const v = compareVintage(b.vintage, a.vintage); // newest first
  if (v !== 0) return v;
  if (a.sourceKey !== b.sourceKey) return a.sourceKey < b.sourceKey ? -1 : 1;
  return 0;
}

/**
 * Choose one observation per year from all observations of one series.
 *
 * **Headline** (`{ mode: "headline" }`, the default on charts and tables): for each year, among every
 * source that reports that year, take the value
 * 1. from the source with the lowest rank (the ranking of sources is fixed per source, lower is better);
 * 2. if several remain, one that is not flagged "incomplete";
 * 3. then the newest vintage (vintages compare as text with numbers compared by value,
 *    so "2025-10" is newer than "2025-9"; a value without a vintage counts as the oldest);
 * 4. then the alphabetically first source key, so that the choice never depends on query order.
 * The headline can therefore switch from one source to another between years ("splicing"): each
 * value in the result names the source it came from.
 *
 * **Same source** (`{ mode: "sameSource", sourceKey }`): only values from that one source are used;
 * years for which that source has no value are left out, never filled from another source. If the
 * source has several vintages for a year, rules 2 and 3 above pick among them.
 *
 * The result is sorted by year, ascending, and contains the original observation objects.
 */
export function pickPerYear<T extends SeriesObservation>(observations: readonly T[], options: PickOptions = { mode: "headline" }): T[] {
  const best = new Map<number, T>();
  for (const o of observations) {
    if (!Number.isInteger(o.year)) throw new RangeError(`observation year must be an integer (got ${String(o.year)})`);
    if (Number.isNaN(o.sourceRank)) throw new RangeError(`sourceRank must be a number (source ${o.sourceKey}, year ${o.year})`);
    if (options.mode === "sameSource" && o.sourceKey !== options.sourceKey) continue;
    const current = best.get(o.year);
    // Strictly better only: on a complete tie the first observation in input order stays.
    if (current === undefined || comparePreference(o, current) < 0) best.set(o.year, o);
  }
  return [...best.entries()].sort(([a], [b]) => a - b).map(([, o]) => o);
}
