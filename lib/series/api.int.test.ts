// The first page's API on the seeded data, called through the real route handlers as the read-only web role.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureReadOnlyRole } from "../db/roles";
import { createTestDatabase, testRoleName, type TestDatabase } from "../testing/db";
import { importFiles } from "../import/pipeline";

const root = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase;
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let routes: { health: () => Promise<Response>; list: Handler; one: Handler; exportCsv: Handler };

interface PackRow {
  reporter: string;
  partner: string;
  flow: string;
  year: string;
  value_usd: string;
  source: string;
}
let pack: PackRow[];

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.WEB_DATABASE_URL = await ensureReadOnlyRole(db.url, { role: testRoleName(), password: "test-only-password" });
  routes = {
    health: (await import("../../app/api/health/route")).GET,
    list: (await import("../../app/api/series/route")).GET as unknown as Handler,
    one: (await import("../../app/api/series/[code]/route")).GET as unknown as Handler,
    exportCsv: (await import("../../app/api/export/route")).GET as unknown as Handler,
  };
  pack = parse(await readFile(path.join(root, "prisma/seed-data/tidy/trade_mirror.csv")), { columns: true, bom: true }) as PackRow[];
});

afterAll(async () => {
  const { db: client } = await import("../db/client");
  await client().$disconnect();
  const { pool } = await import("../db/pool");
  await pool().end();
  await db.drop();
});

const call = (handler: Handler, url: string, params: Record<string, string> = {}) =>
  handler(new NextRequest(new URL(url, "http://test.local")), { params: Promise.resolve(params) });

function packValue(reporter: string, flow: string, year: string, sourcePrefix: string): number {
  const row = pack.find((r) => r.reporter === reporter && r.flow === flow && r.year === year && r.source.startsWith(sourcePrefix));
  if (!row) throw new Error(`no pack row ${reporter} ${flow} ${year} ${sourcePrefix}`);
  return Number(row.value_usd);
}

describe("GET /api/health", () => {
  it("is ok while the database answers", async () => {
    const res = await routes.health();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok" });
  });
});

describe("GET /api/series", () => {
  it("lists the four annual trade totals with their sources", async () => {
    const res = await call(routes.list, "/api/series");
    expect(res.status).toBe(200);
    const { series } = (await res.json()) as { series: { code: string; unit: string; sources: { key: string }[] }[] };
    for (const code of ["trade.CHN.KAZ.X", "trade.CHN.KAZ.M", "trade.KAZ.CHN.X", "trade.KAZ.CHN.M"]) {
      const s = series.find((x) => x.code === code);
      expect(s?.unit).toBe("USD");
      expect(s!.sources.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("GET /api/series/{code}", () => {
  it("2019 China → Kazakhstan exports: China's figure (UN Comtrade) with its source", async () => {
    const res = await call(routes.one, "/api/series/trade.CHN.KAZ.X?from=2019&to=2019", { code: "trade.CHN.KAZ.X" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      observations: { year: number; value: number; source: string }[];
      sources: { key: string; publisher: string }[];
    };
    expect(body.observations).toHaveLength(1);
    const expected = packValue("CHN", "export", "2019", "UN Comtrade");
    expect(body.observations[0]!.value).toBe(expected);
    expect(expected / 1e9).toBeCloseTo(12.73, 2);
    expect(body.sources.map((s) => s.key)).toEqual([body.observations[0]!.source]);
    expect(body.sources[0]!.publisher).toMatch(/UN Comtrade/);
  });

  it("2019 Kazakhstan's imports from China: Kazakhstan's own figure; all=1 keeps every source", async () => {
    const res = await call(routes.one, "/api/series/trade.KAZ.CHN.M?from=2019&to=2019&all=1", { code: "trade.KAZ.CHN.M" });
    const body = (await res.json()) as { observations: { value: number; headline: boolean; source: string }[] };
    const headline = body.observations.filter((o) => o.headline);
    expect(headline).toHaveLength(1);
    expect(headline[0]!.value).toBe(packValue("KAZ", "import", "2019", "UN Comtrade"));
    expect(headline[0]!.value).toBeGreaterThan(6.5e9);
    expect(headline[0]!.value).toBeLessThan(6.8e9);
    const dots = packValue("KAZ", "import", "2019", "IMF Direction");
    expect(body.observations.map((o) => o.value)).toContain(dots);
    expect(new Set(body.observations.map((o) => o.source)).size).toBe(body.observations.length);
  });

  it("flags incomplete partner detail and prefers a complete figure for the headline", async () => {
    const res = await call(routes.one, "/api/series/trade.KAZ.CHN.M?from=2020&to=2022&all=1", { code: "trade.KAZ.CHN.M" });
    const body = (await res.json()) as { observations: { year: number; flags: string[]; headline: boolean }[] };
    const incomplete = body.observations.filter((o) => o.flags.includes("incomplete"));
    expect(incomplete.length).toBeGreaterThanOrEqual(3);
    for (const year of [2020, 2021, 2022]) {
      const h = body.observations.find((o) => o.year === year && o.headline);
      expect(h?.flags).not.toContain("incomplete");
    }
  });

  it.each([
    ["/api/series/trade.XXX.YYY.X", "trade.XXX.YYY.X", 404, "code"],
    ["/api/series/trade.CHN.KAZ.X?from=20x9", "trade.CHN.KAZ.X", 400, "from"],
    ["/api/series/trade.CHN.KAZ.X?from=2020&to=2019", "trade.CHN.KAZ.X", 400, "from"],
    ["/api/series/trade.CHN.KAZ.X?to=1800", "trade.CHN.KAZ.X", 400, "to"],
    ["/api/series/trade.CHN.KAZ.X?from=2019&from=2020", "trade.CHN.KAZ.X", 400, "from"],
    ["/api/series/trade.CHN.KAZ.X?all=maybe", "trade.CHN.KAZ.X", 400, "all"],
    ["/api/series/trade.CHN.KAZ.X?limit=5", "trade.CHN.KAZ.X", 400, "limit"],
    ["/api/series/DROP%20TABLE", "DROP TABLE", 400, "code"],
  ])("%s → %i naming %s", async (url, code, status, parameter) => {
    const res = await call(routes.one, url, { code });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: string; parameter: string };
    expect(body.parameter).toBe(parameter);
    expect(body.error.length).toBeGreaterThan(5);
  });
});

describe("GET /api/export", () => {
  it("CSV of the current view has the API's numbers", async () => {
    const res = await call(routes.exportCsv, "/api/export?series=trade.CHN.KAZ.X,trade.KAZ.CHN.M&from=2015&to=2019&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="china-kazakhstan-monitor_trade\.CHN\.KAZ\.X-and-1-more_2015-2019\.csv"/,
    );
    const rows = parse(await res.text(), { columns: true }) as { code: string; year: string; value: string; source: string }[];
    expect(rows).toHaveLength(10);
    for (const code of ["trade.CHN.KAZ.X", "trade.KAZ.CHN.M"]) {
      const api = (await (await call(routes.one, `/api/series/${code}?from=2015&to=2019`, { code })).json()) as {
        observations: { year: number; value: number }[];
      };
      for (const o of api.observations) expect(Number(rows.find((r) => r.code === code && Number(r.year) === o.year)!.value)).toBe(o.value);
    }
  });

  it("neutralises cells that would run as spreadsheet formulas", async () => {
    const file = path.join(root, "lib/series/testdata/formula-source.csv");
    await importFiles([file], { connectionString: db.url });
    const res = await call(routes.exportCsv, "/api/export?series=trade.CHN.KAZ.T&format=csv&all=1");
    const text = await res.text();
    const rows = parse(text, { columns: true }) as { source: string; source_location: string }[];
    const hostile = rows.find((r) => r.source.includes("HYPERLINK"));
    expect(hostile?.source.startsWith("'=")).toBe(true);
    expect(hostile?.source_location.startsWith("'@")).toBe(true);
  });

  it("refuses unknown series with 404 and bad parameters with 400", async () => {
    expect((await call(routes.exportCsv, "/api/export?series=trade.AAA.BBB.X")).status).toBe(404);
    const bad = await call(routes.exportCsv, "/api/export?series=trade.CHN.KAZ.X&format=xls");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { parameter: string }).parameter).toBe("format");
    expect((await call(routes.exportCsv, "/api/export")).status).toBe(400);
  });
});

describe("the web role", () => {
  it("can read but not write", async () => {
    const { db: client } = await import("../db/client");
    await expect(
      client().$executeRawUnsafe(
        `INSERT INTO "Source" (key, publisher, title, location, "datasetType", citation) VALUES ('x','x','x','x','x','x')`,
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await client().source.count()).toBeGreaterThan(10);
  });
});
