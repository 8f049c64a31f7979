// What the dashboard pages add to the API, on the seeded data: derived turnover and balance, year-end positions in
// annual views, every period for statements, the HS chapter group export, and negative values in CSV.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";

const root = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase;
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let one: Handler;
let exportRoute: Handler;

interface Body {
  observations: {
    year: number;
    value: number;
    flags: string[];
    period?: string;
    components?: { series: string; value: number; sign: number }[];
  }[];
}

const call = (handler: Handler, url: string, params: Record<string, string> = {}) =>
  handler(new NextRequest(new URL(url, "http://test.local")), { params: Promise.resolve(params) });
const series = async (code: string, query = ""): Promise<Body> => {
  const res = await call(one, `/api/series/${code}${query}`, { code });
  expect(res.status).toBe(200);
  return (await res.json()) as Body;
};
const pack = async <T>(file: string): Promise<T[]> =>
  parse(await readFile(path.join(root, "prisma/seed-data", file)), { columns: true, bom: true }) as T[];

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.MONITOR_CACHE = "off";
  one = (await import("../../app/api/series/[code]/route")).GET as unknown as Handler;
  exportRoute = (await import("../../app/api/export/route")).GET as unknown as Handler;
});

afterAll(async () => {
  const { db: client } = await import("../db/client");
  await client().$disconnect();
  const { pool } = await import("../db/pool");
  await pool().end();
  await db.drop();
});

describe("derived series", () => {
  it("turnover = headline exports + headline imports of the same year, with both components", async () => {
    const [t, x, m] = await Promise.all([
      series("trade.CHN.KAZ.turnover_derived", "?from=2015&to=2019"),
      series("trade.CHN.KAZ.X", "?from=2015&to=2019"),
      series("trade.CHN.KAZ.M", "?from=2015&to=2019"),
    ]);
    expect(t.observations.map((o) => o.year)).toEqual([2015, 2016, 2017, 2018, 2019]);
    for (const o of t.observations) {
      expect(o.value).toBe(x.observations.find((r) => r.year === o.year)!.value + m.observations.find((r) => r.year === o.year)!.value);
      expect(o.flags).toContain("derived");
      expect(o.components!.map((c) => c.series)).toEqual(["trade.CHN.KAZ.X", "trade.CHN.KAZ.M"]);
    }
  });

  it("a balance can be negative, and the CSV writes it as a number (no formula guard)", async () => {
    const b = await series("trade.KAZ.CHN.balance_derived");
    const negative = b.observations.filter((o) => o.value < 0);
    expect(negative.length).toBeGreaterThan(0);
    const res = await call(exportRoute, "/api/export?series=trade.KAZ.CHN.balance_derived&format=csv");
    const rows = parse(await res.text(), { columns: true }) as { year: string; value: string; flags: string; source: string }[];
    for (const o of negative) expect(rows.find((r) => Number(r.year) === o.year)!.value).toBe(String(o.value));
    expect(rows.every((r) => r.flags.includes("derived") && r.source.startsWith("trade.KAZ.CHN.X: "))).toBe(true);
  });
});

describe("annual views include year-end positions", () => {
  it("the FDI stock from China (dated 31 December) is annual, as in the data pack", async () => {
    const rows = (
      await pack<{ investor: string; series: string; unit: string; year: string; value: string }>("tidy/investment.csv")
    ).filter((r) => r.investor === "China" && r.series.startsWith("FDI inward stock") && r.unit === "EUR m");
    const stock = await series("fdi.KAZ.CHN.stock");
    expect(stock.observations).toHaveLength(rows.length);
    for (const r of rows) expect(stock.observations.find((o) => o.year === Number(r.year))!.value).toBe(Number(r.value));
  });
});

describe("statements: every period", () => {
  it("periods=all returns dated and range statements that an annual view leaves out", async () => {
    expect((await series("debt.KAZ.CHN.stock")).observations).toHaveLength(0);
    const all = await series("debt.KAZ.CHN.stock", "?periods=all");
    const quoted = (await pack<{ creditor: string; debtor_sector: string; value_usd: string }>("tidy/external_debt.csv")).find(
      (r) => r.creditor === "China" && r.debtor_sector === "all sectors",
    )!;
    expect(all.observations.map((o) => o.value)).toContain(Number(quoted.value_usd));
    expect(all.observations[0]!.period).toMatch(/Q\d/);
    const csv = await call(exportRoute, "/api/export?series=fdi.KAZ.CHN.cumulative_statement&periods=all&all=1&format=csv");
    const rows = parse(await csv.text(), { columns: true }) as { period: string }[];
    expect(rows.some((r) => r.period.includes("/"))).toBe(true);
  });
});

describe("group=hs-chapters", () => {
  it("exports every HS chapter series of the year", async () => {
    const chapters = (
      await pack<{ year: string; hs_level: string; reporter: string; flow: string; hs_code: string }>("tidy/trade_by_product.csv")
    ).filter((r) => r.hs_level === "HS2" && r.year === "2019");
    const expected = new Set(chapters.map((r) => `${r.reporter}.${r.flow}.${r.hs_code}`));
    const res = await call(exportRoute, "/api/export?group=hs-chapters&from=2019&to=2019&format=csv");
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { columns: true }) as { code: string; year: string }[];
    expect(rows.every((r) => r.year === "2019")).toBe(true);
    expect(new Set(rows.map((r) => r.code)).size).toBe(expected.size);
  });

  it("refuses an unknown group, or a group with series", async () => {
    const bad = await call(exportRoute, "/api/export?group=everything");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { parameter: string }).parameter).toBe("group");
    expect((await call(exportRoute, "/api/export?group=hs-chapters&series=trade.CHN.KAZ.X")).status).toBe(400);
    expect((await call(exportRoute, "/api/export?series=trade.CHN.KAZ.X&periods=some")).status).toBe(400);
  });
});
