// Note markers above the plot: one badge per year (or span), stacked in rows when close; when every row is taken a
// badge joins its neighbour ("N3–5"), so badges never overlap at any width.
import type { NoteMarkerSpec } from "./spec";
import { packBadges } from "../notes/markers";
import { textWidth } from "./text";

export interface PlacedMarker {
  /** Centre of the badge, px. */
  x: number;
  row: number;
  text: string;
  width: number;
  notes: NoteMarkerSpec[];
}

/** "N1", "N1–3" (consecutive ids with one prefix), else "N1,N4". */
export function markerText(ids: string[]): string {
  if (ids.length === 1) return ids[0]!;
  const parts = ids.map((id) => /^(.*?)(\d+)$/.exec(id));
  const prefix = parts[0]?.[1];
  const numbers = parts.map((p) => (p && p[1] === prefix ? Number(p[2]) : NaN));
  const consecutive = numbers.every((n, i) => Number.isFinite(n) && (i === 0 || n === numbers[i - 1]! + 1));
  return consecutive ? `${ids[0]}–${numbers[numbers.length - 1]}` : ids.join(",");
}

function sortIds(notes: NoteMarkerSpec[]): NoteMarkerSpec[] {
  return [...notes].sort((a, b) => a.id.localeCompare(b.id, undefined, { numeric: true }));
}

interface Group {
  x: number;
  notes: NoteMarkerSpec[];
}

/**
 * Places the markers of `notes` (those within [first, last]) at `xOf(year)`, within [left, right] px, in at most
 * `maxRows` rows. `fontSize` is the badge's text size.
 */
export function placeNoteMarkers(
  notes: NoteMarkerSpec[],
  range: { first: number; last: number; left: number; right: number },
  xOf: (year: number) => number,
  fontSize: number,
  maxRows = 3,
): PlacedMarker[] {
  const byPosition = new Map<string, Group>();
  for (const n of notes) {
    const from = Math.max(n.year, range.first);
    const to = Math.min(n.yearTo ?? n.year, range.last);
    if (from > to) continue;
    const key = `${from}-${to}`;
    const group = byPosition.get(key) ?? { x: (xOf(from) + xOf(to)) / 2, notes: [] };
    group.notes.push(n);
    byPosition.set(key, group);
  }
  const groups = [...byPosition.values()].sort((a, b) => a.x - b.x);
  const measure = (g: Group) => {
    const text = markerText(sortIds(g.notes).map((n) => n.id));
    const width = textWidth(text, fontSize, true) + fontSize * 0.9;
    return { x: Math.min(Math.max(g.x, range.left + width / 2), range.right - width / 2), width, text };
  };
  return packBadges(groups, {
    maxRows,
    gap: fontSize * 0.3,
    measure,
    // Every row is taken here: this badge joins the one before it, and the placement starts over.
    merge: (prev, next) => ({ x: (prev.x + next.x) / 2, notes: [...prev.notes, ...next.notes] }),
  }).map(({ item, x, width, row }) => ({ x, row, width, text: measure(item).text, notes: sortIds(item.notes) }));
}
