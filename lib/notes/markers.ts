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

/**
 * Rows for markers at x positions: each marker goes on the first row where it does not overlap the previous marker
 * of that row; when all `maxRows` are taken, on the row that ends first. Returns the row of each marker, in input order.
 */
export function markerRows(markers: readonly { x: number; width: number }[], maxRows: number): number[] {
  const order = markers.map((_, i) => i).sort((a, b) => markers[a]!.x - markers[b]!.x);
  const rowEnds: number[] = [];
  const rows = new Array<number>(markers.length).fill(0);
  for (const i of order) {
    const m = markers[i]!;
    const left = m.x - m.width / 2;
    let row = rowEnds.findIndex((end) => end + 3 <= left);
    if (row === -1) row = rowEnds.length < maxRows ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = m.x + m.width / 2;
    rows[i] = row;
  }
  return rows;
}
