// An export whose database connection is killed (pg_terminate_backend: an admin, a failover, a crash) must end
// promptly — an error or a closed stream, never a hang — give its connection back, and leave the pool able to serve
// the next export, for more kills than the pool has connections (issue 16). Through the real route handlers, as the
// web role, with the pool cut to 2 connections. The kill lands in each window an export has:
//   query    the export's query is running (held up by a lock the test takes), nothing sent: the route answers 503;
//   answered the route has answered (its first chunk is ready), the reader has not read yet;
//   streamed the reader has the first chunk and waits (on this data the server has sent the rest: it sits in buffers).
// Clients that go away (mid-query, mid-download, HEAD) must give the connection back at once.
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureReadOnlyRole } from "../db/roles";
import { createTestDatabase, testRoleName, type TestDatabase } from "../testing/db";

const POOL_SIZE = 2;
const WINDOWS = ["query", "answered", "streamed"] as const;
const ROUNDS = 2 * WINDOWS.length; // 6 kills per format, 3 × the pool size
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: TestDatabase;
let admin: pg.Client;
type Handler = (req: NextRequest) => Promise<Response>;
let routes: { get: Handler; head: Handler; health: () => Promise<Response> };
const crashes: string[] = [];
const onCrash = (error: unknown) => crashes.push(String(error));

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.WEB_DATABASE_URL = await ensureReadOnlyRole(db.url, { role: testRoleName(), password: "test-only-password" });
  process.env.EXPORT_POOL_SIZE = String(POOL_SIZE);
  admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  const route = await import("../../app/api/export/route");
  routes = {
    get: route.GET as unknown as Handler,
    head: route.HEAD as unknown as Handler,
    health: (await import("../../app/api/health/route")).GET,
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
});

afterAll(async () => {
  process.off("uncaughtException", onCrash);
  process.off("unhandledRejection", onCrash);
  await admin?.end();
  const { pool } = await import("../db/pool");
  await pool().end();
  const { db: client } = await import("../db/client");
  await client().$disconnect();
  await db?.drop();
});

const request = (url: string, signal?: AbortSignal) => new NextRequest(new URL(url, "http://test.local"), { signal });

/** The export pool's backends (application_name monitor-export), optionally only those running a query. */
async function exportBackends(state?: "active"): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'monitor-export' ${
      state ? "AND state = 'active'" : ""
    }`,
  );
  return rows.map((r) => r.pid);
}

async function waitFor<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await sleep(20);
  }
}

/** Reads to the end; says how the stream ended ("closed", "error: …", or "hang" after `ms`). */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, ms: number): Promise<{ end: string; text: string }> {
  const parts: Buffer[] = [];
  const reading = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return "closed";
        parts.push(Buffer.from(value));
      }
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  })();
  const end = await Promise.race([reading, sleep(ms).then(() => "hang")]);
  return { end, text: Buffer.concat(parts).toString("utf8") };
}

/** Takes an ACCESS EXCLUSIVE lock on "Observation" until released: the export's query waits on it. */
async function lockObservations(): Promise<() => Promise<void>> {
  const locker = new pg.Client({ connectionString: db.url });
  await locker.connect();
  await locker.query(`BEGIN; LOCK "Observation" IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    await locker.query("ROLLBACK");
    await locker.end();
  };
}

/** No export connection left, open or lingering: the next export opens the only one (its backend is the one to kill). */
async function settle(): Promise<void> {
  await admin.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'monitor-export'",
  );
  await waitFor(
    "the export backends to be gone",
    () => exportBackends(),
    (p) => p.length === 0,
  );
  await waitFor("the export pool to be empty", exportPool, (s) => s.open === 0);
}

interface PoolState {
  max: number;
  open: number;
  inUse: number;
  waiting: number;
}
async function exportPool(): Promise<PoolState> {
  return ((await (await routes.health()).json()) as { exportPool: PoolState }).exportPool;
}

const FORMATS = {
  "CSV written by PostgreSQL (COPY)": "/api/export?group=hs-chapters&all=1&format=csv",
  "JSON from a cursor": "/api/export?group=hs-chapters&all=1&format=json",
  "CSV with a derived series (cursor + computed rows)": "/api/export?series=trade.CHN.KAZ.X,trade.CHN.KAZ.T,trade.KAZ.CHN.M&all=1",
};

describe.each(Object.entries(FORMATS))("%s", (_, url) => {
  it(`a killed connection ends the export promptly; after ${ROUNDS} kills (pool of ${POOL_SIZE}) the next export is whole`, async () => {
    const reference = await drain((await routes.get(request(url))).body!.getReader(), 30_000);
    expect(reference.end).toBe("closed");

    for (let round = 0; round < ROUNDS; round++) {
      const window = WINDOWS[round % WINDOWS.length]!;
      const where = `round ${round} (${window})`;
      await settle();
      const unlock = window === "query" ? await lockObservations() : undefined;
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      try {
        const answer = routes.get(request(url));
        if (window !== "query") {
          const res = await answer;
          expect(res.status, where).toBe(200);
          reader = res.body!.getReader();
          if (window === "streamed") expect((await reader.read()).done, where).toBe(false);
        }
        const [pid] = await waitFor(
          `${where}: the export's backend`,
          () => exportBackends(window === "query" ? "active" : undefined),
          (p) => p.length === 1,
        );
        await admin.query("SELECT pg_terminate_backend($1)", [pid]);
        const t = performance.now();
        if (window === "query") {
          // Nothing was sent yet: an HTTP error, not a connection closed without a status line.
          const res = await Promise.race([answer, sleep(10_000).then(() => null)]);
          expect(res?.status, `${where}: 503`).toBe(503);
          expect(((await res!.json()) as { error: string }).error).toMatch(/database/);
        } else {
          const { end } = await drain(reader!, 10_000);
          expect(end, `${where}: the cut export ends`).not.toBe("hang");
        }
        expect(performance.now() - t, `${where}: promptly`).toBeLessThan(5_000);
        // The killed connection is discarded, whether the export held it or had given it back already.
        await waitFor(`${where}: the pool to drop the killed connection`, exportPool, (s) => s.open === 0 && s.inUse === 0);
      } finally {
        await reader?.cancel().catch(() => {});
        await unlock?.();
      }
    }

    // Every connection came back (health says so), and a whole export goes through, identical to the first.
    const state = await waitFor("the export pool to have nothing in use", exportPool, (s) => s.inUse === 0);
    expect(state).toMatchObject({ max: POOL_SIZE, inUse: 0, waiting: 0 });
    const after = await drain((await routes.get(request(url))).body!.getReader(), 30_000);
    expect(after.end).toBe("closed");
    expect(after.text).toBe(reference.text);
    expect(crashes).toEqual([]);
  }, 120_000);

  it("a client that goes away mid-query or mid-download returns the connection at once; so does HEAD", async () => {
    const unlock = await lockObservations();
    try {
      for (let i = 0; i < POOL_SIZE + 1; i++) {
        await settle();
        const client = new AbortController();
        const answer = routes.get(request(url, client.signal));
        await waitFor(
          "the export's query to run",
          () => exportBackends("active"),
          (p) => p.length === 1,
        );
        client.abort();
        // Still locked: the connection must come back without waiting for its query to finish.
        await waitFor("the connection to be given back", exportPool, (s) => s.inUse === 0, 2_000);
        await answer;
      }
    } finally {
      await unlock();
    }
    for (let i = 0; i < POOL_SIZE + 1; i++) {
      const reader = (await routes.get(request(url))).body!.getReader();
      await reader.read();
      await reader.cancel();
      await waitFor("a cancelled download to give its connection back", exportPool, (s) => s.inUse === 0, 2_000);
    }
    for (let i = 0; i < POOL_SIZE + 1; i++) {
      const head = await routes.head(request(url));
      expect(head.status).toBe(200);
      expect(head.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
      await waitFor("HEAD to give its connection back", exportPool, (s) => s.inUse === 0, 2_000);
    }
    expect(crashes).toEqual([]);
  }, 60_000);
});
