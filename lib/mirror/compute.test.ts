import { describe, expect, it } from "vitest";
import { computeMirrorGap, isReliable, mergeFlags, mirrorByProduct, mirrorRow, topContributors, unreliableReasons } from "./compute";

describe("computeMirrorGap — hand-checked cases", () => {
  it("E=106, I=112.36 at 1.06: the whole gap is CIF/FOB", () => {
    const g = computeMirrorGap("106", "112.36");
    expect(g.importerFob).toBe(106);
    expect(g.unexplainedGap).toBe(0);
    expect(Object.is(g.unexplainedGap, -0)).toBe(false);
    // The importer reports 6.36 more: exactly the freight and insurance at 1.06, so CIF/FOB explains all of it.
    expect(g.freightAndInsurance).toBe(6.36);
    expect(g.explainedByCifFob).toBe(-6.36);
    expect(g.fobBasisGap).toBe(0);
    expect(g.gap).toBeCloseTo(-6.36, 10);
    expect(g.gapPctOfExporter).toBe(-6);
    expect(g.gapPctOfImporter).toBe(-5.66);
    expect(g.unexplainedPctOfExporter).toBe(0);
    // band 1.04..1.10: freight at 1.04 = 112.36 − 108.04 = 4.32, so −2.04 stays unexplained; at 1.10 the freight
    // (10.21) covers the whole gap → 0. Like-for-like: 106 − 108.04 = −2.04; 106 − 102.15 = 3.85.
    expect(g.unexplainedLow).toBe(-2.04);
    expect(g.unexplainedHigh).toBe(0);
    expect(g.fobBasisLow).toBe(-2.04);
    expect(g.fobBasisHigh).toBe(3.85);
    const row = mirrorRow({ value: "106" }, { value: "112.36" });
    expect(row.flags).toContain("negative-gap");
  });

  it("E=100, I=0: gap 100, percentage of importer null", () => {
    const g = computeMirrorGap(100, 0);
    expect(g.gap).toBe(100);
    expect(g.gapPctOfExporter).toBe(100);
    expect(g.gapPctOfImporter).toBeNull();
    expect(g.importerFob).toBe(0);
    expect(g.unexplainedGap).toBe(100);
    expect(g.explainedByCifFob).toBe(0);
    expect(g.unexplainedLow).toBe(100);
    expect(g.unexplainedHigh).toBe(100);
  });

  it("missing exporter: every combined field null, importer-only fields kept", () => {
    const row = mirrorRow(null, { value: "500", sourceKey: "kz", flags: [] });
    expect(row.exporterReported).toBeNull();
    expect(row.importerReported).toBe(500);
    expect(row.gap).toBeNull();
    expect(row.gapPctOfExporter).toBeNull();
    expect(row.gapPctOfImporter).toBeNull();
    expect(row.unexplainedGap).toBeNull();
    expect(row.unexplainedLow).toBeNull();
    expect(row.unexplainedHigh).toBeNull();
    expect(row.unexplainedPctOfExporter).toBeNull();
    expect(row.importerFob).toBe(471.7);
    expect(row.freightAndInsurance).toBe(28.3);
    expect(row.explainedByCifFob).toBeNull();
    expect(row.flags).toEqual(["missing-exporter"]);
    expect(row.sources).toEqual({ exporter: null, importer: { key: "kz", label: "kz", vintage: null } });
    expect(isReliable(row)).toBe(false);
  });

  it("a side object with a null value counts as missing", () => {
    const row = mirrorRow({ value: null, sourceKey: "cn", flags: ["estimate"] }, { value: "1" });
    expect(row.gap).toBeNull();
    expect(row.flags).toEqual(["missing-exporter"]);
    expect(row.sources.exporter).toBeNull();
  });

  it("missing importer", () => {
    const row = mirrorRow({ value: "100" }, undefined);
    expect(row.gap).toBeNull();
    expect(row.importerFob).toBeNull();
    expect(row.explainedByCifFob).toBeNull();
    expect(row.flags).toEqual(["missing-importer"]);
  });

  it("both missing", () => {
    const row = mirrorRow(null, null);
    expect(row.gap).toBeNull();
    expect(row.flags).toEqual(["missing-exporter", "missing-importer"]);
  });

  it("zero exporter value: percentages null, gap still computed", () => {
    const g = computeMirrorGap("0.000000", "50");
    expect(g.gap).toBe(-50);
    expect(g.gapPctOfExporter).toBeNull();
    expect(g.unexplainedPctOfExporter).toBeNull();
    expect(g.gapPctOfImporter).toBe(-100);
  });

  it("keeps the gap exact on PostgreSQL numeric strings", () => {
    const g = computeMirrorGap("12729100679.000000", "6788625828.000000");
    expect(g.gap).toBe(5940474851);
    expect(g.gapPctOfExporter).toBe(46.67);
  });

  it("gap = explained + unexplained (to the cent), and the like-for-like gap = unexplained + freight when the exporter reports more", () => {
    const g = computeMirrorGap("9819611000", "4565061071", { cifFob: 1.0837 });
    expect(g.explainedByCifFob).toBe(0);
    expect(g.explainedByCifFob! + g.unexplainedGap!).toBeCloseTo(g.gap!, 2);
    expect(g.fobBasisGap! - g.freightAndInsurance!).toBeCloseTo(g.gap!, 2);
    const h = computeMirrorGap("106", "112.36");
    expect(h.explainedByCifFob! + h.unexplainedGap!).toBeCloseTo(h.gap!, 2);
    // Importer 20 % above: freight at 1.06 (6.79 of 120) explains part; the rest (−13.21) is unexplained.
    const k = computeMirrorGap(100, 120);
    expect([k.explainedByCifFob, k.unexplainedGap]).toEqual([-6.79, -13.21]);
  });

  it("rejects an invalid factor and bad numbers", () => {
    expect(() => computeMirrorGap(1, 1, { cifFob: 2 })).toThrow(/cifFob/);
    expect(() => computeMirrorGap("", 1)).toThrow(/exporterReported/);
    expect(() => computeMirrorGap(1, "n/a")).toThrow(/importerReported/);
  });
});

describe("CIF/FOB band", () => {
  it("low ≤ high for a positive gap, with 1.04 giving the smaller unexplained gap", () => {
    const g = computeMirrorGap(200, 104);
    // The exporter reports more: CIF/FOB explains none of it at any factor, so the unexplained band is the gap itself;
    // like-for-like, 104/1.04 = 100 → 100; 104/1.10 = 94.55 → 105.45.
    expect(g.unexplainedLow).toBe(96);
    expect(g.unexplainedHigh).toBe(96);
    expect(g.fobBasisLow).toBe(100);
    expect(g.fobBasisHigh).toBe(105.45);
    expect(g.unexplainedGap).toBeGreaterThanOrEqual(g.unexplainedLow!);
    expect(g.unexplainedGap).toBeLessThanOrEqual(g.unexplainedHigh!);
  });

  it("low ≤ high for a negative gap", () => {
    const g = computeMirrorGap(50, 110);
    expect(g.unexplainedLow).toBeLessThanOrEqual(g.unexplainedHigh!);
    expect(g.unexplainedLow).toBe(-55.77); // −60 + freight at 1.04 (110 − 105.77 = 4.23)
    expect(g.unexplainedHigh).toBe(-50); // −60 + freight at 1.10 (10)
  });

  it("the band widens to contain the chosen factor", () => {
    const g = computeMirrorGap(200, 120, { cifFob: 1.2 });
    expect(g.importerFob).toBe(100);
    expect(g.unexplainedGap).toBe(80);
    expect(g.fobBasisGap).toBe(100);
    expect(g.fobBasisHigh).toBe(100); // band [1.04, 1.2]
    expect(g.fobBasisLow).toBe(84.62); // 200 − 120/1.04
  });

  it("a factor of 1.0 explains nothing", () => {
    const g = computeMirrorGap(200, 120, { cifFob: 1.0 });
    expect(g.explainedByCifFob).toBe(0);
    expect(g.unexplainedGap).toBe(g.gap);
    expect(g.unexplainedLow).toBe(80);
  });
});

describe("flags", () => {
  it("unions both sides, de-duplicated, in a stable order", () => {
    const row = mirrorRow(
      { value: "100", sourceKey: "comtrade", flags: ["rounded", "estimate"] },
      { value: "90", sourceKey: "comtrade", flags: ["estimate", "Preliminary "] },
    );
    expect(row.flags).toEqual(["estimate", "preliminary", "rounded"]);
    expect(isReliable(row)).toBe(false);
  });

  it("marks cross-source and negative gaps, which are informational", () => {
    const row = mirrorRow(
      { value: "100", sourceKey: "cn-customs", sourceLabel: "GACC", vintage: "2024", flags: ["derived"] },
      { value: "120", sourceKey: "kz-bns", sourceLabel: "BNS", vintage: "", flags: ["rounded"] },
    );
    expect(row.flags).toEqual(["derived", "rounded", "negative-gap", "cross-source"]);
    // Mixed sources and flagged values make the row unreliable; a negative gap alone does not.
    expect(isReliable(row)).toBe(false);
    expect(unreliableReasons(row).map((r) => r.split(":")[0])).toEqual(["derived", "rounded", "cross-source"]);
    expect(isReliable({ flags: ["negative-gap"] })).toBe(true);
    expect(row.sources).toEqual({
      exporter: { key: "cn-customs", label: "GACC", vintage: "2024" },
      importer: { key: "kz-bns", label: "BNS", vintage: null },
    });
  });

  it("does not mark cross-source when the source is the same or unknown", () => {
    expect(mirrorRow({ value: 1, sourceKey: "x" }, { value: 1, sourceKey: "x" }).flags).toEqual([]);
    expect(mirrorRow({ value: 1 }, { value: 1 }).flags).toEqual([]);
  });

  it("incomplete data is carried and makes the row unreliable", () => {
    const row = mirrorRow({ value: "11703034898" }, { value: "1955285758", flags: ["incomplete"] });
    expect(row.flags).toEqual(["incomplete"]);
    expect(isReliable(row)).toBe(false);
  });

  it("isReliable", () => {
    expect(isReliable({ flags: [] })).toBe(true);
    expect(isReliable({ flags: ["negative-gap"] })).toBe(true);
    for (const f of [
      "estimate",
      "incomplete",
      "derived",
      "rounded",
      "preliminary",
      "missing-exporter",
      "missing-importer",
      "cross-source",
      "other",
    ]) {
      expect(isReliable({ flags: [f] })).toBe(false);
    }
  });

  it("mergeFlags puts unknown flags between observation and derived flags", () => {
    expect(mergeFlags(["cross-source", "zeta", "alpha", "estimate"], ["", "  "])).toEqual(["estimate", "alpha", "zeta", "cross-source"]);
  });
});

describe("mirrorByProduct", () => {
  const rows = mirrorByProduct([
    { productCode: "27", productLabel: "Mineral fuels", exporterReported: "100", importerReported: "160" },
    { productCode: "84", productLabel: "Machinery", exporterReported: "1000", importerReported: "400" },
    { productCode: "72", productLabel: "Iron and steel", exporterReported: "300", importerReported: null, importerFlags: ["incomplete"] },
    { productCode: "85", productLabel: "Electrical", exporterReported: "500", importerReported: "200", exporterFlags: ["estimate"] },
    { productCode: "61", productLabel: "Apparel", exporterReported: "120", importerReported: "60" },
    { productCode: "39", productLabel: "Plastics", exporterReported: "60", importerReported: "0" },
  ]);

  it("sorts by absolute gap descending (equal size: positive first, then code), missing last", () => {
    expect(rows.map((r) => r.productCode)).toEqual(["84", "85", "39", "61", "27", "72"]);
    expect(rows.map((r) => r.gap)).toEqual([600, 300, 60, 60, -60, null]);
  });

  it("computes shares of the sum of positive gaps (600+300+60+60 = 1020)", () => {
    const share = Object.fromEntries(rows.map((r) => [r.productCode, r.shareOfTotalGap]));
    expect(share).toEqual({ "84": 0.5882, "85": 0.2941, "27": -0.0588, "39": 0.0588, "61": 0.0588, "72": null });
  });

  it("carries flags per product", () => {
    expect(rows.find((r) => r.productCode === "72")?.flags).toEqual(["missing-importer"]);
    expect(rows.find((r) => r.productCode === "85")?.flags).toEqual(["estimate"]);
    expect(rows.find((r) => r.productCode === "27")?.flags).toEqual(["negative-gap"]);
    expect(rows.find((r) => r.productCode === "39")?.gapPctOfImporter).toBeNull();
  });

  it("has no sources field and keeps labels", () => {
    expect(rows[0]).not.toHaveProperty("sources");
    expect(rows[0]?.productLabel).toBe("Machinery");
  });

  it("shares are null when no product has a positive gap", () => {
    const r = mirrorByProduct([{ productCode: "01", productLabel: "x", exporterReported: 1, importerReported: 5 }]);
    expect(r[0]?.shareOfTotalGap).toBeNull();
  });

  it("rejects duplicate product codes", () => {
    expect(() =>
      mirrorByProduct([
        { productCode: "01", productLabel: "a" },
        { productCode: "01", productLabel: "b" },
      ]),
    ).toThrow(/01/);
  });

  it("topContributors returns the largest positive gaps with cumulative shares", () => {
    const top = topContributors(rows, 3);
    expect(top.map((r) => r.productCode)).toEqual(["84", "85", "39"]);
    expect(top.map((r) => r.cumulativeShare)).toEqual([0.5882, 0.8824, 0.9412]);
    expect(topContributors(rows, 0)).toEqual([]);
    expect(topContributors(rows, 99).map((r) => r.productCode)).toEqual(["84", "85", "39", "61"]);
    expect(topContributors(rows, 99).at(-1)?.cumulativeShare).toBe(1);
    expect(() => topContributors(rows, -1)).toThrow(RangeError);
  });
});
