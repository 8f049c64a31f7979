import { describe, expect, it } from "vitest";
import { sumDecimals } from "../decimal";
import { DERIVED_SERIES, deriveRows, expandCodes } from "./derived";
import type { ObservationRow } from "./types";

function row(seriesCode: string, year: number, value: string, extra: Partial<ObservationRow> = {}): ObservationRow {
  return {
    seriesCode,
    year,
    period: String(year),
    frequency: "A",
    value,
    sourceKey: "src:a",
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
  };
}

const turnover = DERIVED_SERIES.find((d) => d.code === "trade.CHN.KAZ.turnover_derived")!;
const balance = DERIVED_SERIES.find((d) => d.code === "trade.KAZ.CHN.balance_derived")!;

describe("sumDecimals", () => {
  it("adds and subtracts exactly, beyond float precision", () => {
    expect(
      sumDecimals([
        { value: "12729100679", sign: 1 },
        { value: "9741822440.5", sign: 1 },
      ]),
    ).toBe("22470923119.5");
    expect(
      sumDecimals([
        { value: "0.1", sign: 1 },
        { value: "0.2", sign: 1 },
      ]),
    ).toBe("0.3");
    expect(
      sumDecimals([
        { value: "6836749155", sign: 1 },
        { value: "8850000000.0000000001", sign: -1 },
      ]),
    ).toBe("-2013250845.0000000001");
    expect(
      sumDecimals([
        { value: "-228.2934967", sign: 1 },
        { value: "228.2934967", sign: 1 },
      ]),
    ).toBe("0");
  });
  it("refuses text that is not a decimal", () => {
    expect(() => sumDecimals([{ value: "1e9", sign: 1 }])).toThrow(/not a decimal/);
  });
});

describe("deriveRows", () => {
  it("X + M per year where both exist, flagged derived, citing both sources", () => {
    const rows = [
      row("trade.CHN.KAZ.X", 2019, "100", { sourceKey: "src:x" }),
      row("trade.CHN.KAZ.M", 2019, "40.5", { sourceKey: "src:m", vintage: "2021/22" }),
      row("trade.CHN.KAZ.X", 2020, "110"),
    ];
    const out = deriveRows(turnover, rows);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      seriesCode: turnover.code,
      year: 2019,
      value: "140.5",
      flags: ["derived"],
      vintage: "2021/22",
      headline: true,
    });
    expect(out[0]!.components!.map((c) => c.sourceKey)).toEqual(["src:x", "src:m"]);
  });

  it("X − M; carries the components' flags and marks a component from a statement", () => {
    const rows = [
      row("trade.KAZ.CHN.X", 2021, "9800000000", { sourceType: "news_statement", flags: ["rounded"] }),
      row("trade.KAZ.CHN.M", 2021, "8200000000", { flags: ["incomplete"] }),
    ];
    const [out] = deriveRows(balance, rows);
    expect(out!.value).toBe("1600000000");
    expect(out!.flags).toEqual(["derived", "from-statement", "incomplete", "rounded"]);
    expect(out!.sourceType).toBe("news_statement");
  });

  it("ignores values that are not the headline or not annual", () => {
    const rows = [
      row("trade.CHN.KAZ.X", 2019, "1", { headline: false }),
      row("trade.CHN.KAZ.M", 2019, "1"),
      row("trade.CHN.KAZ.X", 2019, "5", { frequency: "Q", period: "2019-Q1" }),
    ];
    expect(deriveRows(turnover, rows)).toEqual([]);
  });
});

describe("expandCodes", () => {
  it("expands derived codes into their stored components, once each", () => {
    const { stored, derived } = expandCodes([
      "trade.CHN.KAZ.turnover_derived",
      "trade.CHN.KAZ.balance_derived",
      "trade.CHN.KAZ.X",
      "fdi.KAZ.CHN.inflow",
    ]);
    expect(stored.sort()).toEqual(["fdi.KAZ.CHN.inflow", "trade.CHN.KAZ.M", "trade.CHN.KAZ.X"]);
    expect(derived.map((d) => d.flow)).toEqual(["turnover_derived", "balance_derived"]);
  });
});
