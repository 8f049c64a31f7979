// `npm run import` and `npm run db:seed` with no DATABASE_URL use the embedded PostgreSQL of `npm run dev` in the same
// data folder (issue 15): started for the command and stopped after it when nothing runs it, or the running server
// (here: one this test process runs, as `npm run dev` would) left running. Real scripts, real embedded server.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { isAlive, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-db";

const root = path.resolve(import.meta.dirname, "../..");
const FILE = "prisma/seed-data/tidy/external_debt.csv"; // a data-pack file: observations, sources, notes
let base: string;
let dataDir: string;
let server: EmbeddedPostgres | undefined;

function npmScript(script: string, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DIR: dataDir };
  for (const k of ["DATABASE_URL", "WEB_DATABASE_URL", "EMBEDDED_PG_PORT"]) delete env[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", script), ...args], { cwd: root, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

async function count(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), "monitor-owner-db-"));
  await chmod(base, 0o755); // as root, PostgreSQL runs as user postgres and must reach the folder
  dataDir = path.join(base, "postgres");
});

afterAll(async () => {
  await server?.stop().catch(() => {});
  await rm(base, { recursive: true, force: true });
});

it("with nothing running: starts the embedded PostgreSQL (a fresh folder: initialised, migrated), imports, stops it", async () => {
  const run = await npmScript("import.ts", [FILE]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toMatch(/starting the embedded PostgreSQL/);
  expect(run.stderr).toMatch(/migrations: \d+ applied/);
  expect(run.stderr).toMatch(/embedded PostgreSQL stopped/);
  expect(run.stdout).toMatch(/external_debt\.csv \[datapack\]: [1-9]\d* inserted/);
  expect(existsSync(path.join(dataDir, "postmaster.pid")), "the server was stopped").toBe(false);
  expect(existsSync(`${dataDir}.owner`)).toBe(false);

  // The data are in that folder's database.
  server = await startEmbeddedPostgres({ dataDir });
  expect(await count(server.url, "Observation")).toBeGreaterThan(0);
  expect(await count(server.url, "ImportRun")).toBe(1);
}, 120_000);

it("with the server running (as under `npm run dev`): uses it and leaves it running; db:seed too", async () => {
  const postmaster = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  const again = await npmScript("import.ts", [FILE]);
  expect(again.code, again.stderr).toBe(0);
  expect(again.stderr).toMatch(new RegExp(`that process ${process.pid} runs \\(127\\.0\\.0\\.1:${server!.port}\\)`));
  expect(again.stdout).toMatch(/0 inserted, 0 updated, [1-9]\d* unchanged/);
  expect(await count(server!.url, "ImportRun")).toBe(2);

  const seeded = await npmScript("seed.ts");
  expect(seeded.code, seeded.stderr).toBe(0);
  expect(seeded.stdout).toMatch(/\d+ inserted, \d+ updated, \d+ unchanged/);
  expect(await count(server!.url, "Observation")).toBeGreaterThan(20_000);
  expect(isAlive(postmaster), "still running").toBe(true);
  expect(Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0])).toBe(postmaster);
}, 180_000);
