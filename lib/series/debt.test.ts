import { describe, expect, it } from "vitest";
import { summariseDebt } from "./debt";
import type { ObservationRow } from "./types";

const row = (
  seriesCode: string,
  period: string,
  frequency: ObservationRow["frequency"],
  value: string,
  sourceKey = "src:k",
): ObservationRow => ({
  seriesCode,
  year: Number(period.slice(0, 4)),
  period,
  frequency,
  value,
  sourceKey,
  publisher: "Test publisher",
  vintageDate: "2024-01-01",
  vintage: "",
  flags: ["rounded"],
  qualifier: null,
  asPublished: null,
  note: null,
  headline: true,
  sourceType: "news_statement",
});

describe("summariseDebt", () => {
  it("latest figure for China, the total of the same date and source, the share computed from them, the latest detail", () => {
    const s = summariseDebt([
      row("debt.KAZ.CHN.stock", "2025-Q1", "Q", "10"),
      row("debt.KAZ.WLD.stock", "2025-Q1", "Q", "160", "src:other"),
      row("debt.KAZ.WLD.stock", "2025-Q1", "Q", "200"),
      row("debt.KAZ.WLD.stock", "2020-10-01", "D", "150"),
      row("debt.KAZ.CHN.share_of_total", "2020-10-01", "D", "6.4"),
      row("debt.KAZ.CHN.stock_banks", "2020-10-01", "D", "1.2"),
      row("debt.KAZ.CHN.stock_cny", "2016-09-30", "D", "0.1"),
    ]);
    expect(s.china).toMatchObject({ value: "10", date: "2025-03-31", statement: true });
    expect(s.totalSameDate?.value).toBe("200");
    expect(s.computedSharePct).toBe(5);
    expect(s.quotedShare?.when).toBe("1 Oct 2020");
    expect(s.detail.map((d) => d.seriesCode)).toEqual(["debt.KAZ.CHN.stock_banks"]);
  });
  it("no figures, no summary", () => {
    expect(summariseDebt([])).toMatchObject({ china: null, totalSameDate: null, computedSharePct: null, quotedShare: null, detail: [] });
  });
});
