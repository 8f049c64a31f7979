import { describe, expect, it } from "vitest";
import { niceAxis as niceDomain } from "../format";
import { sourceLabel as shortSourceLabel } from "../labels";
import { buildChapterView, chapterLabelFromTitle, toChapterChartData } from "./chapters";
import { buildMirrorRows } from "./rows";
import { defaultSideSource, listSideSources, resolvePick, sameDataset } from "./sources";
import { flagPhrases, gapStory, latestReliableYear } from "./story";
import { exporter, importer, obs, SOURCES } from "./test-fixtures";

describe("listSideSources / defaultSideSource", () => {
  it("lists each source with its coverage, best rank first", () => {
    const list = listSideSources(importer, SOURCES);
    expect(list.map((s) => [s.key, s.years, s.firstYear, s.lastYear])).toEqual([
      ["ct-kz", 3, 2019, 2021],
      ["dots-kz", 3, 2018, 2020],
      ["quote", 1, 2021, 2021],
    ]);
    expect(list[1]?.label).toBe("DOTS (2021/22 vintage)");
  });

  it("counts only the years in range", () => {
    expect(listSideSources(importer, SOURCES, { from: 2020 }).map((s) => [s.key, s.years])).toEqual([
      ["ct-kz", 2],
      ["dots-kz", 1],
      ["quote", 1],
    ]);
  });

  it("defaults to the widest coverage, then the best rank, then the key", () => {
    expect(defaultSideSource(listSideSources(exporter, SOURCES))).toBe("ct-cn"); // 3 years vs 2
    expect(defaultSideSource(listSideSources(importer, SOURCES))).toBe("ct-kz"); // 3 = 3: rank 10 wins
    expect(defaultSideSource(listSideSources(importer, SOURCES, { to: 2019 }))).toBe("dots-kz"); // 2 years vs 1
    expect(defaultSideSource([])).toBeNull();
  });
});

describe("resolvePick", () => {
  const ex = listSideSources(exporter, SOURCES);
  const im = listSideSources(importer, SOURCES);
  it("keeps the headline rule", () => {
    expect(resolvePick({ mode: "headline" }, ex, im)).toEqual({ mode: "headline" });
  });
  it("uses a requested source the side has, else the default", () => {
    expect(resolvePick({ mode: "same", exporterSource: "dots-cn", importerSource: "nope" }, ex, im)).toEqual({
      mode: "same",
      exporterSource: "dots-cn",
      importerSource: "ct-kz",
    });
    expect(resolvePick({ mode: "same" }, ex, [])).toEqual({ mode: "same", exporterSource: "ct-cn", importerSource: null });
  });
});

describe("latestReliableYear and gapStory", () => {
  it("finds the latest reliable row", () => {
    const rows = buildMirrorRows(exporter, importer, SOURCES, {
      cifFob: 1.06,
      pick: { mode: "same", exporterSource: "ct-cn", importerSource: "ct-kz" },
    });
    expect(latestReliableYear(rows)).toBe(2019);
    expect(latestReliableYear([])).toBeNull();
  });

  const row = (e: string, i: string) =>
    buildMirrorRows([obs(2020, e, "a", 1)], [obs(2020, i, "b", 1)], SOURCES, { cifFob: 1.06, pick: { mode: "headline" } })[0];

  it("exporter reports more: CIF/FOB explains nothing and the FOB gap is larger", () => {
    const s = gapStory(row("27954331004", "15153469835"), 1.06)!;
    expect(s.case).toBe("exporter-higher");
    expect(s.gap).toBe(12800861169);
    expect(s.explainedByCifFob).toBe(0);
    expect(s.freightAndInsurance).toBeCloseTo(15153469835 - 15153469835 / 1.06, 1);
    expect(s.unexplainedGap).toBe(s.gap);
    expect(s.fobBasisGap).toBeGreaterThan(s.gap);
    expect(s.band).toEqual([1.04, 1.1]);
  });

  it("importer reports more, CIF/FOB explains part of it", () => {
    const s = gapStory(row("100", "120"), 1.06)!;
    expect(s.case).toBe("importer-higher-partly");
    expect(s.explainedByCifFob).toBe(6.79); // 120 − 120/1.06
    expect(s.unexplainedGap).toBe(-13.21);
  });

  it("importer reports more, CIF/FOB explains all of it", () => {
    const s = gapStory(row("100", "104"), 1.06)!;
    expect(s.case).toBe("importer-higher-explained");
    expect(s.explainedByCifFob).toBe(4); // capped at the gap
    expect(s.unexplainedGap).toBe(0);
    expect(s.fobBasisGap).toBe(1.89);
  });

  it("equal values, and a missing side gives no story", () => {
    expect(gapStory(row("100", "100"), 1.06)?.case).toBe("equal");
    expect(gapStory(undefined, 1.06)).toBeNull();
    const oneSided = buildMirrorRows([obs(2020, "1", "a", 1)], [], SOURCES, { cifFob: 1.06, pick: { mode: "headline" } })[0];
    expect(gapStory(oneSided, 1.06)).toBeNull();
  });
});

describe("flagPhrases", () => {
  it("names the side each flag concerns", () => {
    expect(
      flagPhrases(
        { flags: ["estimate", "negative-gap", "cross-source"], exporterFlags: [], importerFlags: ["estimate"] },
        { exporter: "China", importer: "Kazakhstan" },
      ),
    ).toEqual([
      { key: "side", name: "Kazakhstan", flag: "estimate" },
      { key: "crossSource" },
      { key: "negativeGap", exporter: "China", importer: "Kazakhstan" },
    ]);
    expect(
      flagPhrases({ flags: ["missing-importer"], exporterFlags: ["weird"], importerFlags: [] }, { exporter: "A", importer: "B" }),
    ).toEqual([
      { key: "missing", name: "B" },
      { key: "side", name: "A", flag: "weird" },
    ]);
  });
});

describe("buildChapterView", () => {
  const chapters = [
    {
      productCode: "72",
      productLabel: "Iron and steel",
      exporter: [obs(2024, "235461338", "ct-cn", 10)],
      importer: [obs(2024, "200359989", "ct-kz", 10), obs(2024, "1", "wits", 30, ["derived"])],
    },
    {
      productCode: "28",
      productLabel: "Inorganic chemicals",
      exporter: [obs(2024, "76161183", "ct-cn", 10)],
      importer: [obs(2024, "137133280", "ct-kz", 10)],
    },
    { productCode: "84", productLabel: "", exporter: [], importer: [obs(2024, "5", "wits", 30, ["derived"])] },
    {
      productCode: "26",
      productLabel: "Ores",
      exporter: [obs(2024, "10", "ct-cn", 10), obs(2023, "99", "ct-cn", 10)],
      importer: [obs(2023, "1", "ct-kz", 10)],
    },
    {
      productCode: "74",
      productLabel: "Copper",
      exporter: [obs(2024, "50", "ct-cn", 10)],
      importer: [obs(2024, "10", "ct-kz", 10, ["incomplete"])],
    },
  ];
  const view = buildChapterView(chapters, 2024, 1.06);

  it("compares only chapters with both sides in the year, largest absolute gap first", () => {
    expect(view.rows.map((r) => r.productCode)).toEqual(["28", "72", "74"]);
    expect(view.rows.map((r) => r.gap)).toEqual([-60972097, 35101349, 40]);
    expect(view.rows[1]?.importerSource?.key).toBe("ct-kz"); // the headline pick per chapter
    expect(view.exporterOnly.map((c) => c.productCode)).toEqual(["26"]);
    expect(view.importerOnly.map((c) => c.productCode)).toEqual(["84"]);
    expect(view.chapterGapSum).toBe(-25870708);
  });

  it("flags and ranks contributors", () => {
    expect(view.rows.find((r) => r.productCode === "74")?.reliable).toBe(false);
    expect(view.top.map((t) => t.productCode)).toEqual(["72", "74"]);
    const bars = toChapterChartData(view.top, view.rows);
    expect(bars.map((b) => [b.label, b.share, b.cumulative, b.reliable])).toEqual([
      ["HS 72 Iron and steel", "100.0 %", "100.0 %", true],
      ["HS 74 Copper", "0.0 %", "100.0 %", false],
    ]);
  });
});

describe("labels", () => {
  it("chapterLabelFromTitle", () => {
    expect(chapterLabelFromTitle("China exports to Kazakhstan — HS 26 Ores, slag and ash (as reported by China)")).toBe(
      "Ores, slag and ash",
    );
    expect(chapterLabelFromTitle("Kazakhstan imports from China — HS 84 (as reported by Kazakhstan)")).toBe("");
    expect(chapterLabelFromTitle("Total trade")).toBe("");
  });

  it("shortSourceLabel cuts at the first comma outside parentheses and adds the vintage", () => {
    expect(
      shortSourceLabel({
        title: "UN Comtrade (Comtrade Plus) CSV download, HS as reported (H4 in 2014 rows), cmdCode TOTAL",
        vintage: null,
      }),
    ).toBe("UN Comtrade (Comtrade Plus) CSV download");
    expect(
      shortSourceLabel({ title: "IMF Direction of Trade Statistics (DOTS), web export (2021/22 vintage)", vintage: "2021/22 vintage" }),
    ).toBe("IMF Direction of Trade Statistics (DOTS) (2021/22 vintage)");
    expect(shortSourceLabel({ title: "World Bank WITS (UN Comtrade, H4) HS4 extract aggregated to HS2", vintage: null })).toBe(
      "World Bank WITS (UN Comtrade, H4) HS4 extract aggregated to HS2",
    );
    expect(shortSourceLabel({ title: "Baldakova, Oyuna. 'Kazakhstan' (country profile), updated 24 May 2021", vintage: null })).toBe(
      "Baldakova, Oyuna. 'Kazakhstan' (country profile)",
    );
    expect(shortSourceLabel({ title: "x".repeat(120), vintage: null })).toHaveLength(80);
  });

  it("sameDataset", () => {
    expect(sameDataset(SOURCES.get("ct-cn"), SOURCES.get("ct-kz"))).toBe(true);
    expect(sameDataset(SOURCES.get("ct-cn"), SOURCES.get("dots-kz"))).toBe(false);
    expect(sameDataset(undefined, SOURCES.get("ct-kz"))).toBe(false);
  });
});

describe("niceDomain", () => {
  it("starts at 0 with round ticks", () => {
    expect(niceDomain([27.9e9, 13.6e9, null, 0])).toEqual({ domain: [0, 30e9], ticks: [0, 5e9, 10e9, 15e9, 20e9, 25e9, 30e9] });
  });
  it("ignores a sliver of negative values but keeps real ones", () => {
    expect(niceDomain([28e9, -20e6]).domain[0]).toBe(0);
    expect(niceDomain([16e9, -1.2e9]).domain).toEqual([-5e9, 20e9]);
  });
  it("copes with no data", () => {
    expect(niceDomain([null])).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });
});
