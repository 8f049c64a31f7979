// Converted series on the seeded data, checked against the raw files themselves (computed here from the CSVs, not
// through the importers): constant 2024 dollars by CPI-U, FDI in USD at the Federal Reserve rate, trade shares — the
// last two as derived series of the one query module (lib/series/derived.ts), as the pages, API and exports read them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";

const root = path.resolve(import.meta.dirname, "../..");
const raw = (f: string) => readFile(path.join(root, "prisma/seed-data/raw", f));
let db: TestDatabase;
let q: typeof import("./queries");
let series: typeof import("../series/queries");

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  q = await import("./queries");
  series = await import("../series/queries");
});
afterAll(async () => {
  const { db: client } = await import("../db/client");
  await client().$disconnect();
  await db?.drop();
});

/** CPI-U annual average of a year from the BLS monthly file: the mean of its 12 months, to 3 decimals as BLS publishes. */
async function cpiFromFile(year: number): Promise<number> {
  const rows = parse(await raw("us_cpi_u_monthly_bls.csv"), { columns: true }) as { Date: string; Index: string }[];
  const months = rows.filter((r) => r.Date.startsWith(`${year}-`)).map((r) => Number(r.Index));
  expect(months).toHaveLength(12);
  return Number((months.reduce((a, b) => a + b, 0) / 12).toFixed(3));
}

describe("constant 2024 dollars", () => {
  it("2019 = value × CPI(2024) ÷ CPI(2019), for China's exports to Kazakhstan", async () => {
    const [cpi2019, cpi2024] = [await cpiFromFile(2019), await cpiFromFile(2024)];
    const [nominal] = await series.getObservations(["trade.CHN.KAZ.X"], { from: 2019, to: 2019 });
    const real = await q.getConstantDollarObservations("trade.CHN.KAZ.X", "USD", 2024, { from: 2019, to: 2019 });
    const row = real.rows[0]!;
    expect(Number(row.value)).toBeCloseTo((Number(nominal!.value) * cpi2024) / cpi2019, 1);
    expect(row.flags).toContain("derived");
    expect(row.note).toMatch(/Constant 2024 US dollars.*CPI-U/);
    expect(real.deflator).toMatchObject({ series: "prices.USA.USA.cpi_u", baseYear: 2024, baseIndex: String(cpi2024) });
  });

  it("the same 2019 value through /api/export, /api/series and /api/mirror with real=2024; gaps in % unchanged", async () => {
    const { NextRequest } = await import("next/server");
    const [cpi2019, cpi2024] = [await cpiFromFile(2019), await cpiFromFile(2024)];
    const [nominal] = await series.getObservations(["trade.CHN.KAZ.X"], { from: 2019, to: 2019 });
    const expected = (Number(nominal!.value) * cpi2024) / cpi2019;
    const exportGET = (await import("../../app/api/export/route")).GET;
    const csv = await (
      await exportGET(new NextRequest("http://localhost/api/export?series=trade.CHN.KAZ.X&from=2019&to=2019&real=2024"))
    ).text();
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Number(row!.value)).toBeCloseTo(expected, 1);
    expect(row!.unit).toBe("USD (constant 2024)");
    expect(row!.flags!.split(";")).toContain("derived");
    const seriesGET = (await import("../../app/api/series/[code]/route")).GET;
    const api = await seriesGET(new NextRequest("http://localhost/api/series/trade.CHN.KAZ.X?from=2019&to=2019&real=2024"), {
      params: Promise.resolve({ code: "trade.CHN.KAZ.X" }),
    });
    const body = (await api.json()) as { observations: { value: number | string }[] };
    expect(Number(body.observations[0]!.value)).toBeCloseTo(expected, 1);
    const mirrorGET = (await import("../../app/api/mirror/route")).GET;
    const mirror = async (extra: string) =>
      (await (
        await mirrorGET(new NextRequest(`http://localhost/api/mirror?exporter=CHN&importer=KAZ&from=2019&to=2019${extra}`))
      ).json()) as {
        rows: { exporterReported: number; gap: number; gapPctOfExporter: number }[];
        real: { baseYear: number; deflator: string } | null;
      };
    const [current, constant] = [await mirror(""), await mirror("&real=2024")];
    expect(current.real).toBeNull();
    expect(constant.real).toMatchObject({ baseYear: 2024, deflator: expect.stringMatching(/CPI-U/) });
    expect(constant.rows[0]!.exporterReported).toBeCloseTo(expected, 1);
    expect(constant.rows[0]!.gapPctOfExporter).toBeCloseTo(current.rows[0]!.gapPctOfExporter, 1);
    const refused = await mirrorGET(new NextRequest("http://localhost/api/mirror?exporter=CHN&importer=KAZ&real=1900"));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ parameter: "real" });
    const mirrorCsv = await (
      await exportGET(new NextRequest("http://localhost/api/export?view=mirror&exporter=CHN&importer=KAZ&from=2019&to=2019&real=2024"))
    ).text();
    const [mirrorRow] = parse(mirrorCsv, { columns: true }) as Record<string, string>[];
    expect(Number(mirrorRow!.exporter_reported_usd)).toBeCloseTo(expected, 1);
    expect(mirrorRow!.dollars).toMatch(/^constant 2024 US dollars \(US CPI-U/);
  });

  it("2025's annual CPI is the average of the 11 months published, and says so", async () => {
    const rows = await series.getObservations(["prices.USA.USA.cpi_u"], { from: 2025, to: 2025 });
    const data = parse(await raw("us_cpi_u_monthly_bls.csv"), { columns: true }) as { Date: string; Index: string }[];
    const months = data.filter((r) => r.Date.startsWith("2025-")).map((r) => Number(r.Index));
    expect(months).toHaveLength(11);
    expect(Number(rows[0]!.value)).toBeCloseTo(months.reduce((a, b) => a + b, 0) / 11, 3);
    expect(rows[0]!.note).toMatch(/11 months/);
  });
});

describe("FDI in US dollars", () => {
  it("2021 = the EUR value ÷ the file's 2021 EUR-per-USD rate; net stays net", async () => {
    const fx = parse(await raw("fx_annual_federal_reserve.csv"), { columns: true }) as Record<string, string>[];
    const rate = Number(fx.find((r) => r.Country === "Euro" && r.Date === "2021-01-01")!["Exchange rate"]);
    const [eur] = await series.getObservations(["fdi.KAZ.CHN.inflow"], { from: 2021, to: 2021 });
    const [usd] = await series.getObservations(["fdi.KAZ.CHN.inflow_usd_derived"], { from: 2021, to: 2021 });
    expect(Number(usd!.value)).toBeCloseTo(Number(eur!.value) / rate, 5);
    expect(usd!.seriesCode).toBe("fdi.KAZ.CHN.inflow_usd_derived");
    expect(usd!.flags).toContain("derived");
    expect(usd!.publisher).toBe(eur!.publisher);
  });
});

describe("trade shares", () => {
  it("China's share of Kazakhstan's trade and Kazakhstan's share of China's, each from one source's own figures", async () => {
    const kaz = await series.getObservations(["trade.KAZ.CHN.share_of_total_derived"], { from: 2019, to: 2019 });
    const all = await series.getObservations(["trade.KAZ.CHN.X", "trade.KAZ.CHN.M", "trade.KAZ.WLD.X", "trade.KAZ.WLD.M"], {
      from: 2019,
      to: 2019,
      all: true,
    });
    const from = (code: string) => Number(all.find((r) => r.seriesCode === code && r.sourceKey === kaz[0]!.sourceKey)!.value);
    const expected = ((from("trade.KAZ.CHN.X") + from("trade.KAZ.CHN.M")) / (from("trade.KAZ.WLD.X") + from("trade.KAZ.WLD.M"))) * 100;
    expect(Number(kaz[0]!.value)).toBeCloseTo(expected, 2);
    const chn = await series.getObservations(["trade.CHN.KAZ.share_of_total_derived"], { from: 2019, to: 2019 });
    expect(Number(chn[0]!.value)).toBeGreaterThan(0);
    expect(Number(chn[0]!.value)).toBeLessThan(Number(kaz[0]!.value));
  });
});
