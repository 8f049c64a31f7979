// The CSV export written by PostgreSQL (COPY … TO STDOUT) must be byte-for-byte the CSV the JavaScript path builds
// from the same rows (neutralised formula cells, trimmed decimals, true/false, empty fields, quoting, order).
import { createHash } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ensureReadOnlyRole } from "../db/roles";
import { importFiles } from "../import/pipeline";
import { createTestDatabase, testRoleName, type TestDatabase } from "../testing/db";
import type { ExportQuery } from "./observations";

const root = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase;
let exporter: typeof import("./observations");

beforeAll(async () => {
  db = await createTestDatabase();
  await importFiles([path.join(root, "lib/series/testdata/formula-source.csv")], { connectionString: db.url });
  process.env.DATABASE_URL = db.url;
  process.env.WEB_DATABASE_URL = await ensureReadOnlyRole(db.url, { role: testRoleName(), password: "test-only-password" });
  exporter = await import("./observations");
});

afterAll(async () => {
  const { pool } = await import("../db/pool");
  await pool().end();
  const { db: client } = await import("../db/client");
  await client().$disconnect();
  await db.drop();
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString("utf8");
}

it.each<[string, ExportQuery]>([
  ["totals, headline values", { codes: ["trade.CHN.KAZ.X", "trade.KAZ.CHN.M", "trade.KAZ.CHN.X", "trade.CHN.KAZ.M"] }],
  ["totals, every source", { codes: ["trade.KAZ.CHN.M", "trade.CHN.KAZ.X"], all: true }],
  ["a year range", { codes: ["trade.CHN.KAZ.X"], from: 2015, to: 2019, all: true }],
  ["cells that would run as formulas", { codes: ["trade.CHN.KAZ.T"], all: true }],
  ["every HS chapter series", { codes: [], all: true }],
  [
    "statements and year-end positions",
    {
      codes: ["fdi.KAZ.CHN.stock", "fdi.KAZ.CHN.inflow", "debt.KAZ.CHN.stock", "debt.KAZ.CHN.stock_change_pct"],
      all: true,
      allPeriods: true,
    },
  ],
])("%s: COPY output is the JavaScript output", async (_, query) => {
  if (query.codes.length === 0) {
    const { listSeriesCodes } = await import("../series/queries");
    query = { ...query, codes: await listSeriesCodes({ productLevel: 2 }) };
  }
  const byCopy = await text(await exporter.csvStream(query));
  const byRows = await text(exporter.csvStreamFromRows(query));
  expect(byCopy.split("\n").length).toBeGreaterThan(1);
  expect(createHash("sha256").update(byCopy).digest("hex")).toBe(createHash("sha256").update(byRows).digest("hex"));
  expect(byCopy).toBe(byRows);
});
