import { describe, expect, it } from "vitest";
import { aliasSources, formatTick, niceTicks, toChartData } from "./chart-data";
import type { ObservationRow } from "./types";

const obs = (seriesCode: string, year: number, value: string, extra: Partial<ObservationRow> = {}): ObservationRow => ({
  seriesCode,
  year,
  period: String(year),
  frequency: "A",
  value,
  sourceKey: "https://example.org/a-long-source",
  publisher: "Test publisher",
  vintageDate: "2024-01-01",
  vintage: "",
  flags: [],
  qualifier: null,
  asPublished: null,
  note: null,
  headline: true,
  sourceType: "official_database",
  ...extra,
});

describe("toChartData", () => {
  it("one row per year spanning the data within the range; year-end positions count as the year", () => {
    const { rows, meta } = toChartData(
      ["a", "b"],
      [
        obs("a", 2005, "1"),
        obs("b", 2007, "2", { frequency: "D", period: "2007-12-31" }),
        obs("b", 2006, "9", { frequency: "D", period: "2006-06-30" }),
      ],
      { from: 1992, to: 2024 },
    );
    expect(rows.map((r) => r.year)).toEqual([2005, 2006, 2007]);
    expect(rows[2]).toEqual({ year: 2007, a: null, b: 2 });
    expect(rows[1]!.b).toBeNull();
    expect(meta.b![2007]!.sourceKeys).toEqual(["https://example.org/a-long-source"]);
  });
  it("no data, no rows", () => {
    expect(toChartData(["a"], [], { from: 2000, to: 2010 }).rows).toEqual([]);
  });
});

describe("aliasSources", () => {
  it("replaces source keys by short aliases everywhere in the metadata", () => {
    const { meta } = toChartData(["a"], [obs("a", 2005, "1")], { from: 2005, to: 2005 });
    const { meta: aliased, alias } = aliasSources(meta, ["https://example.org/a-long-source"]);
    expect(alias.get("https://example.org/a-long-source")).toBe("s0");
    expect(aliased.a![2005]).toMatchObject({ sourceKey: "s0", sourceKeys: ["s0"] });
  });
});

describe("axis helpers", () => {
  it("formatTick leaves the unit to the axis title", () => {
    expect(formatTick(14e9, "USD")).toBe("14 bn");
    expect(formatTick(500e6, "USD")).toBe("500 m");
    expect(formatTick(-450, "EUR million")).toBe("-450");
    expect(formatTick(6.4, "percent")).toBe("6.4 %");
  });
  it("niceTicks are round and reach the maximum", () => {
    expect(niceTicks(3.7e9, 4)).toEqual([0, 1e9, 2e9, 3e9, 4e9]);
    expect(niceTicks(0)).toEqual([0]);
    const t = niceTicks(27_954_331_004, 5);
    expect(t.at(-1)!).toBeGreaterThanOrEqual(27_954_331_004);
  });
});
