// Helpers for integration tests (*.int.test.ts), which `npm test` (scripts/test.ts) runs with:
//   ADMIN_DATABASE_URL            superuser connection (creates and drops databases)
//   TEST_TEMPLATE_DATABASE        migrated + seeded template
//   TEST_EMPTY_TEMPLATE_DATABASE  migrated-only template
//   TEST_RUN_ID                   names this run's databases and roles, so the runner can sweep leftovers
//
//   const db = await createTestDatabase();            // seeded copy; { empty: true } for a bare schema
//   afterAll(() => db.drop());
//   const before = await tableFingerprint(db.url);    // … later: expect(await tableFingerprint(db.url)).toEqual(before)
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TestDatabase {
  /** Connection URL (the admin's credentials, the new database). */
  url: string;
  name: string;
  /** Drops the database, ending any connection still open to it. Idempotent. */
  drop(): Promise<void>;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run integration tests through \`npm test\` (or \`npm test -- --only integration\`)`);
  }
  return value;
}

export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requireEnv("ADMIN_DATABASE_URL"), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh database copied from the seeded template (or the migrated-only one with `{ empty: true }`). */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const template = requireEnv(options.empty ? "TEST_EMPTY_TEMPLATE_DATABASE" : "TEST_TEMPLATE_DATABASE");
  const run = process.env.TEST_RUN_ID ?? String(process.pid);
  const name = `monitor_t_${run}_${randomBytes(4).toString("hex")}`;
  await withAdmin(async (client) => {
    const sql = `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`;
    // "source database … is being accessed by other users" (55006) while another session briefly holds the
    // template (e.g. a concurrent CREATE DATABASE from it): retry for a few seconds.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
        await sleep(100);
      }
    }
  });
  let dropped = false;
  return {
    name,
    url: databaseUrl(requireEnv("ADMIN_DATABASE_URL"), name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}

/**
 * A role name unique to this test run (`<base>_t<run>_<random>`), e.g. for ensureReadOnlyRole(url, { role }).
 * Roles are cluster-wide and outlive databases: `npm test` drops every role named this way at the end.
 */
export function testRoleName(base = "monitor_web"): string {
  return `${base}_t${process.env.TEST_RUN_ID ?? process.pid}_${randomBytes(3).toString("hex")}`;
}

export interface TableFingerprint {
  rows: number;
  /** md5 of the table's rows as text, one per line, ordered by primary key ("" table → md5 of ""). */
  md5: string;
}

/**
 * Row count and content hash of every table in the public schema (including `_prisma_migrations`, unless
 * excluded), keyed by table name. Equal fingerprints before and after an operation mean it changed nothing.
 */
export async function tableFingerprint(url: string, options: { exclude?: string[] } = {}): Promise<Record<string, TableFingerprint>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string; oid: number }>(
      `SELECT c.relname AS name, c.oid::int AS oid
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        ORDER BY c.relname`,
    );
    const result: Record<string, TableFingerprint> = {};
    for (const { name, oid } of tables.rows) {
      if (options.exclude?.includes(name)) continue;
      const pk = await client.query<{ column: string }>(
        `SELECT a.attname AS column
           FROM pg_index i
           JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
          WHERE i.indrelid = $1 AND i.indisprimary
          ORDER BY array_position(i.indkey::int2[], a.attnum)`,
        [oid],
      );
      // Without a primary key, order by the whole row's text so the hash does not depend on physical order.
      const orderBy = pk.rows.length ? pk.rows.map((r) => `t.${client.escapeIdentifier(r.column)}`).join(", ") : "t::text";
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${orderBy}), '')) AS md5
           FROM public.${client.escapeIdentifier(name)} t`,
      );
      result[name] = rows[0]!;
    }
    return result;
  } finally {
    await client.end();
  }
}
