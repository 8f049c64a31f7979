// Choosing one value per year when several sources (or vintages of one source) report the same series.
// The headline order is THE project rule of lib/series/headline.ts (SQL `ORDER BY ('incomplete' = ANY(o.flags)),
// so.rank, o."vintageDate" DESC, o.vintage DESC, so.key`), reimplemented here so that the mirror and /api/series always agree.
import type { PickOptions, SeriesObservation } from "./types";

/**
 * Compare two strings by Unicode code point, as PostgreSQL does under the C / C.UTF-8 collation
 * (UTF-8 byte order equals code point order). Plain `<` compares UTF-16 code units, which differs above U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++; // skip the low surrogate
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/**
 * Compare vintage labels as text (code point order, like SQL `o.vintage DESC` under the C collation); a greater
 * label counts as newer. null and "" (single edition) are the oldest. Numbers are NOT compared by value
 * ("2025-9" sorts after "2025-10"): importers should label vintages with ISO dates (2025-06).
 */
export function compareVintage(a: string | null, b: string | null): number {
  return compareCodePoints(a ?? "", b ?? "");
}

function isIncomplete(o: SeriesObservation): boolean {
  return o.flags.includes("incomplete");
}

/** Negative when `a` should be preferred over `b` (see pickPerYear for the rule). */
export function comparePreference(a: SeriesObservation, b: SeriesObservation): number {
  const ai = isIncomplete(a);
  const bi = isIncomplete(b);
  if (ai !== bi) return ai ? 1 : -1;
  if (a.sourceRank !== b.sourceRank) return a.sourceRank < b.sourceRank ? -1 : 1;
  // Newest vintage first: by date (ISO dates compare as text; a missing date is the oldest), then by label.
  const d = compareCodePoints(b.vintageDate ?? "", a.vintageDate ?? "");
  if (d !== 0) return d;
  const v = compareVintage(b.vintage, a.vintage);
  if (v !== 0) return v;
  return compareCodePoints(a.sourceKey, b.sourceKey);
}

/**
 * Choose one observation per year from all observations of one series.
 *
 * **Headline** (`{ mode: "headline" }`, the default on charts and tables) — the rule of lib/series/headline.ts,
 * in this order: for each year, among every source that reports that year, take the value
 * 1. not flagged "incomplete" (the flag is matched exactly, as SQL `'incomplete' = ANY(flags)` does),
 *    even from a worse-ranked source;
 * 2. then from the source with the lowest rank (fixed per source, lower is better);
 * 3. then the newest vintage: the later vintage date (YYYY-MM-DD; none is the oldest), then the greater label
 *    ("" or null is the oldest);
 * 4. then the source key in code point order, so that the choice never depends on query order.
 * The headline can therefore switch from one source to another between years ("splicing"): each
 * value in the result names the source it came from.
 *
 * **Same source** (`{ mode: "sameSource", sourceKey }`): only values from that one source are used;
 * years for which that source has no value are left out, never filled from another source. If the
 * source has several vintages for a year, rules 1 and 3 above pick among them.
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
