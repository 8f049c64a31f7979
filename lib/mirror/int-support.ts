// Shared by the mirror integration tests: the data pack's mirror rows (expected values are read from the file, never
// typed) and the route handlers of /api/mirror, /api/export and /api/series on a seeded copy of the data. Test-only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import type { MirrorView } from "./get-mirror-view";

export type Handler = (request: NextRequest) => Promise<Response>;
type SeriesHandler = (request: NextRequest, context: { params: Promise<{ code: string }> }) => Promise<Response>;

export const root = path.resolve(import.meta.dirname, "../..");
interface PackRow {
  reporter: string;
  partner: string;
  flow: string;
  year: string;
  value_usd: string;
  source: string;
  source_url_or_path: string;
  flag: string;
}
const pack = parse(readFileSync(path.join(root, "prisma/seed-data/tidy/trade_mirror.csv"), "utf8"), {
  columns: true,
  skip_empty_lines: true,
}) as PackRow[];

export function packValue(reporter: string, partner: string, flow: "export" | "import", year: number, file: string): PackRow {
  const found = pack.filter(
    (r) =>
      r.reporter === reporter && r.partner === partner && r.flow === flow && r.year === String(year) && r.source_url_or_path.includes(file),
  );
  expect(found, `${reporter} ${flow} ${year} from ${file} in trade_mirror.csv`).toHaveLength(1);
  return found[0]!;
}

export interface MirrorRoutes {
  testDb: TestDatabase;
  mirrorGET: Handler;
  exportGET: Handler;
  seriesGET: SeriesHandler;
  getMirror(qs: string): Promise<{ status: number; body: MirrorView & { error?: string; parameter?: string } }>;
  seriesHeadline(code: string): Promise<{ year: number; value: number; source: string }[]>;
}

/** A seeded test database and the route handlers on it, for the file that calls this (beforeAll/afterAll). */
export function mirrorRoutes(): MirrorRoutes {
  const routes = {
    async getMirror(qs: string) {
      const response = await routes.mirrorGET(new NextRequest(`http://localhost/api/mirror?${qs}`));
      return { status: response.status, body: await response.json() };
    },
    async seriesHeadline(code: string) {
      const response = await routes.seriesGET(new NextRequest(`http://localhost/api/series/${code}`), {
        params: Promise.resolve({ code }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { observations: { year: number; value: number; source: string }[] }).observations;
    },
  } as MirrorRoutes;
  beforeAll(async () => {
    routes.testDb = await createTestDatabase();
    // Before the first import of lib/db/client: the client reads the URL once.
    process.env.DATABASE_URL = routes.testDb.url;
    delete process.env.WEB_DATABASE_URL;
    routes.mirrorGET = (await import("../../app/api/mirror/route")).GET as Handler;
    routes.exportGET = (await import("../../app/api/export/route")).GET as Handler;
    routes.seriesGET = (await import("../../app/api/series/[code]/route")).GET as SeriesHandler;
  });
  afterAll(async () => {
    const { db } = await import("../db/client");
    await db().$disconnect();
    const { pool } = await import("../db/pool");
    await pool().end();
    await routes.testDb?.drop();
  });
  return routes;
}
