// Note markers: one badge per year, rows when close, merged when crowded, never overlapping.
import { describe, expect, it } from "vitest";
import { markerText, placeNoteMarkers, type PlacedMarker } from "./notes";

const range = { first: 1992, last: 2024, left: 0, right: 640 };
const xOf = (year: number) => ((year - 1992) / 32) * 640;

function overlaps(markers: PlacedMarker[]): boolean {
  return markers.some((a, i) => markers.some((b, j) => i < j && a.row === b.row && Math.abs(a.x - b.x) < (a.width + b.width) / 2));
}

describe("markerText", () => {
  it("writes one id, a range of consecutive ids, or a list", () => {
    expect(markerText(["N4"])).toBe("N4");
    expect(markerText(["N3", "N4", "N5"])).toBe("N3–5");
    expect(markerText(["N1", "N4"])).toBe("N1,N4");
  });
});

describe("placeNoteMarkers", () => {
  it("puts notes of one year in one badge and far-apart notes on the first row", () => {
    const placed = placeNoteMarkers(
      [
        { id: "N1", year: 1995 },
        { id: "N2", year: 2013 },
        { id: "N3", year: 2013 },
      ],
      range,
      xOf,
      12,
    );
    expect(placed.map((m) => [m.text, m.row])).toEqual([
      ["N1", 0],
      ["N2–3", 0],
    ]);
  });

  it("stacks close badges in rows and merges them when every row is taken, never overlapping", () => {
    const notes = Array.from({ length: 12 }, (_, i) => ({ id: `N${i + 1}`, year: 2010 + i }));
    const narrow = placeNoteMarkers(notes, { ...range, right: 300 }, (y) => ((y - 1992) / 32) * 300, 12, 3);
    expect(overlaps(narrow)).toBe(false);
    expect(Math.max(...narrow.map((m) => m.row))).toBe(2);
    expect(narrow.flatMap((m) => m.notes.map((n) => n.id)).sort()).toEqual(notes.map((n) => n.id).sort());
    expect(narrow.some((m) => m.notes.length > 1)).toBe(true);
    const wide = placeNoteMarkers(notes, { ...range, right: 3000 }, (y) => ((y - 1992) / 32) * 3000, 12, 3);
    expect(wide.every((m) => m.notes.length === 1 && m.row === 0)).toBe(true);
  });

  it("puts a span's badge in its middle and leaves out notes outside the years drawn", () => {
    const placed = placeNoteMarkers(
      [
        { id: "N1", year: 2020, yearTo: 2022 },
        { id: "N2", year: 1980 },
      ],
      range,
      xOf,
      12,
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]!.x).toBeCloseTo(xOf(2021));
  });
});
