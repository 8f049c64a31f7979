// An importer role that may not set session_replication_role (not a superuser, no GRANT SET ON PARAMETER): the
// import runs with the per-row foreign-key triggers instead, and still writes everything in one transaction.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, databaseUrl, testRoleName, type TestDatabase } from "../testing/db";
import { importFiles } from "./pipeline";
import { query, ROOT } from "./test-support";

let db: TestDatabase;
const role = testRoleName("monitor_import");

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    await c.query(`CREATE ROLE ${c.escapeIdentifier(role)} LOGIN NOSUPERUSER`);
    // Its own rights, whatever PUBLIC may do here (a web role set-up revokes PUBLIC's CONNECT and TEMPORARY).
    await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${c.escapeIdentifier(db.name)} TO ${c.escapeIdentifier(role)}`);
    await c.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${c.escapeIdentifier(role)}`);
    await c.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${c.escapeIdentifier(role)}`);
  } finally {
    await c.end();
  }
});
afterAll(async () => {
  await db?.drop();
  const admin = new pg.Client({ connectionString: process.env.ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP ROLE IF EXISTS ${admin.escapeIdentifier(role)}`).finally(() => admin.end());
});

it("imports with the foreign-key triggers when the role may not skip them", async () => {
  const url = new URL(databaseUrl(process.env.ADMIN_DATABASE_URL!, db.name));
  url.username = role;
  url.password = "";
  const [{ can }] = (await query(url.toString(), `SELECT current_setting('is_superuser') = 'on' AS can`)) as [{ can: boolean }];
  expect(can).toBe(false);
  const [s] = await importFiles([`${ROOT}/prisma/seed-data/tidy/trade_mirror.csv`], { connectionString: url.toString() });
  expect(s!.observations.inserted).toBeGreaterThan(200);
  const [row] = await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "Observation"`);
  expect(row!.n).toBe(s!.observations.inserted);
});
