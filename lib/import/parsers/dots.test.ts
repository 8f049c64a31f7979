import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsvSync } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { type ImportRecord } from "../types";

import { dotsParser } from "./dots";
import { collect, expectValidStream, failure, obs, observations, tempDir } from "./test-helpers";

const RAW = fileURLToPath(new URL("../../../prisma/seed-data/raw/", import.meta.url));
const TIDY = fileURLToPath(new URL("../../../prisma/seed-data/tidy/", import.meta.url));
const KAZ_FILE = path.join(RAW, "DOTS_103.xlsx");
const CHN_FILE = path.join(RAW, "DOTS_40.xlsx");
const tmp = tempDir("dots-test-");

/** Copies a real DOTS export, lets `edit` change it, writes it to the temp dir. */
async function variant(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(KAZ_FILE);
  edit(wb);
  const file = path.join(tmp.path, name);
  await wb.xlsx.writeFile(file);
  return file;
}
/** Row of a partner name in column B, and column of a year in row 7, read independently of the parser. */
function locate(ws: ExcelJS.Worksheet, name: string, year: string): { row: number; col: number } {
  let row = 0;
  ws.eachRow((r, n) => {
    if (!row && n > 7 && r.getCell(2).value === name) row = n;
  });
  let col = 0;
  ws.getRow(7).eachCell((c, n) => {
    if (c.value === year) col = n;
  });
  if (!row || !col) throw new Error(`${name} ${year} not found`);
  return { row, col };
}

let kaz: ImportRecord[];
let chn: ImportRecord[];
beforeAll(async () => {
  kaz = await collect(dotsParser, KAZ_FILE);
  chn = await collect(dotsParser, CHN_FILE);
});

describe("dots parser on the real IMF DOTS exports", () => {
  it("produces records the pipeline accepts", () => {
    expectValidStream(kaz);
    expectValidStream(chn);
    expect(kaz[0]).toMatchObject({
      kind: "source",
      key: "imf-dots-web-export:KAZ",
      rank: 20,
      vintage: null,
      title: "IMF Direction of Trade Statistics (DOTS), web export",
    });
    expect(chn[0]).toMatchObject({ kind: "source", key: "imf-dots-web-export:CHN" });
  });

  it("reads Kazakhstan's imports from China: 1992 estimate and 2020", () => {
    const y1992 = obs(kaz, "trade.KAZ.CHN.M", "1992")!;
    expect(y1992).toMatchObject({ value: "244690000", flags: ["estimate"], line: 59, column: 3 });
    expect(y1992.asPublished).toContain("244.69 e");
    expect(obs(kaz, "trade.KAZ.CHN.M", "2020")).toMatchObject({ value: "6346496276", flags: [] });
    expect(kaz.find((r) => r.kind === "series" && r.code === "trade.KAZ.CHN.M")).toMatchObject({
      valuation: "CIF",
      unit: "USD",
      productCode: "TOTAL",
      productLevel: 0,
    });
    expect(kaz.find((r) => r.kind === "series" && r.code === "trade.KAZ.CHN.X")).toMatchObject({ valuation: "FOB" });
  });

  it("reads China's 2008 exports to Kazakhstan exactly as the cell holds them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(CHN_FILE);
    const ws = wb.getWorksheet("Exports, FOB")!;
    const { row, col } = locate(ws, "Kazakhstan, Rep. of", "2008");
    const cell = ws.getCell(row, col).value;
    expect(typeof cell).toBe("number");
    // millions → USD, done here with integer arithmetic on the cell's digits
    const [int, frac = ""] = String(cell).split(".");
    const expected = BigInt(int! + frac.padEnd(6, "0").slice(0, 6)).toString();
    expect(obs(chn, "trade.CHN.KAZ.X", "2008")).toMatchObject({ value: expected, line: row, column: col });
    expect(expected).toBe("9819611000");
  });

  it("agrees with every DOTS value transcribed in the data pack (both reporters, both flows, all years)", () => {
    const mirror = parseCsvSync(readFileSync(path.join(TIDY, "trade_mirror.csv")), { columns: true }) as Record<string, string>[];
    const rows = mirror.filter((r) => /DOTS_(103|40)\.xlsx/.test(r.source_url_or_path!));
    expect(rows.length).toBe(116);
    for (const r of rows) {
      const records = r.reporter === "KAZ" ? kaz : chn;
      const code = `trade.${r.reporter}.${r.partner}.${r.flow === "export" ? "X" : "M"}`;
      const o = obs(records, code, r.year!);
      expect(o?.value, `${code} ${r.year}`).toBe(r.value_usd);
      expect(o!.flags.includes("estimate"), `${code} ${r.year} flag`).toBe(r.flag!.includes("estimate"));
    }
  });

  it("imports all partners, rejects aggregates and the repeated Australia row", () => {
    expect(obs(kaz, "trade.KAZ.WLD.M", "1992")!.value).toBe("459549049.794298");
    expect(obs(kaz, "trade.KAZ.RUS.X", "2020")).toBeDefined();
    expect(obs(chn, "trade.CHN.SUN.X", "1990")).toBeDefined();
    const reasons = kaz.filter((r) => r.kind === "rejected").map((r) => (r.kind === "rejected" ? r.reason : ""));
    expect(reasons.some((r) => r.includes("European Union") && r.includes("aggregate, not a country"))).toBe(true);
    expect(reasons.some((r) => r.includes("Emerging and Developing Europe"))).toBe(true);
    expect(reasons.some((r) => r.includes("Australia") && r.includes("repeats row 8"))).toBe(true);
    expect(observations(kaz).some((o) => o.seriesCode.includes("EUR") || o.seriesCode.includes(".XXX."))).toBe(false);
  });

  it("detects DOTS workbooks by name and zip signature", () => {
    const head = readFileSync(KAZ_FILE).subarray(0, 64);
    expect(dotsParser.detect("DOTS_103.xlsx", head)).toBe(true);
    expect(dotsParser.detect("DOTS_103.xlsx", Buffer.from("year,value\n"))).toBe(false);
    expect(dotsParser.detect("Kazakhstan China Data.xlsx", head)).toBe(false);
  });
});

describe("dots parser: cell formats and malformed workbooks", () => {
  it("keeps every digit of numeric cells, handles exponents, '...' and empty cells", async () => {
    const file = await variant("cells.xlsx", (wb) => {
      const ws = wb.getWorksheet("Imports, CIF")!;
      const { row } = locate(ws, "China, P.R.: Mainland", "1992");
      ws.getCell(row, 3).value = 459.549123456;
      ws.getCell(row, 4).value = 1.5e-7;
      ws.getCell(row, 5).value = "...";
      ws.getCell(row, 6).value = null;
      ws.getCell(row, 7).value = "12.5";
    });
    const rs = await collect(dotsParser, file);
    expect(obs(rs, "trade.KAZ.CHN.M", "1992")!.value).toBe("459549123.456");
    expect(obs(rs, "trade.KAZ.CHN.M", "1993")!.value).toBe("0.15");
    expect(obs(rs, "trade.KAZ.CHN.M", "1994")).toBeUndefined();
    expect(obs(rs, "trade.KAZ.CHN.M", "1995")).toBeUndefined();
    expect(obs(rs, "trade.KAZ.CHN.M", "1996")!.value).toBe("12500000");
  });

  it("non-numeric value → sheet row and column, sheet named in the message", async () => {
    const file = await variant("nan.xlsx", (wb) => {
      const ws = wb.getWorksheet("Exports, FOB")!;
      const { row, col } = locate(ws, "China, P.R.: Mainland", "2000");
      ws.getCell(row, col).value = "12,5x";
    });
    const e = await failure(dotsParser, file);
    expect([e.line, e.column]).toEqual([59, 11]);
    expect(e.message).toContain('sheet "Exports, FOB"');
  });

  it("unknown partner or reporter name → error naming it", async () => {
    const partner = await variant("partner.xlsx", (wb) => {
      wb.getWorksheet("Imports, CIF")!.getCell(59, 2).value = "Atlantis, Rep. of";
    });
    const e1 = await failure(dotsParser, partner);
    expect([e1.line, e1.column]).toEqual([59, 2]);
    expect(e1.message).toContain("Atlantis");
    expect(e1.message).toContain('sheet "Imports, CIF"');
    const reporter = await variant("reporter.xlsx", (wb) => {
      wb.getWorksheet("Exports, FOB")!.getCell(4, 2).value = "Nowhere";
    });
    const e2 = await failure(dotsParser, reporter);
    expect([e2.line, e2.column]).toEqual([4, 2]);
  });

  it("wrong unit or a non-year column header → error", async () => {
    const unit = await variant("unit.xlsx", (wb) => {
      wb.getWorksheet("Exports, FOB")!.getCell(5, 2).value = "Euros, Millions";
    });
    expect([(await failure(dotsParser, unit)).line, (await failure(dotsParser, unit)).column]).toEqual([5, 2]);
    const year = await variant("year.xlsx", (wb) => {
      wb.getWorksheet("Exports, FOB")!.getCell(7, 5).value = "1994Q1";
    });
    const e = await failure(dotsParser, year);
    expect([e.line, e.column]).toEqual([7, 5]);
  });

  it("a workbook without the DOTS sheets, or not a workbook at all → error on line 1", async () => {
    const other = await variant("other.xlsx", (wb) => {
      wb.getWorksheet("Exports, FOB")!.name = "Sheet A";
      wb.getWorksheet("Imports, CIF")!.name = "Sheet B";
    });
    expect((await failure(dotsParser, other)).line).toBe(1);
    const notZip = path.join(tmp.path, "DOTS_1.xlsx");
    (await import("node:fs")).writeFileSync(notZip, "not a zip");
    expect((await failure(dotsParser, notZip)).message).toContain("xlsx");
  });
});
