import { describe, expect, it } from "vitest";
import { compareVintage, pickPerYear } from "./pick";
import type { SeriesObservation } from "./types";

function obs(year: number, value: string, sourceKey: string, sourceRank: number, vintage: string | null = "", flags: string[] = []): SeriesObservation {
  return { year, value, sourceKey, sourceLabel: sourceKey.toUpperCase(), sourceRank, vintage, flags };
}

describe("pickPerYear — headline", () => {
  it("takes the lowest rank and sorts by year", () => {
    const picked = pickPerYear([obs(2021, "3", "wits", 30), obs(2020, "1", "comtrade", 10), obs(2020, "2", "dots", 20), obs(2021, "4", "comtrade", 10)]);
    expect(picked.map((o) => [o.year, o.sourceKey])).toEqual([
      [2020, "comtrade"],
      [2021, "comtrade"],
    ]);
  });

  it("splices across sources when the best source lacks a year", () => {
    const picked = pickPerYear([obs(2019, "1", "comtrade", 10), obs(2019, "2", "dots", 20), obs(2020, "3", "dots", 20)]);
    expect(picked.map((o) => `${o.year}:${o.sourceKey}`)).toEqual(["2019:comtrade", "2020:dots"]);
  });

  it("at equal rank prefers a value not flagged incomplete, even if older", () => {
    const picked = pickPerYear([obs(2020, "1", "a", 10, "2024", ["incomplete"]), obs(2020, "2", "b", 10, "2019")]);
    expect(picked[0]?.sourceKey).toBe("b");
  });

  it("rank beats completeness", () => {
    const picked = pickPerYear([obs(2020, "1", "a", 10, "", ["incomplete"]), obs(2020, "2", "b", 20)]);
    expect(picked[0]?.sourceKey).toBe("a");
  });

  it("then prefers the newest vintage (numbers compared by value)", () => {
    const picked = pickPerYear([obs(2020, "1", "a", 10, "2025-9"), obs(2020, "2", "a", 10, "2025-10"), obs(2020, "3", "a", 10, null)]);
    expect(picked[0]?.value).toBe("2");
  });

  it("then the alphabetically first source key, independent of input order", () => {
    const a = obs(2020, "1", "alpha", 10, "v1");
    const b = obs(2020, "2", "beta", 10, "v1");
    expect(pickPerYear([a, b])[0]?.sourceKey).toBe("alpha");
    expect(pickPerYear([b, a])[0]?.sourceKey).toBe("alpha");
  });

  it("returns the original objects (extra fields survive)", () => {
    const o = { ...obs(2020, "1", "a", 1), note: "kept" };
    expect(pickPerYear([o])[0]).toBe(o);
  });

  it("handles no observations", () => {
    expect(pickPerYear([])).toEqual([]);
  });
});

describe("pickPerYear — sameSource", () => {
  const all = [
    obs(2018, "10", "comtrade", 10, "2023"),
    obs(2019, "11", "comtrade", 10, "2023"),
    obs(2019, "12", "comtrade", 10, "2024"),
    obs(2020, "99", "dots", 5),
    obs(2021, "13", "comtrade", 10, "2024"),
    obs(2021, "98", "dots", 5),
  ];

  it("uses only the chosen source and never fills a gap from another", () => {
    const picked = pickPerYear(all, { mode: "sameSource", sourceKey: "comtrade" });
    expect(picked.map((o) => o.year)).toEqual([2018, 2019, 2021]);
    expect(picked.every((o) => o.sourceKey === "comtrade")).toBe(true);
    // 2020 exists only in "dots" (with a better rank) and must stay absent.
    expect(picked.find((o) => o.year === 2020)).toBeUndefined();
  });

  it("picks the newest vintage within the source", () => {
    const picked = pickPerYear(all, { mode: "sameSource", sourceKey: "comtrade" });
    expect(picked.find((o) => o.year === 2019)?.value).toBe("12");
  });

  it("returns nothing for an unknown source", () => {
    expect(pickPerYear(all, { mode: "sameSource", sourceKey: "nope" })).toEqual([]);
  });

  it("differs from the headline, which takes the better-ranked source", () => {
    const headline = pickPerYear(all);
    expect(headline.map((o) => `${o.year}:${o.sourceKey}`)).toEqual(["2018:comtrade", "2019:comtrade", "2020:dots", "2021:dots"]);
  });
});

describe("compareVintage", () => {
  it("treats null and empty as oldest", () => {
    expect(compareVintage(null, "2020")).toBeLessThan(0);
    expect(compareVintage("", null)).toBe(0);
    expect(compareVintage("2021/22 vintage", "2020/21 vintage")).toBeGreaterThan(0);
  });
});

describe("pickPerYear validation", () => {
  it("rejects a non-integer year", () => {
    expect(() => pickPerYear([obs(2020.5, "1", "a", 1)])).toThrow(RangeError);
  });
});
