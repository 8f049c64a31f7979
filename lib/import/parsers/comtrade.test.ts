import { aiddataGcdfParser } from "./aiddata-gcdf";
import { blsCpiParser } from "./bls-cpi";
import { fedFxParser } from "./fed-fx";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsvSync } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { type SeriesRecord } from "../types";

import { COMTRADE_COLUMNS, comtradeParser } from "./comtrade";
import { dotsParser } from "./dots";
import { wiiwParser } from "./wiiw";
import { witsParser } from "./wits";
import { witsApiParser } from "./wits-api";
import { witsXlsxParser } from "./wits-xlsx";
import { collect, expectValidStream, failure, obs, observations, tempDir } from "./test-helpers";

const RAW = fileURLToPath(new URL("../../../prisma/seed-data/raw/", import.meta.url));
const TIDY = fileURLToPath(new URL("../../../prisma/seed-data/tidy/", import.meta.url));
const CHN_FILE = path.join(RAW, "comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv");
const KAZ_FILE = path.join(RAW, "comtrade_kaz_reporter__EXCERPT_2014_partner_CHN.csv");
const tmp = tempDir("comtrade-test-");

/** What the pipeline checks: zod schemas, sources/series before their observations, no duplicate keys. */

/** The header and the data rows of an excerpt, as raw text lines. */
function lines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
}
/** A real data line with some fields replaced (field names from the header). */
function editRow(line: string, changes: Partial<Record<(typeof COMTRADE_COLUMNS)[number], string>>): string {
  const fields = parseCsvSync(line, { relax_column_count: true })[0] as string[];
  for (const [name, value] of Object.entries(changes)) fields[COMTRADE_COLUMNS.indexOf(name as (typeof COMTRADE_COLUMNS)[number])] = value!;
  return fields.map((f) => (f === "" ? "" : `"${f}"`)).join(",");
}

describe("comtrade parser on the real Comtrade Plus excerpts", () => {
  it("reads China's 2014 rows with partner Kazakhstan", async () => {
    const rs = await collect(comtradeParser, CHN_FILE);
    expectValidStream(rs);
    expect(rs.filter((r) => r.kind === "source")).toHaveLength(1);
    expect(observations(rs)).toHaveLength(16);
    const x = obs(rs, "trade.CHN.KAZ.X", "2014")!;
    expect(x).toMatchObject({
      value: "12709849378",
      frequency: "A",
      year: 2014,
      line: 17,
      column: 44,
      sourceKey: "uncomtrade-plus:CHN:HS",
    });
    expect(obs(rs, "trade.CHN.KAZ.M", "2014")!.value).toBe("9741822440");
    expect(obs(rs, "trade.CHN.KAZ.M.HS26", "2014")!.value).toBe("1155299111");
    const s = rs.find((r): r is SeriesRecord => r.kind === "series" && r.code === "trade.CHN.KAZ.X")!;
    expect(s).toMatchObject({
      reporter: "CHN",
      partner: "KAZ",
      flow: "X",
      valuation: "FOB",
      unit: "USD",
      productCode: "TOTAL",
      productLevel: 0,
    });
    expect(s.title).toContain("China exports to Kazakhstan");
    expect(s.title).toContain("as reported by China");
    const hs26 = rs.find((r): r is SeriesRecord => r.kind === "series" && r.code === "trade.CHN.KAZ.M.HS26")!;
    expect(hs26).toMatchObject({ valuation: "CIF", productCode: "26", productLevel: 2 });
    expect(hs26.title).toContain("HS 26 Ores, slag and ash");
  });

  it("reads Kazakhstan's 2014 rows, HS 26 and the total", async () => {
    const rs = await collect(comtradeParser, KAZ_FILE);
    expectValidStream(rs);
    expect(obs(rs, "trade.KAZ.CHN.X.HS26", "2014")!.value).toBe("1090230893");
    expect(obs(rs, "trade.KAZ.CHN.M", "2014")!.value).toBe("7357220265");
    expect(rs.find((r) => r.kind === "source")).toMatchObject({
      key: "uncomtrade-plus:KAZ:HS",
      rank: 10,
      datasetType: "official_database",
    });
  });

  it("agrees with every 2014 Comtrade value transcribed in the data pack", async () => {
    const all = [...(await collect(comtradeParser, CHN_FILE)), ...(await collect(comtradeParser, KAZ_FILE))];
    const byProduct = parseCsvSync(readFileSync(path.join(TIDY, "trade_by_product.csv")), { columns: true }) as Record<string, string>[];
    const rows = byProduct.filter((r) => r.year === "2014" && r.source_url_or_path!.includes("comtrade_"));
    expect(rows.length).toBeGreaterThanOrEqual(28);
    for (const r of rows) {
      const flow = r.flow === "export" ? "X" : "M";
      const code =
        r.hs_level === "TOTAL" ? `trade.${r.reporter}.${r.partner}.${flow}` : `trade.${r.reporter}.${r.partner}.${flow}.HS${r.hs_code}`;
      expect(obs(all, code, "2014")?.value, code).toBe(r.value_usd);
    }
  });

  it("detects by header, not by name", () => {
    const head = readFileSync(CHN_FILE).subarray(0, 4096);
    expect(comtradeParser.detect("anything.csv", head)).toBe(true);
    expect(comtradeParser.detect("x.csv", Buffer.from("year,product\n1995,Total\n"))).toBe(false);
  });
});

describe("comtrade parser: general downloads", () => {
  const [header, ...rows] = lines(CHN_FILE);
  const total = rows[15]!; // China exports, TOTAL

  it("accepts a BOM and CRLF line endings silently", async () => {
    const file = tmp.write("bom-crlf.csv", "\ufeff" + [header, ...rows].join("\r\n") + "\r\n");
    const rs = await collect(comtradeParser, file);
    expect(observations(rs).map((o) => [o.seriesCode, o.value, o.line])).toEqual(
      observations(await collect(comtradeParser, CHN_FILE)).map((o) => [o.seriesCode, o.value, o.line]),
    );
  });

  it("handles other reporters, the world partner, monthly data, HS4 and flags", async () => {
    const file = tmp.write(
      "general.csv",
      [
        header,
        editRow(total, {
          reporterCode: "643",
          reporterISO: "RUS",
          reporterDesc: "Russian Federation",
          partnerCode: "0",
          partnerISO: "W00",
          partnerDesc: "World",
        }),
        editRow(total, {
          freqCode: "M",
          refMonth: "3",
          period: "201403",
          refPeriodId: "20140301",
          isReported: "false",
          isAggregate: "true",
        }),
        editRow(total, { cmdCode: "2601", cmdDesc: "Iron ores", aggrLevel: "4", refYear: "2015" }),
        editRow(total, { flowCode: "RX", flowDesc: "Re-export" }),
        editRow(total, { partner2Code: "156" }),
        editRow(total, { customsCode: "C01" }),
        editRow(total, { motCode: "2000" }),
        editRow(total, { partnerCode: "899", partnerISO: "_X ", partnerDesc: "Areas, nes" }),
      ].join("\n") + "\n",
    );
    const rs = await collect(comtradeParser, file);
    expectValidStream(rs);
    expect(obs(rs, "trade.RUS.WLD.X", "2014")!.value).toBe("12709849378");
    expect(obs(rs, "trade.CHN.KAZ.X", "2014-03")).toMatchObject({ frequency: "M", year: 2014, note: "isReported=false; isAggregate=true" });
    expect(rs.find((r) => r.kind === "series" && r.code === "trade.CHN.KAZ.X.HS2601")).toMatchObject({
      productLevel: 4,
      productCode: "2601",
    });
    const rejected = rs.filter((r) => r.kind === "rejected");
    expect(rejected.map((r) => r.line)).toEqual([5, 6, 7, 8, 9]);
    expect(rejected.map((r) => (r.kind === "rejected" ? r.reason : "")).join("\n")).toMatch(
      /RX[\s\S]*partner2Code[\s\S]*customsCode[\s\S]*motCode[\s\S]*Areas, nes/,
    );
    expect(rs.filter((r) => r.kind === "source").map((r) => (r.kind === "source" ? r.key : ""))).toEqual([
      "uncomtrade-plus:RUS:HS",
      "uncomtrade-plus:CHN:HS",
    ]);
  });

  it("counts physical lines when a quoted field spans lines", async () => {
    const file = tmp.write("multiline.csv", [header, editRow(rows[0]!, { cmdDesc: "Ores,\nslag and ash" }), total].join("\n"));
    const rs = await collect(comtradeParser, file);
    expect(obs(rs, "trade.CHN.KAZ.X", "2014")!.line).toBe(4);
  });
});

describe("comtrade parser: malformed files", () => {
  const [header, ...rows] = lines(CHN_FILE);

  it("wrong header → line 1, first wrong column", async () => {
    const file = tmp.write("bad-header.csv", [header!.replace("refMonth", "refMnth"), ...rows].join("\n"));
    const e = await failure(comtradeParser, file);
    expect([e.line, e.column]).toEqual([1, 5]);
    expect(e.message).toContain("refMonth");
  });

  it("truncated row → its line, first missing column", async () => {
    const fields = parseCsvSync(rows[1]!, { relax_column_count: true })[0] as string[];
    const cut = fields
      .slice(0, 30)
      .map((f) => `"${f}"`)
      .join(",");
    const file = tmp.write("truncated.csv", [header, rows[0], cut, ...rows.slice(2)].join("\n"));
    const e = await failure(comtradeParser, file);
    expect([e.line, e.column]).toEqual([3, 31]);
  });

  it("non-numeric primaryValue → its line and column", async () => {
    const file = tmp.write("nan.csv", [header, rows[0], rows[1], editRow(rows[2]!, { primaryValue: "12,3x" })].join("\n"));
    const e = await failure(comtradeParser, file);
    expect([e.line, e.column]).toEqual([4, 44]);
    expect(e.message).toContain("primaryValue");
  });

  it("bad country code → its line and column", async () => {
    const reporter = tmp.write("bad-reporter.csv", [header, editRow(rows[0]!, { reporterISO: "C1N" })].join("\n"));
    const e1 = await failure(comtradeParser, reporter);
    expect([e1.line, e1.column]).toEqual([2, 8]);
    const partner = tmp.write("bad-partner.csv", [header, rows[0], editRow(rows[1]!, { partnerISO: "kaz" })].join("\n"));
    const e2 = await failure(comtradeParser, partner);
    expect([e2.line, e2.column]).toEqual([3, 13]);
  });

  it("a non-empty 48th field or an unknown frequency is an error", async () => {
    const extra = tmp.write("extra.csv", [header, rows[0]! + '"x"'].join("\n"));
    expect((await failure(comtradeParser, extra)).line).toBe(2);
    const freq = tmp.write("freq.csv", [header, editRow(rows[0]!, { freqCode: "Q" })].join("\n"));
    const e = await failure(comtradeParser, freq);
    expect([e.line, e.column]).toEqual([2, 2]);
  });
});

describe("detection of every raw file", () => {
  it("each raw file is claimed by exactly its parser; .dta files by none", async () => {
    const { readdirSync } = await import("node:fs");
    const parsers = [
      comtradeParser,
      dotsParser,
      witsParser,
      witsApiParser,
      witsXlsxParser,
      wiiwParser,
      blsCpiParser,
      fedFxParser,
      aiddataGcdfParser,
    ];
    const expected: Record<string, string | null> = {
      "DOTS_103.xlsx": "dots",
      "DOTS_40.xlsx": "dots",
      "Kazakhstan China Data.xlsx": "wits-xlsx",
      "china_imports_from_world_reference_2015_2024_wits.csv": "wits",
      "comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv": "comtrade",
      "comtrade_kaz_reporter__EXCERPT_2014_partner_CHN.csv": "comtrade",
      "wiiw_partners.csv": "wiiw",
      "wits_total_trade_kazakhstan_china.csv": "wits-api",
      "us_cpi_u_monthly_bls.csv": "bls-cpi",
      "fx_annual_federal_reserve.csv": "fed-fx",
      "aiddata_gcdf3_china_official_finance_to_kazakhstan_2000_2021.csv": "aiddata-gcdf",
      "SOURCES.txt": null,
    };
    for (const name of readdirSync(RAW)) {
      const head = readFileSync(path.join(RAW, name)).subarray(0, 65536);
      const claimed = parsers.filter((p) => p.detect(name, head)).map((p) => p.format);
      const want = name.endsWith(".dta") ? null : expected[name];
      expect(want, `unexpected raw file ${name}`).not.toBeUndefined();
      expect(claimed, name).toEqual(want ? [want] : []);
    }
  });
});
