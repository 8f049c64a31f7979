import { createTranslator } from "next-intl";
import { MESSAGES } from "../i18n/messages";
import { describe, expect, it } from "vitest";
import { periodEndDate, periodLabel, type PeriodWords } from "./periods";

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

describe("periodLabel in another locale", () => {
  // The phrases of the catalogues' "dated" templates (what lib/i18n/dated-words.ts passes), the dates from Intl.
  const words = (locale: "ru" | "kk" | "zh"): PeriodWords => {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "dated" });
    return {
      locale,
      endOf: (period) => t("endOf", { period }),
      upTo: (period) => t("upTo", { period }),
      quarter: (quarter, year) => t("quarter", { quarter: String(quarter), year }),
    };
  };
  it.each([
    ["ru", "2020-10-01", "D", "1 окт. 2020 г."],
    ["ru", "2025-Q1", "Q", "на конец I квартала 2025 г."],
    ["ru", "../2025", "R", "по 2025"],
    ["kk", "2025-Q3", "Q", "2025 ж. III тоқсан соңы"],
    ["zh", "2025-Q2", "Q", "2025年第二季度末"],
    ["zh", "2020-10-01", "D", "2020年10月1日"],
    ["zh", "2023-01/2023-06", "R", "2023年1—6月"],
    ["ru", "2023-01/2023-06", "R", "янв.–июнь 2023\u202fг."],
  ] as const)("%s: %s (%s) → %s", (locale, period, frequency, label) => {
    expect(periodLabel(period, frequency, words(locale))).toBe(label);
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
