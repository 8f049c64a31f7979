import { describe, expect, it } from "vitest";
import { formatAmount, formatFactor, formatFull, formatPct, formatSignedUsd, formatTick, formatUsd, niceAxis } from "./format";

describe("format", () => {
  it("formatUsd keeps a fixed number of decimals per magnitude", () => {
    expect(formatUsd(27954331004)).toBe("27.95 bn USD");
    expect(formatUsd(14.9e9)).toBe("14.90 bn USD");
    expect(formatUsd(857718000)).toBe("857.7 m USD");
    expect(formatUsd(-402_200_000)).toBe("−402.2 m USD");
    expect(formatUsd(42_000)).toBe("42,000 USD");
    expect(formatUsd(1.2e9, { unit: false })).toBe("1.20 bn");
  });

  it("formatSignedUsd", () => {
    expect(formatSignedUsd(1.2e9)).toBe("+1.20 bn USD");
    expect(formatSignedUsd(-5e6)).toBe("−5.0 m USD");
    expect(formatSignedUsd(0)).toBe("0 USD");
  });

  it("formatPct and formatFactor", () => {
    expect(formatPct(45.79)).toBe("45.8 %");
    expect(formatPct(-4962.4)).toBe("−4,962.4 %");
    expect(formatFactor(1.1)).toBe("1.10");
    expect(formatFactor(1.06)).toBe("1.06");
    expect(formatFactor(1.075)).toBe("1.075");
    expect(formatFactor(1)).toBe("1.00");
  });
});

describe("formatAmount, formatTick and niceAxis", () => {
  it("formatAmount gives at most two decimals by default", () => {
    expect(formatAmount(12_729_100_679, "USD")).toBe("12.73 bn USD");
    expect(formatAmount(14.9e9, "USD")).toBe("14.9 bn USD");
    expect(formatAmount(857_718_000, "USD")).toBe("857.7 m USD");
    expect(formatAmount(1853.9, "EUR million")).toBe("1,854 m EUR");
    expect(formatAmount(45.79, "percent")).toBe("45.8 %");
    expect(formatAmount(-5e9, "USD")).toBe("−5 bn USD");
  });
  it("formatTick leaves the unit to the axis title", () => {
    expect(formatTick(14e9, "USD")).toBe("14 bn");
    expect(formatTick(5e8, "USD")).toBe("500 m");
    expect(formatTick(1500, "EUR million")).toBe("1,500");
    expect(formatTick(6.4, "percent")).toBe("6.4 %");
  });
  it("formatFull groups the integer part and keeps every decimal", () => {
    expect(formatFull("12729100679")).toBe("12,729,100,679");
    expect(formatFull("1853.9350543")).toBe("1,853.9350543");
    expect(formatFull("-402200000")).toBe("−402,200,000");
  });
  it("niceAxis starts at 0 with round ticks", () => {
    expect(niceAxis([27.9e9, 13.6e9, null, 0])).toEqual({ domain: [0, 30e9], ticks: [0, 5e9, 10e9, 15e9, 20e9, 25e9, 30e9] });
    expect(niceAxis([3.7e9], 4).ticks).toEqual([0, 1e9, 2e9, 3e9, 4e9]);
    expect(niceAxis([null])).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });
});
