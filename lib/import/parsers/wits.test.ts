import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type SeriesRecord } from "../types";

import { witsParser, witsProduct } from "./wits";
import { collect, expectValidStream, failure, obs, observations, tempDir } from "./test-helpers";

const RAW = fileURLToPath(new URL("../../../prisma/seed-data/raw/", import.meta.url));
const FILE = path.join(RAW, "china_imports_from_world_reference_2015_2024_wits.csv");
const tmp = tempDir("wits-test-");

const realLines = readFileSync(FILE, "utf8")
  .split(/\r?\n/)
  .filter((l) => l !== "");
const HEADER = realLines[0]!;

describe("wits parser on the real WITS download", () => {
  it("reads every row, thousand USD → USD exactly", async () => {
    const rs = await collect(witsParser, FILE);
    expectValidStream(rs);
    expect(observations(rs)).toHaveLength(realLines.length - 1);
    // first data row: "H4","CHN","01-05_Animal","China","WLD"," World",2015,"Import",5,17411683.686
    expect(obs(rs, "trade.CHN.WLD.M.HS01-05_Animal", "2015")).toMatchObject({ value: "17411683686", line: 2, column: 10 });
    // last line of the file: "H4","CHN","WTO_H4_Petro",…,2024,"Import",5,354516595.971
    const last = realLines[realLines.length - 1]!;
    expect(last.endsWith(",354516595.971")).toBe(true);
    expect(observations(rs).find((o) => o.line === realLines.length)).toMatchObject({
      value: "354516595971",
      seriesCode: "trade.CHN.WLD.M.WTO_H4_Petro",
      period: "2024",
    });
    const section = rs.find((r): r is SeriesRecord => r.kind === "series" && r.code === "trade.CHN.WLD.M.HS01-05_Animal")!;
    expect(section).toMatchObject({ productCode: "01-05_Animal", productLevel: 1, valuation: "CIF", reporter: "CHN", partner: "WLD" });
    expect(rs.find((r) => r.kind === "series" && r.code === "trade.CHN.WLD.M.AllSubHeading")).toMatchObject({ productLevel: null });
    expect(rs[0]).toMatchObject({ kind: "source", key: "wits-trade-data:CHN:H4", datasetType: "official_database_via_third_party" });
  });

  it("detects the CSV by header and refuses Stata .dta files", () => {
    expect(witsParser.detect("x.csv", readFileSync(FILE).subarray(0, 2048))).toBe(true);
    const dta = path.join(RAW, "kazakhstan_exports_to_china_hs4_2015_2024_wits.dta");
    expect(witsParser.detect(path.basename(dta), readFileSync(dta).subarray(0, 2048))).toBe(false);
  });

  it("maps WITS product codes", () => {
    expect(witsProduct("Total")).toMatchObject({ productCode: "TOTAL", productLevel: 0, suffix: "" });
    expect(witsProduct("999999")).toMatchObject({ productCode: "TOTAL" });
    expect(witsProduct("26")).toMatchObject({ productCode: "26", productLevel: 2, suffix: ".HS26" });
    expect(witsProduct("0101")).toMatchObject({ productLevel: 4 });
    expect(witsProduct("010121")).toMatchObject({ productLevel: 6 });
    expect(witsProduct("25-26_Minerals")).toMatchObject({ productLevel: 1 });
    expect(witsProduct("123")).toBeNull();
  });
});

describe("wits parser: other rows and malformed files", () => {
  const row = realLines[1]!;
  it("exports, HS4 rows, totals and other flows", async () => {
    const file = tmp.write(
      "general.csv",
      [
        HEADER,
        '"H4","KAZ","0101","Kazakhstan","CHN","China",2015,"Export",6,355.509',
        '"H4","KAZ","Total","Kazakhstan","CHN","China",2015,"Export",6,5480137.487',
        '"H4","KAZ","Total","Kazakhstan","CHN","China",2015,"Re-Export",7,1.5',
        '"H4","KAZ","Total","Kazakhstan","EUN","European Union",2015,"Export",6,1.5',
      ].join("\r\n"),
    );
    const rs = await collect(witsParser, file);
    expectValidStream(rs);
    expect(obs(rs, "trade.KAZ.CHN.X.HS0101", "2015")!.value).toBe("355509");
    expect(obs(rs, "trade.KAZ.CHN.X", "2015")!.value).toBe("5480137487");
    expect(rs.filter((r) => r.kind === "rejected").map((r) => r.line)).toEqual([4, 5]);
  });

  it("wrong header → line 1, first wrong column", async () => {
    const e = await failure(witsParser, tmp.write("header.csv", [HEADER.replace('"Year"', '"Yr"'), row].join("\n")));
    expect([e.line, e.column]).toEqual([1, 7]);
  });

  it("truncated row → its line, first missing column", async () => {
    const e = await failure(
      witsParser,
      tmp.write("trunc.csv", [HEADER, row, '"H4","CHN","01-05_Animal","China","WLD"," World",2016'].join("\n")),
    );
    expect([e.line, e.column]).toEqual([3, 8]);
  });

  it("non-numeric value → its line and column", async () => {
    const e = await failure(witsParser, tmp.write("nan.csv", [HEADER, row, row.replace(/,[^,]+$/, ",n/a")].join("\n")));
    expect([e.line, e.column]).toEqual([3, 10]);
  });

  it("bad country code → its line and column", async () => {
    const e = await failure(witsParser, tmp.write("iso.csv", [HEADER, row.replace('"WLD"', '"W0"')].join("\n")));
    expect([e.line, e.column]).toEqual([2, 5]);
  });

  it("unknown product code → error", async () => {
    const e = await failure(witsParser, tmp.write("product.csv", [HEADER, row.replace("01-05_Animal", "Animals")].join("\n")));
    expect([e.line, e.column]).toEqual([2, 3]);
  });
});
