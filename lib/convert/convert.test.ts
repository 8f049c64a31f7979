import { describe, expect, it } from "vitest";
import { mulDivDecimal } from "../decimal";
import type { ObservationRow } from "../series/types";
import { convertRowsToUsd, toUsd } from "./currency";
import { deflate, toConstantDollars } from "./real";
import { shareDefinition, sharePercent, shareRows } from "./shares";

const row = (seriesCode: string, year: number, value: string, extra: Partial<ObservationRow> = {}): ObservationRow => ({
  seriesCode,
  year,
  period: String(year),
  frequency: "A",
  value,
  sourceKey: "src:a",
  publisher: "Test publisher",
  vintage: "",
  vintageDate: "2024-01-01",
  flags: [],
  qualifier: null,
  asPublished: null,
  note: null,
  headline: true,
  sourceType: "official_database",
  ...extra,
});

describe("exact decimal arithmetic", () => {
  it("a × b ÷ c rounds half away from zero", () => {
    expect(mulDivDecimal("1", "2", "3", 2)).toBe("0.67");
    expect(mulDivDecimal("-1", "1", "8", 2)).toBe("-0.13");
    expect(mulDivDecimal("0.125", "1", "1", 2)).toBe("0.13");
    expect(() => mulDivDecimal("1", "1", "0", 2)).toThrow(/division by zero/);
  });
});

describe("deflate", () => {
  it("value × CPI(base) ÷ CPI(year)", () => {
    expect(deflate("100", "200", "300")).toBe("150");
    expect(deflate("100", "255.657", "313.689")).toBe("122.7");
  });

  it("converts annual and dated USD values, lists what it cannot convert", () => {
    const cpi = new Map([
      [2019, "255.657"],
      [2024, "313.689"],
    ]);
    const r = toConstantDollars(
      [
        row("trade.CHN.KAZ.X", 2019, "100"),
        row("trade.CHN.KAZ.X", 2018, "100"),
        row("x", 2019, "5", { frequency: "R", period: "2005/2019" }),
      ],
      "USD",
      { baseYear: 2024, cpi },
    );
    expect(r.rows.map((x) => [x.year, x.value, x.flags])).toEqual([[2019, "122.7", ["derived"]]]);
    expect(r.skipped.map((s) => s.reason)).toEqual(["no CPI-U annual average for 2018", "a range value has no single year to deflate by"]);
    expect(() => toConstantDollars([], "USD", { baseYear: 2030, cpi })).toThrow(/base year 2030/);
    expect(toConstantDollars([row("x", 2019, "1")], "EUR million", { baseYear: 2024, cpi }).rows).toEqual([]);
  });
});

describe("currency", () => {
  it("EUR ÷ EUR per USD", () => {
    expect(toUsd("418.5710085", "0.8453")).toBe("495.174504"); // 0.8453 × 495.174504 = 418.5710 (to the 6th decimal);
    const r = convertRowsToUsd([row("fdi.KAZ.CHN.inflow", 2021, "100"), row("fdi.KAZ.CHN.inflow", 2030, "1")], {
      rateSeries: "fx.USA.EMU.EUR_per_USD",
      currency: "EUR",
      rates: new Map([[2021, "0.8"]]),
      code: "fdi.KAZ.CHN.inflow_usd_derived",
    });
    expect(r.rows.map((x) => [x.seriesCode, x.value, x.flags])).toEqual([["fdi.KAZ.CHN.inflow_usd_derived", "125", ["derived"]]]);
    expect(r.skipped).toHaveLength(1);
  });
});

describe("shares", () => {
  it("uses one source's four figures per year, never a mix", () => {
    const def = shareDefinition("KAZ", "CHN");
    const rows = [
      row("trade.KAZ.CHN.X", 2019, "10", { sourceKey: "comtrade" }),
      row("trade.KAZ.CHN.X", 2019, "11", { sourceKey: "dots" }),
      row("trade.KAZ.CHN.M", 2019, "10", { sourceKey: "comtrade" }),
      row("trade.KAZ.CHN.M", 2019, "9", { sourceKey: "dots" }),
      row("trade.KAZ.WLD.X", 2019, "60", { sourceKey: "dots" }),
      row("trade.KAZ.WLD.M", 2019, "40", { sourceKey: "dots" }),
    ];
    const [share] = shareRows(def, rows);
    expect([share!.sourceKey, share!.value, share!.seriesCode]).toEqual(["dots", "20", "trade.KAZ.CHN.share_of_total_derived"]);
    expect(sharePercent("1", "3")).toBe("33.33");
  });
});
