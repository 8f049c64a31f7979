// The query cache (lib/cache.ts) behind the real route handlers, as the read-only web role: repeated requests are
// served from it, an import that changes data is visible on the next request (no restart, no explicit
// invalidation), and an import that changes nothing keeps the data version.
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureReadOnlyRole } from "./db/roles";
import { importFiles } from "./import/pipeline";
import { createTestDatabase, testRoleName, type TestDatabase } from "./testing/db";

const root = path.resolve(import.meta.dirname, "..");
const TRADE_MIRROR = path.join(root, "prisma/seed-data/tidy/trade_mirror.csv");
let db: TestDatabase;
let dir: string;
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let one: Handler;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "monitor-cache-"));
  process.env.DATABASE_URL = db.url;
  process.env.WEB_DATABASE_URL = await ensureReadOnlyRole(db.url, { role: testRoleName(), password: "test-only-password" });
  delete process.env.MONITOR_CACHE;
  one = (await import("../app/api/series/[code]/route")).GET as unknown as Handler;
});

afterAll(async () => {
  const { db: client } = await import("./db/client");
  await client().$disconnect();
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

async function chinaExports2019(): Promise<number> {
  const url = "/api/series/trade.CHN.KAZ.X?from=2019&to=2019";
  const res = await one(new NextRequest(new URL(url, "http://test.local")), { params: Promise.resolve({ code: "trade.CHN.KAZ.X" }) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { observations: { value: number }[] };
  return body.observations[0]!.value;
}

async function owner<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const version = () => owner(async (c) => Number((await c.query(`SELECT version FROM "DataVersion" WHERE id = 1`)).rows[0].version));

describe("query cache keyed by data version", () => {
  it("serves repeated requests from the cache, and shows a committed import on the next request", async () => {
    expect(await chinaExports2019()).toBe(12729100679);

    // A change behind the importer's back (no version bump) is not seen: the answer comes from the cache.
    await owner((c) =>
      c.query(
        `UPDATE "Observation" o SET value = 1 FROM "Series" s, "Source" so WHERE s.id = o."seriesId" AND so.id = o."sourceId" AND s.code = 'trade.CHN.KAZ.X' AND o.period = '2019' AND so.rank = 10`,
      ),
    );
    expect(await chinaExports2019()).toBe(12729100679);

    // An import that changes the figure bumps the version in its transaction: the next request sees it.
    const before = await version();
    const text = await readFile(TRADE_MIRROR, "utf8");
    expect(text).toContain(",12729100679,");
    const file = path.join(dir, "trade_mirror_revised.csv");
    await writeFile(file, text.replace(",12729100679,", ",12729100680,"));
    const [summary] = await importFiles([file], { connectionString: db.url });
    expect(summary!.observations.updated).toBe(1);
    expect(await version()).toBe(before + 1);
    expect(await chinaExports2019()).toBe(12729100680);
  });

  it("an import that changes nothing, a dry run and a failed import keep the version", async () => {
    const before = await version();
    const file = path.join(dir, "trade_mirror_revised.csv");
    const [same] = await importFiles([file], { connectionString: db.url });
    expect(same!.observations.inserted + same!.observations.updated).toBe(0);
    await importFiles([TRADE_MIRROR], { connectionString: db.url, dryRun: true });
    const bad = path.join(dir, "bad.csv");
    await writeFile(bad, (await readFile(TRADE_MIRROR, "utf8")).replace(",12729100679,", ",n/a,"));
    await expect(importFiles([bad], { connectionString: db.url })).rejects.toThrow(/not a number/);
    expect(await version()).toBe(before);
    expect(await chinaExports2019()).toBe(12729100680);
  });
});
