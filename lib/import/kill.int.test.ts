// SIGKILL safety (issue 14): the real CLI is killed while staging, while merging and just before COMMIT of a large
// import that also revises earlier values; each time every table — the history tables included — is exactly as before.
// Then the import succeeds, and a third run changes nothing.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, tableFingerprint, type TestDatabase } from "../testing/db";
import type { HoldStage } from "./hold";
import { query, runCli, startCli, stderrContains, waitForImportSessionsToEnd, writeTidyFile } from "./test-support";

const ROWS = 60_000;
let dir: string;
let db: TestDatabase;
let first: string;
let second: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "monitor-kill-"));
  db = await createTestDatabase({ empty: true });
  first = path.join(dir, "first.csv");
  second = path.join(dir, "second.csv");
  // The second file revises every tenth value of the first and adds as many new rows: its import inserts, updates and
  // writes history rows, so a kill can catch each of them half-done.
  await writeTidyFile(first, ROWS);
  await writeTidyFile(second, ROWS + 20_000, { value: (i) => String(i % 10 === 0 ? 5000 + i : 1000 + i) });
  const r = await runCli(db.url, [first]);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe("an import killed with SIGKILL", () => {
  it.each<HoldStage>(["staging", "merging", "commit"])(
    "while %s leaves the database exactly as before",
    async (stage) => {
      const before = await tableFingerprint(db.url);
      const child = startCli(db.url, [second], { MONITOR_IMPORT_HOLD: stage });
      await stderrContains(child, `import: holding at ${stage}`);
      // The transaction is open and has written (at "commit": everything, the version bump and its log row included).
      const [activity] = await query<{ n: number }>(
        db.url,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'monitor-import' AND state = 'idle in transaction'`,
      );
      expect(activity!.n).toBe(1);
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      await waitForImportSessionsToEnd(db.url);
      expect(await tableFingerprint(db.url)).toEqual(before);
    },
    300_000,
  );

  it("then the import succeeds, keeps the values it replaced, and a third run changes nothing", async () => {
    const [v0] = await query<{ version: string }>(db.url, `SELECT version FROM "DataVersion"`);
    const run = await runCli(db.url, [second]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`20000 inserted, ${ROWS / 10} updated, ${ROWS - ROWS / 10} unchanged`);
    const [v1] = await query<{ version: string }>(db.url, `SELECT version FROM "DataVersion"`);
    expect(Number(v1!.version)).toBe(Number(v0!.version) + 1);
    const [history] = await query<{ n: number; from: string; to: string }>(
      db.url,
      `SELECT count(*)::int AS n, min("validFrom")::text AS from, max("validTo")::text AS to FROM "ObservationRevision"`,
    );
    expect(history).toEqual({ n: ROWS / 10, from: v0!.version, to: v1!.version });

    const before = await tableFingerprint(db.url, { exclude: ["ImportRun"] });
    const third = await runCli(db.url, [second]);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toContain(`0 inserted, 0 updated, ${ROWS + 20_000} unchanged`);
    expect(await tableFingerprint(db.url, { exclude: ["ImportRun"] })).toEqual(before);
  }, 300_000);
});
