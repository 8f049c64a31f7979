// lib/format.ts in the non-English locales: Intl numbers with the glossary's unit words (docs/glossary.md §5).
import { describe, expect, it } from "vitest";
import { formatAmount, formatFactor, formatFull, formatPct, formatSignedUsd, formatTick, formatUsd, unitAxisLabel } from "./format";

const NBSP = "\u00a0";
// 12729100679: China's exports to Kazakhstan as UN Comtrade has them in the data pack (the example of issue 10).
const VALUE = 12729100679;

describe("formatAmount per locale", () => {
  it("writes Russian and Kazakh amounts with млрд and the unit words", () => {
    expect(formatAmount(VALUE, "USD", { locale: "ru" })).toBe(`12,7${NBSP}млрд${NBSP}долл. США`);
    expect(formatAmount(VALUE, "USD", { locale: "kk" })).toBe(`12,7${NBSP}млрд${NBSP}АҚШ доллары`);
    expect(formatUsd(VALUE, { locale: "ru" })).toBe(`12,73${NBSP}млрд${NBSP}долл. США`);
    // Kazakh is formatted with Russian's patterns (browsers' ICU lacks Kazakh's), with "45,8%".
    expect(formatUsd(42_000, { locale: "kk" })).toBe(`42${NBSP}000${NBSP}АҚШ доллары`);
    expect(formatUsd(857_700_000, { locale: "kk" })).toBe(`857,7${NBSP}млн${NBSP}АҚШ доллары`);
    expect(formatPct(45.8, undefined, "kk")).toBe("45,8%");
  });
  it("writes Chinese amounts in 亿 and 万 without spaces", () => {
    expect(formatAmount(VALUE, "USD", { locale: "zh" })).toBe("127.3亿美元");
    expect(formatUsd(857_700_000, { locale: "zh" })).toBe("8.6亿美元");
    expect(formatUsd(42_000, { locale: "zh" })).toBe("4.2万美元");
  });
  it("converts million units and keeps the minus sign", () => {
    expect(formatAmount(1854, "EUR million", { locale: "ru" })).toBe(`1${NBSP}854${NBSP}млн${NBSP}евро`);
    expect(formatAmount(1854, "EUR million", { locale: "zh" })).toBe("18.5亿欧元");
    expect(formatSignedUsd(-402_200_000, "ru")).toBe(`−402,2${NBSP}млн${NBSP}долл. США`);
    expect(formatAmount(-5e6, "USD", { locale: "zh", unit: false })).toBe("−500万");
  });
  it("leaves English as it was", () => {
    expect(formatAmount(VALUE, "USD")).toBe("12.73 bn USD");
    expect(formatAmount(VALUE, "USD", { locale: "en" })).toBe("12.73 bn USD");
  });
});

describe("other numbers per locale", () => {
  it("percent, factor, full precision, ticks and axis titles", () => {
    expect(formatPct(45.8, undefined, "ru")).toBe(`45,8${NBSP}%`);
    expect(formatPct(45.8, undefined, "zh")).toBe("45.8%");
    expect(formatFactor(1.1, "kk")).toBe("1,10");
    expect(formatFull("12729100679", "ru")).toBe(`12${NBSP}729${NBSP}100${NBSP}679`);
    expect(formatFull("-0.5", "kk")).toBe("−0,5");
    expect(formatTick(14e9, "USD", "zh")).toBe("140亿");
    expect(formatTick(14e9, "USD", "ru")).toBe(`14${NBSP}млрд`);
    expect(unitAxisLabel("USD", "kk")).toBe("АҚШ доллары");
  });
});

describe("amounts in constant dollars of a year (AidData's unit)", () => {
  it("word the unit in the locale", () => {
    expect(formatAmount(637e6, "USD (constant 2021)")).toBe("637 m USD (constant 2021)");
    expect(formatAmount(637e6, "USD (constant 2021)", { locale: "ru" })).toBe("637\u00a0млн\u00a0долл. США (в постоянных ценах 2021 г.)");
    expect(formatAmount(637e6, "USD (constant 2021)", { locale: "kk" })).toBe("637\u00a0млн\u00a0АҚШ доллары (2021 жылғы тұрақты бағамен)");
    expect(formatAmount(637e6, "USD (constant 2021)", { locale: "zh" })).toBe("6.4亿美元（2021年不变价）");
    expect(unitAxisLabel("USD (constant 2021)", "zh")).toBe("2021年不变价美元");
  });
});
