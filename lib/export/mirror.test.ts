import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { MirrorView } from "../mirror/get-mirror-view";
import { buildMirrorRows } from "../mirror/rows";
import { MIRROR_CSV_COLUMNS, mirrorCsv, mirrorFileName } from "./mirror";

const o = (year: number, value: string, sourceKey: string, flags: string[] = []) => ({
  year,
  value,
  sourceKey,
  sourceLabel: sourceKey === "evil" ? "=HYPERLINK(1)" : `${sourceKey} label`,
  sourceRank: 10,
  vintage: "",
  flags,
  qualifier: null,
  headline: true,
});

const rows = buildMirrorRows(
  [o(2019, "12729100679", "cn"), o(2020, "100", "cn")],
  [o(2019, "6788625828", "evil", ["rounded"])],
  new Map(),
  { cifFob: 1.06, pick: { mode: "headline" } },
);
const view: MirrorView = {
  exporter: "CHN",
  importer: "KAZ",
  exporterName: "China",
  importerName: "Kazakhstan",
  hs: null,
  series: { exporter: "trade.CHN.KAZ.X", importer: "trade.KAZ.CHN.M" },
  from: 2019,
  to: 2020,
  cifFob: 1.06,
  band: [1.04, 1.1],
  pick: { mode: "headline" },
  headlineRule: "rule",
  rows,
  sources: [],
  availableSources: { exporter: [], importer: [] },
  real: null,
};

describe("mirror CSV", () => {
  const records = parse(mirrorCsv(view), { columns: true }) as Record<string, string>[];

  it("has the documented header and one row per year", () => {
    expect(mirrorCsv(view).split("\n")[0]).toBe(MIRROR_CSV_COLUMNS.join(","));
    expect(records.map((r) => r.year)).toEqual(["2019", "2020"]);
  });

  it("writes exact numbers and empty cells for missing values", () => {
    expect(records[0]).toMatchObject({
      exporter_reported_usd: "12729100679",
      importer_reported_usd: "6788625828",
      gap_usd: "5940474851",
      gap_pct_of_exporter: "46.67",
      cif_fob_factor: "1.06",
      band_low_factor: "1.04",
      band_high_factor: "1.1",
      hs: "TOTAL",
      reliable: "false", // a rounded figure, and the two sides from different sources
    });
    expect(records[1]).toMatchObject({
      importer_reported_usd: "",
      gap_usd: "",
      importer_source: "",
      flags: "missing-importer",
      reliable: "false",
    });
  });

  it("neutralises formula-like text", () => {
    expect(records[0]?.importer_source).toBe("'=HYPERLINK(1)");
  });

  it("file name from validated codes only", () => {
    expect(mirrorFileName(view, "csv")).toBe("china-kazakhstan-monitor_mirror_CHN-KAZ_2019-2020_cif-fob-1.06.csv");
    expect(mirrorFileName({ ...view, hs: "72", from: null, to: null }, "json")).toBe(
      "china-kazakhstan-monitor_mirror_CHN-KAZ_HS72_all-years_cif-fob-1.06.json",
    );
  });
});
