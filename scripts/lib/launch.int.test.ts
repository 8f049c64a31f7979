// `npm run dev` killed with SIGKILL leaves its embedded PostgreSQL and its Next.js server running; the next
// `npm run dev` must stop both, start again on the same data, and answer. Runs scripts/dev.ts for real (embedded
// PostgreSQL in a temporary folder, `next dev` on a free port), so it needs no build.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { findFreePort, isAlive, processCommand } from "./embedded-db";

const root = path.resolve(import.meta.dirname, "../..");
const nextPidFile = path.join(root, ".data", "next.pid.json");
const children: ChildProcess[] = [];
let base: string | undefined;

interface Launcher {
  child: ChildProcess;
  output: () => string;
}

function launch(dataDir: string, port: number): Launcher {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  for (const k of ["DATABASE_URL", "WEB_DATABASE_URL", "EMBEDDED_PG_PORT"]) delete env[k];
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

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 3000));
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  if (base) await rm(base, { recursive: true, force: true });
});

it("a SIGKILLed `npm run dev` leaves PostgreSQL and Next running; the next `npm run dev` stops them and starts again", async () => {
  // Another developer's `npm run dev` in this checkout owns .data/next.pid.json: do not interfere with it.
  if (existsSync(nextPidFile)) {
    const state = JSON.parse(await readFile(nextPidFile, "utf8")) as { launcherPid: number };
    if (await processCommand(state.launcherPid)) {
      console.warn(`skipped: a launcher (pid ${state.launcherPid}) is running in this checkout`);
      return;
    }
  }
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
