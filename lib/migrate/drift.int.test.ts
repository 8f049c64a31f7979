// schema.prisma and prisma/migrations must describe the same database: build one database from the migrations
// (our Prisma-compatible runner) and one from Prisma's own schema engine (diff from empty), then compare catalogs.
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { databaseUrl } from "../testing/db";
import { applyMigrations, readMigrations } from "./apply";
import { sqlFromEmpty } from "./schema-diff";

const root = path.resolve(import.meta.dirname, "../..");
const admin = process.env.ADMIN_DATABASE_URL!;
const suffix = `${process.pid}_${Date.now().toString(36)}`;
const names = { migrated: `monitor_drift_m_${suffix}`, fromSchema: `monitor_drift_s_${suffix}` };

async function adminQuery(sql: string) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  for (const n of Object.values(names)) await adminQuery(`CREATE DATABASE "${n}"`);
});
afterAll(async () => {
  for (const n of Object.values(names)) await adminQuery(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
});

const CATALOG = `
  SELECT 'column' AS kind, table_name || '.' || column_name AS name,
         concat_ws(' ', data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default) AS def
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
  UNION ALL
  SELECT 'index', indexname, regexp_replace(indexdef, '\\s+', ' ', 'g') FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
  UNION ALL
  SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid) FROM pg_constraint
   WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%'
  UNION ALL
  SELECT 'enum', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
  ORDER BY 1, 2`;

async function catalog(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(CATALOG)).rows;
  } finally {
    await c.end();
  }
}

it("the migrations produce exactly the schema in schema.prisma", async () => {
  const migratedUrl = databaseUrl(admin, names.migrated);
  const schemaUrl = databaseUrl(admin, names.fromSchema);
  const result = await applyMigrations(migratedUrl, path.join(root, "prisma/migrations"));
  expect(result.applied.length).toBe((await readMigrations(path.join(root, "prisma/migrations"))).length);
  const sql = await sqlFromEmpty(path.join(root, "prisma/schema.prisma"), schemaUrl);
  const c = new pg.Client({ connectionString: schemaUrl });
  await c.connect();
  await c.query(sql);
  await c.end();
  const [a, b] = [await catalog(migratedUrl), await catalog(schemaUrl)];
  expect(a.length).toBeGreaterThan(40);
  expect(a).toEqual(b);
});

it("re-running migrations applies nothing and records Prisma-compatible bookkeeping", async () => {
  const url = databaseUrl(admin, names.migrated);
  const again = await applyMigrations(url, path.join(root, "prisma/migrations"));
  expect(again.applied).toEqual([]);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS done, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  await c.end();
  const files = await readMigrations(path.join(root, "prisma/migrations"));
  expect(rows).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum, done: true, applied_steps_count: 1 })));
});
