// The web role, per database (issue 16.5): named after its database (within PostgreSQL's 63-byte limit), CONNECT
// to that database only, no temp tables, no writes; PUBLIC loses CONNECT/TEMPORARY on the database (other roles
// need a grant, the owner keeps its access); the old shared role loses its rights there.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseUrl, testRoleName, type TestDatabase } from "../testing/db";
import { ensureReadOnlyRole, webRoleName } from "./roles";

const admin = () => process.env.ADMIN_DATABASE_URL!;
const run = () => process.env.TEST_RUN_ID ?? String(process.pid);
const databases: TestDatabase[] = [];
const extraDatabases: string[] = [];
const roles: string[] = [];
let a: TestDatabase;
let b: TestDatabase;
let webA: string;
let webB: string;

async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string): Promise<pg.QueryResult<T>> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await client.query<T>(text);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE of connecting (and one query) with `url`, or "ok". */
async function attempt(url: string, text = "SELECT 1"): Promise<string> {
  return sql(url, text).then(
    () => "ok",
    (e: { code?: string; message?: string }) => e.code ?? e.message ?? "error",
  );
}

const withDatabase = (url: string, database: string) => databaseUrl(url, database);
const withUser = (url: string, user: string, password: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
};

beforeAll(async () => {
  a = await createTestDatabase();
  b = await createTestDatabase({ empty: true });
  databases.push(a, b);
  webA = await ensureReadOnlyRole(a.url, { password: "test-only-a" });
  webB = await ensureReadOnlyRole(b.url, { password: "test-only-b" });
  roles.push(new URL(webA).username, new URL(webB).username);
});

afterAll(async () => {
  for (const d of databases) await d.drop();
  for (const name of extraDatabases) await sql(admin(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  for (const role of roles) await sql(admin(), `DROP ROLE IF EXISTS "${role}"`);
});

describe("the web role", () => {
  it("is one per database, named after it", () => {
    expect(new URL(webA).username).toBe(`${a.name}_web`);
    expect(new URL(webB).username).toBe(`${b.name}_web`);
  });

  it("reads its own database", async () => {
    const { rows } = await sql<{ n: number }>(webA, `SELECT count(*)::int AS n FROM "Series"`);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it("cannot connect to another deployment's database, nor that one's role to ours", async () => {
    expect(await attempt(withDatabase(webA, b.name))).toBe("42501"); // permission denied for database
    expect(await attempt(withDatabase(webB, a.name))).toBe("42501");
  });

  it("cannot create temp tables, tables, or write", async () => {
    expect(await attempt(webA, "CREATE TEMP TABLE scratch (i int)")).toBe("42501");
    expect(await attempt(webA, "CREATE TABLE scratch (i int)")).toBe("42501");
    expect(await attempt(webA, `DELETE FROM "Note"`)).toBe("42501");
  });
});

describe("PUBLIC's CONNECT and TEMPORARY on the database", () => {
  it("are revoked: a role without a grant cannot connect; the owner still can; other databases are untouched", async () => {
    const plain = testRoleName("monitor_plain");
    roles.push(plain);
    await sql(admin(), `CREATE ROLE "${plain}" LOGIN PASSWORD 'test-only-plain'`);
    const plainUrl = withUser(a.url, plain, "test-only-plain");
    expect(await attempt(plainUrl)).toBe("42501");
    expect(await attempt(a.url)).toBe("ok");
    // A database this code never touched keeps PostgreSQL's default (PUBLIC may connect): only a DBA can change that.
    expect(await attempt(withDatabase(plainUrl, "postgres"))).toBe("ok");
  });

  it("a database owner that is not a superuser keeps its own access, and nothing is left open", async () => {
    const owner = testRoleName("monitor_owner");
    const name = `monitor_t_${run()}_owned`;
    roles.push(owner);
    extraDatabases.push(name);
    await sql(admin(), `CREATE ROLE "${owner}" LOGIN CREATEROLE PASSWORD 'test-only-owner'`);
    await sql(admin(), `CREATE DATABASE "${name}" OWNER "${owner}"`);
    const ownerUrl = withUser(withDatabase(admin(), name), owner, "test-only-owner");
    const warnings: string[] = [];
    const web = await ensureReadOnlyRole(ownerUrl, { password: "test-only-owned", warn: (m) => warnings.push(m) });
    roles.push(new URL(web).username);
    expect(warnings).toEqual([]);
    expect(await attempt(ownerUrl, "CREATE TEMP TABLE t (i int)")).toBe("ok");
    expect(await attempt(web)).toBe("ok");
    expect(await attempt(web, "CREATE TEMP TABLE t (i int)")).toBe("42501");
  });
});

it("a name that would pass 63 bytes is cut to fit, whole characters, with a hash of the full name", async () => {
  const base = `monitor_t_${run()}_long_`;
  const name = (base + "ü".repeat(40)).slice(0, base.length + Math.floor((63 - Buffer.byteLength(base)) / 2));
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
  extraDatabases.push(name);
  await sql(admin(), `CREATE DATABASE "${name}"`);
  const web = await ensureReadOnlyRole(withDatabase(admin(), name), { password: "test-only-long" });
  const role = decodeURIComponent(new URL(web).username);
  roles.push(role);
  expect(role).toBe(webRoleName(name));
  expect(Buffer.byteLength(role)).toBeLessThanOrEqual(63);
  const stored = await sql<{ rolname: string }>(admin(), `SELECT rolname FROM pg_roles WHERE rolname = '${role}'`);
  expect(stored.rows.map((r) => r.rolname)).toEqual([role]); // stored as computed, not silently truncated
  expect(await attempt(web)).toBe("ok");
});

it("the old role shared by every deployment loses its rights in this database", async () => {
  const legacy = testRoleName("monitor_legacy");
  roles.push(legacy);
  await sql(admin(), `CREATE ROLE "${legacy}" LOGIN PASSWORD 'test-only-legacy'`);
  await sql(a.url, `GRANT CONNECT ON DATABASE "${a.name}" TO "${legacy}"`);
  await sql(a.url, `GRANT USAGE ON SCHEMA public TO "${legacy}"`);
  await sql(a.url, `GRANT SELECT ON ALL TABLES IN SCHEMA public TO "${legacy}"`);
  const legacyUrl = withUser(a.url, legacy, "test-only-legacy");
  expect(await attempt(legacyUrl, `SELECT 1 FROM "Series" LIMIT 1`)).toBe("ok");
  await ensureReadOnlyRole(a.url, { password: "test-only-a", legacyRole: legacy });
  expect(await attempt(legacyUrl)).toBe("42501");
  const { rows } = await sql<{ can: boolean }>(a.url, `SELECT has_table_privilege('${legacy}', '"Series"', 'SELECT') AS can`);
  expect(rows[0]!.can).toBe(false);
  expect(await attempt(webA, `SELECT 1 FROM "Series" LIMIT 1`)).toBe("ok"); // the new role is unaffected
});
