import { describe, expect, it } from "vitest";
import { buildMirrorRows, toChartRows, unreliableLabel, type MirrorViewOptions } from "./rows";
import type { MirrorObservation } from "./types";
import { exporter, importer, obs, SOURCES } from "./test-fixtures";

describe("buildMirrorRows", () => {
  it("headline: incomplete values lose, sources splice per year and every row names them", () => {
    const rows = buildMirrorRows(exporter, importer, SOURCES, { cifFob: 1.06, pick: { mode: "headline" } });
    expect(rows.map((r) => [r.year, r.sources.exporter?.key, r.sources.importer?.key])).toEqual([
      [2018, "dots-cn", "dots-kz"],
      [2019, "ct-cn", "ct-kz"],
      [2020, "ct-cn", "dots-kz"], // Comtrade's 2020 import value is incomplete: DOTS wins
      [2021, "ct-cn", "quote"], // and in 2021 a rounded statement beats the incomplete Comtrade value
    ]);
    // 2020 mixes datasets and 2021 rests on a rounded quote: only the same-dataset, unflagged years are reliable.
    expect(rows.map((r) => r.reliable)).toEqual([true, true, false, false]);
    expect(rows[3]?.reliabilityReasons).toEqual([
      "rounded: a value is a rounded figure as quoted",
      "cross-source: the two sides come from different datasets",
    ]);
    expect(rows[3]?.importerFlags).toEqual(["rounded"]);
    expect(rows[3]?.gap).toBe(50);
  });

  it("cross-source only when the datasets differ (the two reporters' Comtrade files are one dataset)", () => {
    const rows = buildMirrorRows(exporter, importer, SOURCES, { cifFob: 1.06, pick: { mode: "headline" } });
    const flags = Object.fromEntries(rows.map((r) => [r.year, r.flags]));
    expect(flags[2018]).toEqual([]);
    expect(flags[2019]).toEqual([]);
    expect(flags[2020]).toEqual(["cross-source"]);
    expect(flags[2021]).toEqual(["rounded", "cross-source"]);
  });

  it("same source: no splicing, a missing year stays missing, flagged values are kept and flagged", () => {
    const rows = buildMirrorRows(exporter, importer, SOURCES, {
      cifFob: 1.06,
      pick: { mode: "same", exporterSource: "dots-cn", importerSource: "ct-kz" },
    });
    expect(rows.map((r) => [r.year, r.exporterReported, r.importerReported])).toEqual([
      [2018, 100, null],
      [2019, 110, 75],
      [2020, null, 20],
      [2021, null, 25],
    ]);
    expect(rows[0]?.flags).toEqual(["missing-importer"]);
    expect(rows[2]?.flags).toEqual(["incomplete", "missing-exporter"]);
    expect(rows[2]?.importerFlags).toEqual(["incomplete"]);
    // 2019 has both sides, but from two datasets (DOTS vs Comtrade): not reliable either.
    expect(rows.map((r) => r.reliable)).toEqual([false, false, false, false]);
    expect(rows[1]?.reliabilityReasons).toEqual(["cross-source: the two sides come from different datasets"]);
  });

  it("a side without any source picks nothing", () => {
    const rows = buildMirrorRows(exporter, [], SOURCES, {
      cifFob: 1.06,
      pick: { mode: "same", exporterSource: "ct-cn", importerSource: null },
    });
    expect(rows.every((r) => r.importerReported === null)).toBe(true);
  });

  it("filters to the range and applies the factor", () => {
    const rows = buildMirrorRows(exporter, importer, SOURCES, { from: 2019, to: 2019, cifFob: 1.25, pick: { mode: "headline" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.importerFob).toBe(60);
    expect(rows[0]?.fobBasisGap).toBe(60);
    expect(rows[0]?.unexplainedGap).toBe(45); // 120 − 75: the exporter reports more, so the whole gap is unexplained
  });
});

describe("toChartRows", () => {
  const rows = buildMirrorRows(exporter, importer, SOURCES, {
    cifFob: 1.06,
    pick: { mode: "same", exporterSource: "dots-cn", importerSource: "ct-kz" },
  });
  const chart = toChartRows(rows, { from: 2017, to: 2022, cifFob: 1.06 });

  it("has every year of the range, null where a side is missing", () => {
    expect(chart.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    expect(chart[0]).toMatchObject({
      exporter: null,
      importer: null,
      importerFobBand: null,
      unexplained: null,
      reliable: false,
      oneSideOnly: null,
    });
  });

  it("gives the FOB band of the importer's value and marks one-sided years", () => {
    const y2019 = chart.find((r) => r.year === 2019)!;
    expect(y2019.importerFobBand).toEqual([68.18, 72.12]); // 75 / 1.10, 75 / 1.04
    expect(y2019.unexplainedBand).toEqual([35, 35]); // the exporter reports more: none of the gap is CIF/FOB at any factor
    expect(y2019.oneSideOnly).toBeNull();
    expect(chart.find((r) => r.year === 2018)?.oneSideOnly).toBe(0);
    expect(chart.find((r) => r.year === 2020)?.flagLabel).toBeNull(); // no gap, no bar, no label
  });

  it("labels a bar built on flagged data", () => {
    const both = buildMirrorRows([obs(2020, "100", "a", 1)], [obs(2020, "20", "b", 1, ["incomplete"])], SOURCES, {
      cifFob: 1.06,
      pick: { mode: "headline" },
    });
    const [row] = toChartRows(both, { from: 2020, to: 2020, cifFob: 1.06 });
    expect(row?.flagLabel).toBe("incomplete");
    expect(row?.reliable).toBe(false);
    expect(unreliableLabel(["estimate", "incomplete", "rounded"])).toBe("estimate + incomplete");
    expect(unreliableLabel(["rounded"])).toBeNull();
  });
});

// The behaviour the former mirrorSeries twin was tested for, now on the function production uses.
function o(year: number, value: string, sourceKey = "comtrade", sourceRank = 10, flags: string[] = []): MirrorObservation {
  return obs(year, value, sourceKey, sourceRank, flags);
}
function rowsOf(ex: MirrorObservation[], im: MirrorObservation[], options: Partial<MirrorViewOptions> = {}) {
  return buildMirrorRows(ex, im, new Map(), { cifFob: 1, pick: { mode: "headline" }, ...options });
}

describe("buildMirrorRows: years, ranges, picks and the factor", () => {
  const cnX = [o(2013, "100"), o(2014, "200"), o(2015, "300"), o(2017, "500"), o(2014, "999", "dots", 20)];
  const kzM = [o(2014, "150"), o(2015, "400", "comtrade", 10, ["incomplete"]), o(2016, "10", "dots", 20), o(2019, "7")];

  it("one row per year where either side has data, ascending", () => {
    const rows = rowsOf(cnX, kzM);
    expect(rows.map((r) => r.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2019]);
    const y2014 = rows.find((r) => r.year === 2014)!;
    expect(y2014.gap).toBe(50);
    expect(y2014.sources.exporter?.key).toBe("comtrade");
    expect(rows.find((r) => r.year === 2013)?.flags).toEqual(["missing-importer"]);
    expect(rows.find((r) => r.year === 2015)?.flags).toEqual(["incomplete", "negative-gap"]);
    expect(rows.find((r) => r.year === 2016)?.flags).toEqual(["missing-exporter"]);
  });

  it("filters to [from, to] inclusive", () => {
    expect(rowsOf(cnX, kzM, { from: 2014, to: 2016 }).map((r) => r.year)).toEqual([2014, 2015, 2016]);
    expect(rowsOf(cnX, kzM, { from: 2016 }).map((r) => r.year)).toEqual([2016, 2017, 2019]);
    expect(rowsOf(cnX, kzM, { to: 2013 }).map((r) => r.year)).toEqual([2013]);
    expect(rowsOf(cnX, kzM, { from: 2018, to: 2018 })).toEqual([]);
    expect(rowsOf(cnX, kzM, { from: 2020, to: 2010 })).toEqual([]);
  });

  it("same-source mode uses one source on both sides with no splicing", () => {
    const rows = rowsOf(cnX, kzM, { pick: { mode: "same", exporterSource: "dots", importerSource: "dots" } });
    expect(rows.map((r) => r.year)).toEqual([2014, 2016]);
    expect(rows[0]?.exporterReported).toBe(999);
    expect(rows[0]?.importerReported).toBeNull();
  });

  it("takes a source chosen for each side", () => {
    const rows = rowsOf(cnX, kzM, {
      pick: { mode: "same", exporterSource: "comtrade", importerSource: "dots" },
    });
    const y2016 = rows.find((r) => r.year === 2016)!;
    expect(y2016.flags).toEqual(["missing-exporter"]);
    expect(rows.map((r) => r.year)).toEqual([2013, 2014, 2015, 2016, 2017]);
  });

  it("passes the factor through", () => {
    const rows = rowsOf([o(2020, "212")], [o(2020, "212")], { cifFob: 1.06 });
    expect(rows[0]?.importerFob).toBe(200);
    expect(rows[0]?.fobBasisGap).toBe(12);
    expect(rows[0]?.unexplainedGap).toBe(0); // equal figures: no gap to explain
  });
});
