import { describe, expect, it } from "vitest";
import { periodEndDate, periodLabel } from "./periods";

describe("periodLabel", () => {
  it.each([
    ["2019", "A", "2019"],
    ["2020-10-01", "D", "1 Oct 2020"],
    ["2025-Q1", "Q", "end of Q1 2025"],
    ["2023-01/2023-06", "R", "Jan–Jun 2023"],
    ["2023-01/2023-09", "R", "Jan–Sep 2023"],
    ["2005/2019", "R", "2005–2019"],
    ["../2025", "R", "up to 2025"],
  ] as const)("%s (%s) → %s", (period, frequency, label) => {
    expect(periodLabel(period, frequency)).toBe(label);
  });
});

describe("periodEndDate", () => {
  it.each([
    ["2019", "A", "2019-12-31"],
    ["2020-10-01", "D", "2020-10-01"],
    ["2025-Q1", "Q", "2025-03-31"],
    ["2024-02", "M", "2024-02-29"],
    ["2023-01/2023-06", "R", "2023-06-30"],
    ["../2025", "R", "2025-12-31"],
  ] as const)("%s (%s) ends %s", (period, frequency, date) => {
    expect(periodEndDate(period, frequency)).toBe(date);
  });
  it("refuses an unknown period", () => {
    expect(() => periodEndDate("sometime", "A")).toThrow(/unknown period/);
  });
});
