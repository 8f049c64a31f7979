import { describe, expect, it } from "vitest";
import { formatFactor, formatPct, formatSignedUsd, formatUsd } from "./format";

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
