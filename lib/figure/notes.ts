// Note markers above the plot: one badge per year (or span), stacked in rows when close; when every row is taken a
// badge joins its neighbour ("N3–5"), so badges never overlap at any width.
import type { NoteMarkerSpec } from "./spec";
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
  let groups = [...byPosition.values()].sort((a, b) => a.x - b.x);
  const gap = fontSize * 0.3;
  for (;;) {
    const placed: PlacedMarker[] = [];
    const rowEnds: number[] = [];
    let blocked = -1;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const sorted = sortIds(g.notes);
      const text = markerText(sorted.map((n) => n.id));
      const width = textWidth(text, fontSize, true) + fontSize * 0.9;
      const x = Math.min(Math.max(g.x, range.left + width / 2), range.right - width / 2);
      let row = 0;
      while (row < maxRows && rowEnds[row] !== undefined && rowEnds[row]! + gap > x - width / 2) row++;
      if (row === maxRows) {
        blocked = i;
        break;
      }
      rowEnds[row] = x + width / 2;
      placed.push({ x, row, text, width, notes: sorted });
    }
    if (blocked === -1) return placed;
    // Every row is taken here: this badge joins the one before it, and the placement starts over.
    const prev = groups[blocked - 1]!;
    const merged = { x: (prev.x + groups[blocked]!.x) / 2, notes: [...prev.notes, ...groups[blocked]!.notes] };
    groups = [...groups.slice(0, blocked - 1), merged, ...groups.slice(blocked + 1)];
  }
}
