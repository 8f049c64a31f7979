// Nothing an import replaces is lost (issue 11): import A (version v1), import B that revises a value of A (v2);
// observations_as_of(v1) returns A's values and "Observation" B's; re-importing B changes nothing.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, tableFingerprint, type TestDatabase } from "../testing/db";
import { importFiles } from "./pipeline";
import { query, ROOT } from "./test-support";

const TRADE_MIRROR = path.join(ROOT, "prisma/seed-data/tidy/trade_mirror.csv");
let dir: string;
let db: TestDatabase;
let fileA: string;
let fileB: string;

const SERIES_VALUES = `SELECT s.code, o.period, so.key AS source, o.vintage, trim_scale(o.value)::text AS value
  FROM %FROM% o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
 ORDER BY 1, 2, 3, 4`;
const values = (from: string, params: unknown[] = []) => query(db.url, SERIES_VALUES.replace("%FROM%", from), params);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "monitor-history-"));
  db = await createTestDatabase({ empty: true });
  // A: the data pack's trade_mirror.csv as it is; B: the same file with one value revised (the pack's own figure
  // with its last digit changed) — what a publisher's revision looks like to the importer.
  fileA = TRADE_MIRROR;
  const lines = (await readFile(TRADE_MIRROR, "utf8")).split(/\r?\n/);
  fileB = path.join(dir, "trade_mirror.csv");
  await writeFile(fileB, lines.map((l, i) => (i === 1 ? l.replace(",14712131500,", ",14712131501,") : l)).join("\n"));
});

afterAll(async () => {
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe("the history of every value", () => {
  it("keeps A's values at v1 after B revises one at v2, and a re-import of B changes nothing", async () => {
    const [a] = await importFiles([fileA], { connectionString: db.url });
    const [{ version: v1 }] = (await query(db.url, `SELECT version::int AS version FROM "DataVersion"`)) as [{ version: number }];
    const valuesA = await values(`"Observation"`);
    expect(valuesA).toHaveLength(a!.observations.inserted);

    const [b] = await importFiles([fileB], { connectionString: db.url });
    expect(b!.observations).toEqual({ inserted: 0, updated: 1, unchanged: a!.observations.inserted - 1 });
    expect(b!.revised).toBe(1);
    const [{ version: v2 }] = (await query(db.url, `SELECT version::int AS version FROM "DataVersion"`)) as [{ version: number }];
    expect(v2).toBe(v1 + 1);

    // As of v1: exactly A. Now: B (A with the one value revised).
    expect(await values(`observations_as_of($1)`, [v1])).toEqual(valuesA);
    const valuesB = await values(`"Observation"`);
    const changed = valuesB.filter((row, i) => row.value !== valuesA[i]!.value);
    expect(changed).toEqual([{ ...valuesA.find((r) => r.value === "14712131500")!, value: "14712131501" }]);
    expect(await values(`observations_as_of($1)`, [v2])).toEqual(valuesB);

    // The revision row says when the old value was valid, and the log says when each version was committed.
    const revisions = await query(
      db.url,
      `SELECT trim_scale(value)::text AS value, "validFrom"::int AS "from", "validTo"::int AS "to" FROM "ObservationRevision"`,
    );
    expect(revisions).toEqual([{ value: "14712131500", from: v1, to: v2 }]);
    const log = await query<{ version: number; ids: number[] }>(
      db.url,
      `SELECT version::int AS version, "importRunIds" AS ids FROM "DataVersionLog" ORDER BY version`,
    );
    expect(log).toEqual([
      { version: v1, ids: [a!.importRunId] },
      { version: v2, ids: [b!.importRunId] },
    ]);

    // Re-importing B: no new version, no new revision, nothing else changes.
    const before = await tableFingerprint(db.url, { exclude: ["ImportRun"] });
    const [again] = await importFiles([fileB], { connectionString: db.url });
    expect(again!.observations).toEqual({ inserted: 0, updated: 0, unchanged: a!.observations.inserted });
    expect(await tableFingerprint(db.url, { exclude: ["ImportRun"] })).toEqual(before);
  });

  it("observations_as_of is inlined: a series filter uses the indexes of both tables", async () => {
    const plan = (
      await query<{ "QUERY PLAN": string }>(
        db.url,
        `EXPLAIN SELECT * FROM observations_as_of(1) o WHERE o."seriesId" = (SELECT id FROM "Series" LIMIT 1)`,
      )
    )
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    expect(plan).not.toMatch(/Function Scan/);
    expect(plan).toMatch(/Index Scan using "Observation_\w+" on "Observation"/);
    expect(plan).toMatch(/Index Scan using "ObservationRevision_seriesId_year_idx"/);
  });
});
