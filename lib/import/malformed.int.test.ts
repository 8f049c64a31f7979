// Hostile and malformed files (issues 14 and 16): each is refused with its exact `file:line:column`, a message under
// 500 characters, a non-zero exit, and the database exactly as it was.
import { createHash } from "node:crypto";
import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, tableFingerprint, type TestDatabase } from "../testing/db";
import { COMTRADE_COLUMNS } from "./parsers/comtrade";
import { finished, query, ROOT, runCli, startCli, stderrContains, writeTidyFile } from "./test-support";

const TRADE_MIRROR = path.join(ROOT, "prisma/seed-data/tidy/trade_mirror.csv");
const COMTRADE = path.join(ROOT, "prisma/seed-data/raw/comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv");
const TEN_MB = 10 * 1024 * 1024;
let dir: string;
let db: TestDatabase;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "monitor-malformed-"));
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** trade_mirror.csv with its line `n` (1-based) edited. */
async function mirrorVariant(name: string, n: number, edit: (line: string) => string): Promise<string> {
  const lines = (await readFile(TRADE_MIRROR, "utf8")).split(/\r?\n/);
  lines[n - 1] = edit(lines[n - 1]!);
  const file = path.join(dir, name);
  await writeFile(file, lines.join("\n"));
  return file;
}

/** The Comtrade excerpt with a field of data row 1 (line 2) replaced. */
async function comtradeVariant(name: string, column: string, value: string): Promise<string> {
  const [header, ...rows] = (await readFile(COMTRADE, "utf8")).split(/\r?\n/);
  const record = parse(rows[0]!, { relax_column_count: true })[0] as string[];
  record[COMTRADE_COLUMNS.indexOf(column as (typeof COMTRADE_COLUMNS)[number])] = value;
  const file = path.join(dir, name);
  await writeFile(file, [header, stringify([record]).trimEnd(), ...rows.slice(1)].join("\n"));
  return file;
}

const line2 = async () => (await readFile(TRADE_MIRROR, "utf8")).split(/\r?\n/)[1]!;
const PUBLISHED = "total exports 78674.5 mn USD; China share 18.7%";

const CASES: [string, () => Promise<string>, () => Promise<string>, RegExp][] = [
  [
    "a stray quote in an unquoted field",
    () => mirrorVariant("quote.csv", 2, (l) => l.replace(PUBLISHED, 'Iron "and" steel')),
    async () => "2:10",
    /malformed CSV: Invalid Opening Quote/,
  ],
  [
    "a NUL byte in a text field",
    () => mirrorVariant("nul.csv", 2, (l) => l.replace(PUBLISHED, "total exports\u0000 78674.5")),
    async () => `2:${(await line2()).indexOf(PUBLISHED) + "total exports".length + 1}`,
    /NUL byte/,
  ],
  [
    "a 10 MB field",
    () => mirrorVariant("field.csv", 2, (l) => l.replace(PUBLISHED, "x".repeat(TEN_MB))),
    async () => "2:10",
    /Max Record Size/,
  ],
  [
    "a 10 MB header cell",
    async () => {
      const text = await readFile(COMTRADE, "utf8");
      const file = path.join(dir, "header.csv");
      await writeFile(file, text.replace("isReported,isAggregate", `isReported,isAggregate${"x".repeat(TEN_MB)}`));
      return file;
    },
    async () => "1:47",
    /Max Record Size/,
  ],
  [
    "an unknown country code",
    () => mirrorVariant("zzz.csv", 2, (l) => l.replace(/^KAZ,/, "ZZZ,")),
    async () => "2:5",
    /reporter "ZZZ" is not a known ISO 3166/,
  ],
  [
    "a negative trade value",
    () => mirrorVariant("negative.csv", 2, (l) => l.replace(",14712131500,", ",-14712131500,")),
    async () => "2:5",
    /negative value -14712131500 .*trade values cannot be negative/,
  ],
  [
    "a value NUMERIC(30,10) would store as 0",
    () => comtradeVariant("tiny.csv", "primaryValue", "1e-300"),
    async () => "2:44",
    /primaryValue 1e-300 is outside the stored range/,
  ],
  [
    "a header and no data rows",
    () =>
      mirrorVariant("header-only.csv", 2, () => "").then(async (f) => {
        await writeFile(f, (await readFile(TRADE_MIRROR, "utf8")).split(/\r?\n/)[0]! + "\n");
        return f;
      }),
    async () => "2:1",
    /no data: the file has no rows after its header/,
  ],
];

describe("refused with file:line:column, a short message, and nothing written", () => {
  it.each(CASES)(
    "%s",
    async (_, make, position, message) => {
      const file = await make();
      const before = await tableFingerprint(db.url);
      const r = await runCli(db.url, [file]);
      expect(r.code).toBe(1);
      const first = r.stderr.split("\n")[0]!;
      expect(first.startsWith(`${file}:${await position()}: `), first.slice(0, 600)).toBe(true);
      expect(first.length - file.length).toBeLessThan(500);
      expect(first).toMatch(message);
      expect(r.stderr.length).toBeLessThan(2000);
      expect(r.stderr).toContain("the database is unchanged");
      expect(await tableFingerprint(db.url)).toEqual(before);
    },
    120_000,
  );

  it("an xlsx that inflates past the cap", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(110 * 1024 * 1024, 0x20));
    const file = path.join(dir, "bomb.xlsx");
    await writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const before = await tableFingerprint(db.url);
    const r = await runCli(db.url, [file, "--format", "dots"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:1:1: the workbook inflates to more than 100 MB`);
    expect(await tableFingerprint(db.url)).toEqual(before);
  }, 120_000);

  it("--vintage longer than 100 characters or with control characters: exit 2 before anything is read", async () => {
    for (const vintage of [`${"v".repeat(101)} (2025-06-01)`, "2025\t06 (2025-06-01)"]) {
      const r = await runCli(db.url, [TRADE_MIRROR, "--vintage", vintage]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^--vintage .*: (at most 100 characters|letters, digits)/);
    }
    const undated = await runCli(db.url, [TRADE_MIRROR, "--vintage", "2025 release"]);
    expect(undated.code).toBe(2);
    expect(undated.stderr).toMatch(/^--vintage "2025 release" has no valid date/);
  });
});

describe("a file that changes while it is imported", () => {
  it("is refused when a row is appended mid-import; imported later, its ImportRun has the checksum of its bytes", async () => {
    const file = path.join(dir, "growing.csv");
    await writeTidyFile(file, 50_000, { sourceKey: "growing-test" });
    const before = await tableFingerprint(db.url);
    const child = startCli(db.url, [file], { MONITOR_IMPORT_HOLD: "staging" });
    const done = finished(child);
    await stderrContains(child, "import: holding at staging");
    const lastLine = (await readFile(file, "utf8")).trimEnd().split("\n").at(-1)!;
    await appendFile(file, `${lastLine.replace(/,2019,/, ",2020,").replace(/^trade\.(\w+)\.(\w+)\./, "trade.$1.$2.")}\n`);
    child.kill("SIGUSR2");
    const r = await done;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:1:1: the file changed while it was being imported`);
    expect(await tableFingerprint(db.url)).toEqual(before);

    const again = await runCli(db.url, [file]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("50001 inserted");
    const sha = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    const [run] = await query<{ checksum: string }>(db.url, `SELECT checksum FROM "ImportRun" ORDER BY id DESC LIMIT 1`);
    expect(run!.checksum).toBe(sha);
  }, 180_000);
});
