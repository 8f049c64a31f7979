import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsvSync } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { roundDecimal } from "../../decimal";
import { createWitsApiParser, witsApiParser } from "./wits-api";
import { collect, expectValidStream, failure, obs, observations, tempDir } from "./test-helpers";

const RAW = fileURLToPath(new URL("../../../prisma/seed-data/raw/", import.meta.url));
const TIDY = fileURLToPath(new URL("../../../prisma/seed-data/tidy/", import.meta.url));
const FILE = path.join(RAW, "wits_total_trade_kazakhstan_china.csv");
const tmp = tempDir("wits-api-test-");

const [HEADER, ROW1, ROW2] = readFileSync(FILE, "utf8").split(/\r?\n/);

describe("wits-api parser on the real WITS totals file", () => {
  it("takes reporter and partner from the file name; thousand USD → USD", async () => {
    const rs = await collect(witsApiParser, FILE);
    expectValidStream(rs);
    expect(rs[0]).toMatchObject({ kind: "source", key: "wits-api:KAZ:CHN", rank: 30 });
    expect(observations(rs)).toHaveLength(58);
    expect(obs(rs, "trade.KAZ.CHN.M", "1995")).toMatchObject({ value: "34665884", line: 2, column: 6 });
    expect(obs(rs, "trade.KAZ.CHN.M", "2017")!.value).toBe("4694998733.36");
    expect(rs.find((r) => r.kind === "series" && r.code === "trade.KAZ.CHN.X")).toMatchObject({
      valuation: "FOB",
      productCode: "TOTAL",
      productLevel: 0,
    });
  });

  it("agrees with every value of this file transcribed in the data pack", async () => {
    const rs = await collect(witsApiParser, FILE);
    const mirror = parseCsvSync(readFileSync(path.join(TIDY, "trade_mirror.csv")), { columns: true }) as Record<string, string>[];
    const rows = mirror.filter((r) => r.source_url_or_path!.includes("wits_total_trade_kazakhstan_china.csv"));
    expect(rows).toHaveLength(58);
    for (const r of rows) {
      const code = `trade.${r.reporter}.${r.partner}.${r.flow === "export" ? "X" : "M"}`;
      // the data pack keeps whole dollars (2017 imports: 4694998.73336 thousand → 4694998733; 2021 exports
      // 6851902.4405 → 6851902440): the parser keeps every digit, so compare to within one dollar.
      const value = obs(rs, code, r.year!)!.value;
      expect(Math.abs(Number(value) - Number(r.value_usd)), `${code} ${r.year}: ${value} vs ${r.value_usd}`).toBeLessThan(1);
      expect(roundDecimal(value, 0).length).toBe(r.value_usd!.length);
    }
  });

  it("detects by header", () => {
    expect(witsApiParser.detect("anything.csv", readFileSync(FILE).subarray(0, 1024))).toBe(true);
  });
});

describe("wits-api parser: reporter/partner and malformed files", () => {
  it("a file name without the pattern → error at line 1 explaining; options fix it", async () => {
    const file = tmp.write("totals.csv", [HEADER, ROW1].join("\n"));
    const e = await failure(witsApiParser, file);
    expect([e.line, e.column]).toEqual([1, 1]);
    expect(e.message).toMatch(/reporter and partner/);
    const rs = await collect(createWitsApiParser({ reporter: "KAZ", partner: "CHN" }), file);
    expect(obs(rs, "trade.KAZ.CHN.M", "1995")!.value).toBe("34665884");
  });

  it("other country names in the file name", async () => {
    const rs = await collect(witsApiParser, tmp.write("wits_total_trade_china_kazakhstan.csv", [HEADER, ROW1].join("\n")));
    expect(obs(rs, "trade.CHN.KAZ.M", "1995")).toBeDefined();
    const e = await failure(witsApiParser, tmp.write("wits_total_trade_atlantis_china.csv", [HEADER, ROW1].join("\n")));
    expect(e.line).toBe(1);
  });

  it("wrong header → line 1, first wrong column", async () => {
    const e = await failure(
      witsApiParser,
      tmp.write("wits_total_trade_kazakhstan_china.csv", [HEADER!.replace("indicator_name", "name"), ROW1].join("\n")),
    );
    expect([e.line, e.column]).toEqual([1, 5]);
  });

  it("truncated row, non-numeric value → line and column", async () => {
    const name = "wits_total_trade_kazakhstan_china.csv";
    const e1 = await failure(witsApiParser, tmp.write(name, [HEADER, ROW1, "1996,Total,All Products"].join("\n")));
    expect([e1.line, e1.column]).toEqual([3, 4]);
    const e2 = await failure(witsApiParser, tmp.write(name, [HEADER, ROW1, ROW2!.replace(/,[^,]+$/, ",35.8.1")].join("\n")));
    expect([e2.line, e2.column]).toEqual([3, 6]);
  });

  it("other indicators are rejected, not errors", async () => {
    const rs = await collect(
      witsApiParser,
      tmp.write(
        "wits_total_trade_kazakhstan_china.csv",
        [HEADER, ROW1, "1995,Total,All Products,MPRT-PRTNR-SHR,Import Partner share(%),1.2"].join("\n"),
      ),
    );
    expect(rs.filter((r) => r.kind === "rejected")).toHaveLength(1);
  });
});
