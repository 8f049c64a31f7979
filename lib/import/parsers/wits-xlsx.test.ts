import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsvSync } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { roundDecimal } from "../../decimal";
import { createWitsXlsxParser, pairFromXlsxName, witsXlsxParser } from "./wits-xlsx";
import { collect, expectValidStream, failure, obs, observations, tempDir } from "./test-helpers";

const RAW = fileURLToPath(new URL("../../../prisma/seed-data/raw/", import.meta.url));
const TIDY = fileURLToPath(new URL("../../../prisma/seed-data/tidy/", import.meta.url));
const FILE = path.join(RAW, "Kazakhstan China Data.xlsx");
const tmp = tempDir("wits-xlsx-test-");

async function variant(name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FILE);
  edit(wb.worksheets[0]!);
  const file = path.join(tmp.path, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("wits-xlsx parser on the real sheet", () => {
  it("reads amounts (US$ thousand → USD) and China's shares (percent)", async () => {
    const rs = await collect(witsXlsxParser, FILE);
    expectValidStream(rs);
    expect(observations(rs)).toHaveLength(104);
    expect(obs(rs, "trade.KAZ.CHN.M", "1995")).toMatchObject({ value: "34665880", line: 54, column: 3 });
    expect(obs(rs, "trade.KAZ.CHN.M.share", "1995")).toMatchObject({ value: "0.91", line: 2 });
    expect(rs.find((r) => r.kind === "series" && r.code === "trade.KAZ.CHN.X.share")).toMatchObject({
      unit: "percent",
      domain: "trade",
      flow: "X_share",
    });
    expect(rs.find((r) => r.kind === "series" && r.code === "trade.KAZ.CHN.X")).toMatchObject({ unit: "USD", valuation: "FOB" });
  });

  it("agrees with every amount of this sheet transcribed in the data pack", async () => {
    const rs = await collect(witsXlsxParser, FILE);
    const mirror = parseCsvSync(readFileSync(path.join(TIDY, "trade_mirror.csv")), { columns: true }) as Record<string, string>[];
    const rows = mirror.filter((r) => r.source_url_or_path!.includes("Kazakhstan China Data.xlsx"));
    expect(rows).toHaveLength(52);
    for (const r of rows) {
      const code = `trade.${r.reporter}.${r.partner}.${r.flow === "export" ? "X" : "M"}`;
      // the data pack rounds to whole dollars; the sheet keeps the digits Excel stored
      expect(roundDecimal(obs(rs, code, r.year!)!.value, 0), `${code} ${r.year}`).toBe(r.value_usd);
    }
  });

  it("names reporter and partner from the file name", () => {
    expect(pairFromXlsxName("Kazakhstan China Data.xlsx")).toEqual({ reporter: "KAZ", partner: "CHN" });
    expect(pairFromXlsxName("/x/United States China Data.xlsx")).toEqual({ reporter: "USA", partner: "CHN" });
    expect(pairFromXlsxName("DOTS_103.xlsx")).toBeUndefined();
    expect(witsXlsxParser.detect("Kazakhstan China Data.xlsx", readFileSync(FILE).subarray(0, 64))).toBe(true);
  });
});

describe("wits-xlsx parser: malformed sheets", () => {
  it("unknown Type / non-numeric Value → row and column, sheet named", async () => {
    const type = await variant("Kazakhstan China Data.xlsx", (ws) => {
      ws.getCell(10, 2).value = "Import Qty";
    });
    const e1 = await failure(witsXlsxParser, type);
    expect([e1.line, e1.column]).toEqual([10, 2]);
    expect(e1.message).toContain('sheet "Sheet1"');
    const nan = await variant("Kazakhstan China Data.xlsx", (ws) => {
      ws.getCell(60, 3).value = "about 5";
    });
    const e2 = await failure(witsXlsxParser, nan);
    expect([e2.line, e2.column]).toEqual([60, 3]);
  });

  it("wrong header → row 1, the wrong column", async () => {
    const file = await variant("Kazakhstan China Data.xlsx", (ws) => {
      ws.getCell(1, 2).value = "Kind";
    });
    const e = await failure(witsXlsxParser, file);
    expect([e.line, e.column]).toEqual([1, 2]);
  });

  it("no reporter/partner in the name → error on line 1; options fix it", async () => {
    const file = await variant("data.xlsx", () => {});
    const e = await failure(witsXlsxParser, file);
    expect([e.line, e.column]).toEqual([1, 1]);
    const rs = await collect(createWitsXlsxParser({ reporter: "KAZ", partner: "CHN" }), file);
    expect(obs(rs, "trade.KAZ.CHN.X", "2003")!.value).toBe("1653081000");
  });
});
