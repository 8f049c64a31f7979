import { describe, expect, it } from "vitest";
import { fitMarkers, markerWidth, mergeMarkers, noteMarkers, type PlacedMarker } from "./markers";

const note = (ref: string, yearFrom: number, yearTo: number | null = null) => ({ ref, yearFrom, yearTo });

function placed(n: number, spacing: number): PlacedMarker[] {
  const markers = noteMarkers(
    Array.from({ length: n }, (_, i) => note(`N${i + 1}`, 2000 + i)),
    { from: 2000, to: 2000 + n },
  );
  return markers.map((marker, i) => ({ marker, x: 20 + i * spacing, width: markerWidth(marker.label) }));
}

function overlaps(list: ReturnType<typeof fitMarkers>): boolean {
  return list.some((a, i) => list.some((b, j) => j > i && a.row === b.row && Math.abs(a.x - b.x) < (a.width + b.width) / 2));
}

describe("fitMarkers", () => {
  it("keeps every marker when there is room (rows as needed, up to the limit)", () => {
    const out = fitMarkers(placed(15, 60), 3);
    expect(out).toHaveLength(15);
    expect(out.every((m) => m.row === 0)).toBe(true);
    expect(fitMarkers(placed(6, 12), 3)).toHaveLength(6);
  });

  it("merges neighbours on a narrow chart so that no two badges overlap, and loses no note", () => {
    const input = placed(15, 8); // 15 markers in ~120 px of plot
    const out = fitMarkers(input, 3);
    expect(out.length).toBeLessThan(15);
    expect(overlaps(out)).toBe(false);
    expect(out.flatMap((m) => m.marker.notes.map((n) => n.ref)).sort()).toEqual(
      input.flatMap((m) => m.marker.notes.map((n) => n.ref)).sort(),
    );
    expect(out.some((m) => /notes$/.test(m.marker.label))).toBe(true);
  });

  it("merging spans the union of the years", () => {
    const [a, b] = noteMarkers([note("N1", 2010, 2012), note("N2", 2015)], { from: 2000, to: 2020 });
    expect(mergeMarkers(a!, b!)).toMatchObject({ id: "2010-2015", yearFrom: 2010, yearTo: 2015, label: "N1, N2" });
  });
});
