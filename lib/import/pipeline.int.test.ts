// The import pipeline against a real PostgreSQL: idempotence, bad input leaves the database exactly as it was,
// dry runs write nothing, vintages are kept side by side. (SIGKILL: kill.int.test.ts; hostile files: malformed.int.test.ts.)
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, tableFingerprint, type TestDatabase } from "../testing/db";
import { importFiles } from "./pipeline";
import { provenanceOverrides } from "./provenance";
import { SEED_FILES, seedDatabase } from "./seed";
import { ImportFileError } from "./types";

const root = path.resolve(import.meta.dirname, "../..");
const TRADE_MIRROR = path.join(root, "prisma/seed-data/tidy/trade_mirror.csv");
let dir: string;
let seeded: TestDatabase;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "monitor-import-"));
  seeded = await createTestDatabase();
});
afterAll(async () => {
  await seeded?.drop();
  await rm(dir, { recursive: true, force: true });
});

async function variant(name: string, edit: (lines: string[]) => string[] | Buffer): Promise<string> {
  // The pack's file has CRLF line endings; variants are built from its lines and written with LF.
  const lines = (await readFile(TRADE_MIRROR, "utf8")).split(/\r?\n/);
  const out = edit(lines);
  const file = path.join(dir, name);
  await writeFile(file, Buffer.isBuffer(out) ? out : out.join("\n"));
  return file;
}

async function expectRejected(
  file: string,
  line: number,
  column: number,
  message: RegExp,
  url = seeded.url,
  batchRows?: number,
  /** Whether the first run lost its transaction to a key given twice among rows that skipped the merge, and ran again. */
  retried = false,
) {
  const before = await tableFingerprint(url);
  const log: string[] = [];
  const error = await importFiles([file], { connectionString: url, batchRows, log: (l) => log.push(l) }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  const e = error as ImportFileError;
  expect(e.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${line}:${column}: `));
  expect(e.detail).toMatch(message);
  expect(log.some((l) => l.includes("importing again to find its lines"))).toBe(retried);
  expect(await tableFingerprint(url)).toEqual(before);
}

describe("seed", () => {
  it("loads the data pack and a second run changes nothing", async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      const first = await seedDatabase(db.url);
      expect(first.inserted).toBeGreaterThan(2000);
      const before = await tableFingerprint(db.url, { exclude: ["ImportRun"] });
      const second = await seedDatabase(db.url);
      expect(second.inserted).toBe(0);
      expect(second.updated).toBe(0);
      // Several files describe the same figures (trade_by_product.csv repeats trade_mirror.csv's totals; the raw
      // DOTS/Comtrade/wiiw files are what the pack transcribed), so some rows are unchanged already on the first run.
      expect(first.unchanged).toBeGreaterThan(200);
      expect(second.unchanged).toBe(first.inserted + first.updated + first.unchanged);
      expect(await tableFingerprint(db.url, { exclude: ["ImportRun"] })).toEqual(before);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        const orphans = await client.query(
          `SELECT count(*)::int AS n FROM "Observation" o LEFT JOIN "Source" s ON s.id = o."sourceId" WHERE s.id IS NULL`,
        );
        expect(orphans.rows[0].n).toBe(0);
        const runs = await client.query(`SELECT file, checksum, status FROM "ImportRun" ORDER BY id`);
        expect(runs.rows).toHaveLength(SEED_FILES.length * 2);
        expect(runs.rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum) && r.status === "succeeded")).toBe(true);
      } finally {
        await client.end();
      }
    } finally {
      await db.drop();
    }
  });
});

/** Every observation with its key by code and name rather than id (ids follow the order rows were written in). */
async function observationRows(url: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT s.code, so.key, pu.name, o.period, o.vintage, o.value::text, o.flags, o.frequency, o.year, o.qualifier,
              o."asPublished", o.note, o."vintageDate"::text, o.version::text, ir.file
         FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
         JOIN "Publisher" pu ON pu.id = o."publisherId" LEFT JOIN "ImportRun" ir ON ir.id = o."importRunId"
        ORDER BY s.code, so.key, o.period, o.vintage`,
    );
    return r.rows;
  } finally {
    await client.end();
  }
}

// Observations of a series the file created go straight into "Observation" (those given before the series' insert
// returned are held until it has); the rest through the merge. A "checked" run sends every row through the merge. Batches of 50 rows send
// the pack's rows every way; both runs must store the same.
describe("observations that skip the merge", () => {
  it("are stored exactly as the merge stores them, with the same counts", async () => {
    const overrides = await provenanceOverrides(SEED_FILES);
    const stored: unknown[][] = [];
    const counts: unknown[] = [];
    for (const checked of [false, true]) {
      const db = await createTestDatabase({ empty: true });
      try {
        const files = await importFiles(SEED_FILES, { connectionString: db.url, sourceOverride: overrides, batchRows: 50, checked });
        counts.push(files.map((f) => [f.observations, f.revised, f.seriesCreated, f.sourcesCreated]));
        const straight = files.reduce((n, f) => n + f.straight, 0);
        if (checked) expect(straight).toBe(0);
        else expect(straight).toBeGreaterThan(20_000);
        stored.push(await observationRows(db.url));
      } finally {
        await db.drop();
      }
    }
    expect(stored[0]!.length).toBeGreaterThan(30_000);
    expect(stored[0]).toEqual(stored[1]);
    expect(counts[0]).toEqual(counts[1]);
  });
});

describe("re-import", () => {
  it("reports 0 inserted, 0 updated, N unchanged", async () => {
    const [s] = await importFiles([TRADE_MIRROR], { connectionString: seeded.url });
    expect(s!.observations).toEqual({ inserted: 0, updated: 0, unchanged: 295 });
    expect(s!.rejected).toBe(1);
  });

  // One transaction: the second file's keys match the rows the first inserted (another ImportRun's), so they are left
  // unchanged rather than taken for keys given twice (in batches of two, across batch boundaries).
  it("a file given twice in one command: the second changes nothing", async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      const again = await variant("again.csv", (lines) => lines);
      const [first, second] = await importFiles([TRADE_MIRROR, again], { connectionString: db.url, batchRows: 2 });
      expect(first!.observations).toEqual({ inserted: 295, updated: 0, unchanged: 0 });
      expect(second!.observations).toEqual({ inserted: 0, updated: 0, unchanged: 295 });
      expect(second!.seriesCreated).toBe(0);
    } finally {
      await db.drop();
    }
  });

  it("accepts a BOM and CRLF line endings and reads the same values", async () => {
    const file = await variant("bom-crlf.csv", (lines) =>
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n"))]),
    );
    const [s] = await importFiles([file], { connectionString: seeded.url, dryRun: true });
    expect(s!.observations).toEqual({ inserted: 0, updated: 0, unchanged: 295 });
  });

  it("dry run reports changes and writes nothing", async () => {
    const file = await variant("changed.csv", (lines) => lines.map((l, i) => (i === 1 ? l.replace(",14712131500,", ",14712131501,") : l)));
    const before = await tableFingerprint(seeded.url);
    const [s] = await importFiles([file], { connectionString: seeded.url, dryRun: true });
    expect(s!.observations).toEqual({ inserted: 0, updated: 1, unchanged: 294 });
    expect(s!.importRunId).toBeNull();
    expect(await tableFingerprint(seeded.url)).toEqual(before);
  });

  it("stores a new vintage beside the old value, not over it", async () => {
    const db = await createTestDatabase();
    try {
      const [s] = await importFiles([TRADE_MIRROR], { connectionString: db.url, vintage: "2099-01 test vintage" });
      expect(s!.observations.inserted).toBe(295);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query(
        `SELECT o.vintage FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
         WHERE s.code = 'trade.KAZ.CHN.X' AND o.period = '2023' AND so.title LIKE 'Kazakhstan Bureau%' ORDER BY vintage`,
      );
      await client.end();
      expect(rows.map((r) => r.vintage)).toEqual(["", "2099-01 test vintage"]);
    } finally {
      await db.drop();
    }
  });
});

describe("bad input leaves the database exactly as it was", () => {
  it("wrong header", async () => {
    const file = await variant("header.csv", (l) => [l[0]!.replace("value_usd", "value"), ...l.slice(1)]);
    await expectRejected(file, 1, 1, /unrecognised file|wrong header/);
    const forced = await variant("header2.csv", (l) => [l[0]!.replace("value_usd", "value"), ...l.slice(1)]);
    const e = await importFiles([forced], { connectionString: seeded.url, format: "datapack" }).catch((x: ImportFileError) => x);
    expect(String(e)).toMatch(/:1:1: wrong header/);
  });

  it("truncated row", async () => {
    const file = await variant("truncated.csv", (l) => l.map((line, i) => (i === 5 ? line.split(",").slice(0, 4).join(",") : line)));
    await expectRejected(file, 6, 5, /expected 13 fields, found 4/);
  });

  it("non-numeric value", async () => {
    const file = await variant("nonnumeric.csv", (l) => l.map((line, i) => (i === 3 ? line.replace(",16757538600,", ",16.7bn,") : line)));
    await expectRejected(file, 4, 5, /not a number: "16\.7bn"/);
  });

  it("unknown country code", async () => {
    const file = await variant("country.csv", (l) => l.map((line, i) => (i === 2 ? line.replace(/^KAZ,/, "KZ,") : line)));
    await expectRejected(file, 3, 1, /unknown country code "KZ"/);
  });

  // Into the seeded database the key exists; into an empty one the file creates its series and the first line inserts it.
  it("duplicate key inside the file, of an existing series and of one the file creates", async () => {
    const file = await variant("duplicate.csv", (l) => [...l.slice(0, 3), l[2]!, ...l.slice(3)]);
    await expectRejected(file, 4, 5, /duplicate: trade\.KAZ\.CHN\.X 2024 .*line 3/);
    const empty = await createTestDatabase({ empty: true });
    try {
      await expectRejected(file, 4, 5, /duplicate: trade\.KAZ\.CHN\.X 2024 .*line 3/, empty.url, undefined, true);
    } finally {
      await empty.drop();
    }
  });

  // Batches of two rows: the repeated key comes in a later batch than its first line. Into the seeded database the key
  // exists and the first line leaves it unchanged; into an empty one the first line inserts it.
  it("duplicate key in a later batch, of an observation left unchanged and of one just inserted", async () => {
    const file = await variant("duplicate-later.csv", (l) => [...l.slice(0, 12), l[2]!, ...l.slice(12)]);
    await expectRejected(file, 13, 5, /duplicate: trade\.KAZ\.CHN\.X 2024 .*line 3/, seeded.url, 2);
    const empty = await createTestDatabase({ empty: true });
    try {
      await expectRejected(file, 13, 5, /duplicate: trade\.KAZ\.CHN\.X 2024 .*line 3/, empty.url, 2, true);
    } finally {
      await empty.drop();
    }
  });

  it("Latin-1 bytes", async () => {
    const file = await variant("latin1.csv", (l) => {
      const text = l.map((line, i) => (i === 18 ? line.replace("Trend News Agency", "Trend News Agenc\u00e9") : line)).join("\n");
      // Encode as Latin-1: é becomes the single byte 0xE9, which is not valid UTF-8.
      return Buffer.from(text, "latin1");
    });
    const lines = (await readFile(file, "latin1")).split("\n");
    const column = lines[18]!.indexOf("\u00e9") + 1;
    expect(column).toBeGreaterThan(1);
    await expectRejected(file, 19, column, /invalid UTF-8/);
  });

  it("the CLI exits non-zero and prints file:line:column", async () => {
    const file = await variant("cli-bad.csv", (l) => l.map((line, i) => (i === 3 ? line.replace(",16757538600,", ",n/a,") : line)));
    const before = await tableFingerprint(seeded.url);
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/import.ts"), file], {
      env: { ...process.env, DATABASE_URL: seeded.url },
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise((r) => child.once("exit", r));
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:4:5: not a number: "n/a"`);
    expect(stderr).toContain("the database is unchanged");
    expect(await tableFingerprint(seeded.url)).toEqual(before);
  });

  it("an unknown file names the formats it understands", async () => {
    const file = path.join(dir, "unknown.csv");
    await writeFile(file, "a,b,c\n1,2,3\n");
    await expectRejected(file, 1, 1, /not one of the formats.*datapack/s);
  });
});
