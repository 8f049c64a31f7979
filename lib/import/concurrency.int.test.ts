// Imports at the same time (issue 14): two different files both succeed (one waits for the other's transaction);
// the same file twice never counts its rows twice.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { query, runCli, writeTidyFile } from "./test-support";

const ROWS = 30_000;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "monitor-concurrent-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function counts(url: string) {
  const [row] = await query<{ observations: number; versions: number; revisions: number }>(
    url,
    `SELECT (SELECT count(*)::int FROM "Observation") AS observations, (SELECT count(*)::int FROM "DataVersionLog") AS versions,
            (SELECT count(*)::int FROM "ObservationRevision") AS revisions`,
  );
  return row!;
}

const inserted = (stdout: string) => Number(/: (\d+) inserted/.exec(stdout)?.[1] ?? NaN);

describe("concurrent imports", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db?.drop());

  it("two different files at once: both succeed, each with its own version", async () => {
    const a = path.join(dir, "a.csv");
    const b = path.join(dir, "b.csv");
    await writeTidyFile(a, ROWS, { sourceKey: "concurrent-a" });
    await writeTidyFile(b, ROWS, { sourceKey: "concurrent-b" });
    const [ra, rb] = await Promise.all([runCli(db.url, [a]), runCli(db.url, [b])]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(inserted(ra.stdout) + inserted(rb.stdout)).toBe(2 * ROWS);
    expect(await counts(db.url)).toEqual({ observations: 2 * ROWS, versions: 2, revisions: 0 });
  }, 300_000);

  it("the same file twice at once: its rows are inserted once, the second run finds them unchanged", async () => {
    const c = path.join(dir, "c.csv");
    await writeTidyFile(c, ROWS, { sourceKey: "concurrent-c", firstYear: 1980 });
    const before = await counts(db.url);
    const runs = await Promise.all([runCli(db.url, [c]), runCli(db.url, [c])]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(runs.map((r) => inserted(r.stdout)).sort()).toEqual([0, ROWS]);
    expect(runs.some((r) => r.stdout.includes(`0 inserted, 0 updated, ${ROWS} unchanged`))).toBe(true);
    expect(await counts(db.url)).toEqual({ observations: before.observations + ROWS, versions: before.versions + 1, revisions: 0 });
  }, 300_000);
});
