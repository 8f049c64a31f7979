import { describe, expect, it } from "vitest";
import { compareCodePoints, compareVintage, pickPerYear } from "./pick";
import type { SeriesObservation } from "./types";

function obs(
  year: number,
  value: string,
  sourceKey: string,
  sourceRank: number,
  vintage: string | null = "",
  flags: string[] = [],
): SeriesObservation {
  return { year, value, sourceKey, sourceLabel: sourceKey.toUpperCase(), sourceRank, vintage, flags };
}

describe("pickPerYear — headline (the rule of lib/series/headline.ts)", () => {
  it("takes the lowest rank and sorts by year", () => {
    const picked = pickPerYear([
      obs(2021, "3", "wits", 30),
      obs(2020, "1", "comtrade", 10),
      obs(2020, "2", "dots", 20),
      obs(2021, "4", "comtrade", 10),
    ]);
    expect(picked.map((o) => [o.year, o.sourceKey])).toEqual([
      [2020, "comtrade"],
      [2021, "comtrade"],
    ]);
  });

  it("splices across sources when the best source lacks a year", () => {
    const picked = pickPerYear([obs(2019, "1", "comtrade", 10), obs(2019, "2", "dots", 20), obs(2020, "3", "dots", 20)]);
    expect(picked.map((o) => `${o.year}:${o.sourceKey}`)).toEqual(["2019:comtrade", "2020:dots"]);
  });

  it("completeness beats rank: an incomplete value loses to any complete one", () => {
    // Kazakhstan 2021: Comtrade (rank 10) is incomplete partner detail; a quoted statement (rank 70) wins.
    const picked = pickPerYear([
      obs(2021, "2424023172", "comtrade", 10, "", ["incomplete"]),
      obs(2021, "8200000000", "statement", 70, "", ["rounded"]),
    ]);
    expect(picked[0]?.sourceKey).toBe("statement");
  });

  it("at equal rank prefers a value not flagged incomplete, even if older", () => {
    const picked = pickPerYear([obs(2020, "1", "a", 10, "2024", ["incomplete"]), obs(2020, "2", "b", 10, "2019")]);
    expect(picked[0]?.sourceKey).toBe("b");
  });

  it("when every value is incomplete, rank decides among them", () => {
    const picked = pickPerYear([obs(2020, "1", "wits", 30, "", ["incomplete"]), obs(2020, "2", "comtrade", 10, "", ["incomplete"])]);
    expect(picked[0]?.sourceKey).toBe("comtrade");
  });

  it("matches the flag exactly, as SQL `'incomplete' = ANY(flags)` does", () => {
    const picked = pickPerYear([obs(2020, "1", "a", 10, "", ["Incomplete "]), obs(2020, "2", "b", 20)]);
    expect(picked[0]?.sourceKey).toBe("a");
  });

  it("rank beats vintage", () => {
    const picked = pickPerYear([obs(2020, "1", "a", 20, "2025-06"), obs(2020, "2", "b", 10, "")]);
    expect(picked[0]?.sourceKey).toBe("b");
  });

  it("then prefers the newest vintage compared as text (SQL `vintage DESC`), empty oldest", () => {
    const picked = pickPerYear([
      obs(2020, "1", "a", 10, "2025-05"),
      obs(2020, "2", "a", 10, "2025-06"),
      obs(2020, "3", "a", 10, null),
      obs(2020, "4", "a", 10, ""),
    ]);
    expect(picked[0]?.value).toBe("2");
    // Text, not numbers: "2025-9" > "2025-10", exactly as PostgreSQL orders them.
    expect(pickPerYear([obs(2020, "9", "a", 10, "2025-9"), obs(2020, "10", "a", 10, "2025-10")])[0]?.value).toBe("9");
    // Labels are not understood: "older vintage" > "newer vintage" as text. The seeded WITS files only pick
    // correctly because their ranks differ (30 vs 36); this pins the SQL behaviour, it does not endorse it.
    expect(pickPerYear([obs(2020, "old", "w", 30, "older vintage"), obs(2020, "new", "w", 30, "newer vintage")])[0]?.value).toBe("old");
  });

  it("then the source key in code point order, independent of input order", () => {
    const a = obs(2020, "1", "alpha", 10, "v1");
    const b = obs(2020, "2", "beta", 10, "v1");
    expect(pickPerYear([a, b])[0]?.sourceKey).toBe("alpha");
    expect(pickPerYear([b, a])[0]?.sourceKey).toBe("alpha");
    // Upper case sorts before lower case in the C collation.
    expect(pickPerYear([obs(2020, "1", "b", 10), obs(2020, "2", "B", 10)])[0]?.sourceKey).toBe("B");
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

describe("compareVintage / compareCodePoints", () => {
  it("treats null and empty as oldest", () => {
    expect(compareVintage(null, "2020")).toBeLessThan(0);
    expect(compareVintage("", null)).toBe(0);
    expect(compareVintage("2021/22 vintage", "2020/21 vintage")).toBeGreaterThan(0);
  });

  it("orders by code point like the C collation (not UTF-16 code units)", () => {
    expect(compareCodePoints("a", "b")).toBeLessThan(0);
    expect(compareCodePoints("ab", "a")).toBeGreaterThan(0);
    expect(compareCodePoints("Z", "a")).toBeLessThan(0);
    // U+FF5E (fullwidth tilde) < U+1F600 (emoji) by code point, although the emoji's first code unit 0xD83D is smaller.
    expect(compareCodePoints("\uFF5E", "\u{1F600}")).toBeLessThan(0);
    expect("\uFF5E" < "\u{1F600}").toBe(false);
    expect(compareCodePoints("x\u{1F600}y", "x\u{1F600}y")).toBe(0);
  });
});

describe("pickPerYear validation", () => {
  it("rejects a non-integer year", () => {
    expect(() => pickPerYear([obs(2020.5, "1", "a", 1)])).toThrow(RangeError);
  });
});
