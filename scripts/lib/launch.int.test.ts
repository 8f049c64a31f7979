// `npm run dev` killed with SIGKILL leaves its embedded PostgreSQL and its Next.js server running; the next
// `npm run dev` must stop both, start again on the same data, and answer. Runs scripts/dev.ts for real (embedded
// PostgreSQL in a temporary folder, `next dev` on a free port), so it needs no build. Both runs also show what Next
// is given (issue 16.5, issue 15): the read-only role's URL and never the owner's, and 127.0.0.1 unless HOST says
// otherwise; a second test does the same with DATABASE_URL set (a database on the test server) and HOST=0.0.0.0.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../lib/testing/db";
import { findFreePort, isAlive, processCommand, processGroupEnvironments } from "./embedded-db";

const root = path.resolve(import.meta.dirname, "../..");
const nextPidFile = path.join(root, ".data", "next.pid.json");
const children: ChildProcess[] = [];
let base: string | undefined;

interface Launcher {
  child: ChildProcess;
  output: () => string;
}

function launch(dataDir: string, port: number, extra: Record<string, string> = {}): Launcher {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  for (const k of ["DATABASE_URL", "WEB_DATABASE_URL", "EMBEDDED_PG_PORT", "HOST"]) delete env[k];
  Object.assign(env, extra);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/dev.ts")], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return { child, output: () => out };
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms: number, output: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; launcher output:\n${output()}`);
}

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
}

const health = (port: number) =>
  fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(60_000) }).then(
    (r) => r.status === 200,
    () => false,
  );

/** This machine's first non-loopback IPv4 address, if it has one: where a server bound to 127.0.0.1 must not answer. */
function lanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => (socket.destroy(), resolve(false)));
  });
}

/** What the running Next.js was given: every process of its group has the web role's URL, none the owner's. */
async function expectWebOnlyEnvironment(ownerUrl: string | undefined): Promise<string> {
  const { nextPid } = JSON.parse(await readFile(nextPidFile, "utf8")) as { nextPid: number };
  const envs = await processGroupEnvironments(nextPid);
  expect(envs.length, "Next.js processes").toBeGreaterThan(0);
  const webUrls = new Set(envs.map((e) => e.get("WEB_DATABASE_URL")));
  expect(webUrls.size).toBe(1);
  for (const env of envs) {
    expect(env.has("DATABASE_URL"), "DATABASE_URL in the web process").toBe(false);
    expect(env.has("ADMIN_DATABASE_URL")).toBe(false);
    if (ownerUrl) expect([...env.values()].filter((v) => v.includes(ownerUrl))).toEqual([]);
  }
  return [...webUrls][0]!;
}

function otherLauncherRunning(): Promise<boolean> {
  if (!existsSync(nextPidFile)) return Promise.resolve(false);
  return readFile(nextPidFile, "utf8").then(async (text) => {
    const { launcherPid } = JSON.parse(text) as { launcherPid: number };
    if (!(await processCommand(launcherPid))) return false;
    console.warn(`skipped: a launcher (pid ${launcherPid}) is running in this checkout`);
    return true;
  });
}

let testDb: TestDatabase | undefined;
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 3000));
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  if (base) await rm(base, { recursive: true, force: true });
  if (testDb) {
    await testDb.drop();
    const admin = new pg.Client({ connectionString: process.env.ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${admin.escapeIdentifier(`${testDb.name}_web`)}`).finally(() => admin.end());
  }
});

it("a SIGKILLed `npm run dev` leaves PostgreSQL and Next running; the next `npm run dev` stops them and starts again", async () => {
  // Another developer's `npm run dev` in this checkout owns .data/next.pid.json: do not interfere with it.
  if (await otherLauncherRunning()) return;
  base = await mkdtemp(path.join(tmpdir(), "monitor-dev-kill-"));
  const { chmod } = await import("node:fs/promises");
  await chmod(base, 0o755); // as root, PostgreSQL runs as user postgres and must reach the folder
  const dataDir = path.join(base, "postgres");
  const port = await findFreePort(3900);

  const first = launch(dataDir, port);
  await waitFor("the first launcher to answer /api/health", () => /GET \/api\/health → 200/.test(first.output()), 150_000, first.output);
  const pgPid = await postmasterPid(dataDir);
  const { nextPid } = JSON.parse(await readFile(nextPidFile, "utf8")) as { nextPid: number };
  expect(isAlive(pgPid)).toBe(true);
  // The embedded database is "monitor": its web role is monitor_web. Next listens on 127.0.0.1 only.
  expect(new URL(await expectWebOnlyEnvironment(undefined)).username).toBe("monitor_web");
  expect(first.output()).toContain(`Open http://127.0.0.1:${port} (this machine only`);
  const lan = lanAddress();
  if (lan) expect(await connects(lan, port), `not reachable on ${lan}`).toBe(false);

  first.child.kill("SIGKILL");
  await new Promise<void>((r) =>
    first.child.exitCode !== null || first.child.signalCode !== null ? r() : first.child.once("exit", () => r()),
  );
  // What SIGKILL leaves behind: the postmaster and the Next.js process group, still serving.
  expect(isAlive(pgPid), "PostgreSQL survives the launcher").toBe(true);
  expect(isAlive(nextPid), "Next.js survives the launcher").toBe(true);

  const second = launch(dataDir, port);
  await waitFor("the second launcher to answer /api/health", () => /GET \/api\/health → 200/.test(second.output()), 150_000, second.output);
  expect(second.output()).toMatch(/stopping a Next\.js server \(process group \d+\) left running by an earlier run/);
  expect(second.output()).toMatch(/stopping a PostgreSQL server \(pid \d+\) left running by an earlier run/);
  expect(second.output()).toMatch(/seed: .*skipped/); // same data folder: the data survived
  expect(isAlive(pgPid), "the stale postmaster was stopped").toBe(false);
  expect(isAlive(nextPid), "the stale Next.js was stopped").toBe(false);
  expect(await health(port)).toBe(true);

  // A clean stop leaves nothing behind.
  const newPg = await postmasterPid(dataDir);
  second.child.kill("SIGTERM");
  await waitFor(
    "the second launcher to exit",
    () => second.child.exitCode !== null || second.child.signalCode !== null,
    30_000,
    second.output,
  );
  expect(isAlive(newPg)).toBe(false);
  expect(existsSync(nextPidFile)).toBe(false);
}, 360_000);

it("with DATABASE_URL: migrated, seeded, its own <database>_web role; Next gets only that role's URL; HOST=0.0.0.0", async () => {
  if (await otherLauncherRunning()) return;
  testDb = await createTestDatabase();
  const port = await findFreePort(3920);
  const run = launch(path.join(tmpdir(), "monitor-unused-embedded"), port, { DATABASE_URL: testDb.url, HOST: "0.0.0.0" });
  await waitFor("the launcher to answer /api/health", () => /GET \/api\/health → 200/.test(run.output()), 150_000, run.output);
  expect(run.output()).toContain("(no embedded PostgreSQL)");
  expect(run.output()).toContain(`read-only role ${testDb.name}_web ready`);
  expect(run.output()).toContain(`Open http://127.0.0.1:${port} (listening on 0.0.0.0`);
  const webUrl = await expectWebOnlyEnvironment(testDb.url);
  expect(new URL(webUrl).username).toBe(`${testDb.name}_web`);
  const lan = lanAddress();
  if (lan) expect(await connects(lan, port), `reachable on ${lan}`).toBe(true);
  run.child.kill("SIGTERM");
  await waitFor("the launcher to exit", () => run.child.exitCode !== null || run.child.signalCode !== null, 30_000, run.output);
}, 300_000);
