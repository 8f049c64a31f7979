// Notes drawn on a chart: one marker per span of years (a statement about 2017–2020 sits over those years, an event on
// its year), labelled with the notes' stable references ("N12"), and laid out in rows above the plot so that markers
// never overlap. Pure functions, shared by every chart.

export interface MarkedNote {
  /** Stable reference a reader can cite ("N12"). */
  ref: string;
  yearFrom: number | null;
  yearTo: number | null;
}

export interface NoteMarker<N extends MarkedNote = MarkedNote> {
  /** "2017-2020": the span, also the marker's data-note attribute. */
  id: string;
  yearFrom: number;
  yearTo: number;
  label: string;
  notes: N[];
}

/**
 * The period a note speaks of, as a reader sees it: the label the source gave ("2023 (Jan-Oct)"), else the years
 * ("2017–2020", "2019"), else null for a note about no particular year (a methodology caveat).
 */
export function notePeriod(n: { periodLabel?: string | null; yearFrom: number | null; yearTo: number | null }): string | null {
  if (n.periodLabel) return n.periodLabel;
  if (n.yearFrom === null) return null;
  return n.yearTo !== null && n.yearTo !== n.yearFrom ? `${n.yearFrom}–${n.yearTo}` : String(n.yearFrom);
}

/** The language of notePeriod's text: a period label is the source's words, in the note's original language; years have none. */
export function notePeriodLang(n: {
  periodLabel?: string | null;
  titleLang?: string;
  original?: { language: string };
}): string | undefined {
  return n.periodLabel ? (n.original?.language ?? n.titleLang) : undefined;
}

/** The marker text for the notes of one span: "N12", "N12, N15", or "3 notes". */
export function markerLabel(refs: readonly string[]): string {
  if (refs.length <= 2) return refs.join(", ");
  return `${refs.length} notes`;
}

/** Markers for the dated notes that touch [from, to], one per span, in order of their first year. */
export function noteMarkers<N extends MarkedNote>(notes: readonly N[], range: { from: number; to: number }): NoteMarker<N>[] {
  const groups = new Map<string, NoteMarker<N>>();
  for (const n of notes) {
    if (n.yearFrom === null) continue;
    const yearTo = n.yearTo ?? n.yearFrom;
    if (yearTo < range.from || n.yearFrom > range.to) continue;
    const id = `${n.yearFrom}-${yearTo}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, yearFrom: n.yearFrom, yearTo, label: "", notes: [] }));
    g.notes.push(n);
  }
  const out = [...groups.values()].sort((a, b) => a.yearFrom - b.yearFrom || a.yearTo - b.yearTo);
  for (const g of out) g.label = markerLabel(g.notes.map((n) => n.ref));
  return out;
}

/** Width in pixels a marker's badge takes (11 px bold text). */
export function markerWidth(label: string): number {
  return Math.max(26, label.length * 6.6 + 10);
}

export interface PlacedMarker<N extends MarkedNote = MarkedNote> {
  marker: NoteMarker<N>;
  /** Centre of the badge, in pixels. */
  x: number;
  width: number;
}

/** One marker for the notes of two: the union of their spans, labelled "N3, N7" or "4 notes". */
export function mergeMarkers<N extends MarkedNote>(a: NoteMarker<N>, b: NoteMarker<N>): NoteMarker<N> {
  const seen = new Set(a.notes.map((n) => n.ref));
  const notes = [...a.notes, ...b.notes.filter((n) => !seen.has(n.ref))];
  const yearFrom = Math.min(a.yearFrom, b.yearFrom);
  const yearTo = Math.max(a.yearTo, b.yearTo);
  return { id: `${yearFrom}-${yearTo}`, yearFrom, yearTo, label: markerLabel(notes.map((n) => n.ref)), notes };
}

/**
 * Packs badges left to right (items in x order) into at most `maxRows` rows: each on the first row where it clears the
 * previous badge by `gap` px. When no row is free, the badge joins its left neighbour (`merge`, placed by `measure`
 * again) and packing starts over, so badges never overlap at any width. Shared by the charts and the figure renderer.
 */
export function packBadges<T>(
  items: readonly T[],
  options: { maxRows: number; gap: number; measure: (item: T) => { x: number; width: number }; merge: (left: T, right: T) => T },
): { item: T; x: number; width: number; row: number }[] {
  let list = [...items];
  for (;;) {
    const placed: { item: T; x: number; width: number; row: number }[] = [];
    const rowEnds: number[] = [];
    let blocked = -1;
    for (let i = 0; i < list.length; i++) {
      const { x, width } = options.measure(list[i]!);
      let row = 0;
      while (row < Math.max(1, options.maxRows) && rowEnds[row] !== undefined && rowEnds[row]! + options.gap > x - width / 2) row++;
      if (row === Math.max(1, options.maxRows)) {
        blocked = i;
        break;
      }
      rowEnds[row] = x + width / 2;
      placed.push({ item: list[i]!, x, width, row });
    }
    if (blocked <= 0) return placed;
    list = [...list.slice(0, blocked - 1), options.merge(list[blocked - 1]!, list[blocked]!), ...list.slice(blocked + 1)];
  }
}

/** The chart's badges (packBadges): neighbouring markers merge ("4 notes", the union of their years) where rows run out. */
export function fitMarkers<N extends MarkedNote>(
  placed: readonly PlacedMarker<N>[],
  maxRows: number,
): (PlacedMarker<N> & { row: number })[] {
  const sorted = [...placed].sort((p, q) => p.x - q.x);
  return packBadges(sorted, {
    maxRows,
    gap: 3,
    measure: (m) => ({ x: m.x, width: m.width }),
    merge: (left, right) => {
      const marker = mergeMarkers(left.marker, right.marker);
      return { marker, x: (left.x + right.x) / 2, width: markerWidth(marker.label) };
    },
  }).map((p) => ({ ...p.item, row: p.row }));
}
