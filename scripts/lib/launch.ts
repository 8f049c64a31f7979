// Shared by scripts/dev.ts (`npm run dev`) and scripts/start.ts (`npm start`):
//   1. database: DATABASE_URL if set, else an embedded PostgreSQL in .data/postgres (scripts/lib/embedded-db.ts);
//   2. migrations (lib/migrate/apply.ts), seed (lib/import/seed.ts), read-only role for the web app;
//   3. `next dev` / the production server (scripts/serve.mjs: Next's handler, TRACE refused) in its own process group with WEB_DATABASE_URL (read-only role) and never the
//      owner's DATABASE_URL, on HOST (default 127.0.0.1); on SIGINT/SIGTERM/SIGHUP the group is killed and
//      PostgreSQL stopped; if Next exits, PostgreSQL is stopped too.
// Next is started as `node node_modules/next/dist/bin/next …`, never through npx: killing npx leaves the
// next-server child listening (STACK.md). Only asynchronous child-process calls are used: the embedded
// postmaster's output pipes are served by this process's event loop.
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { access, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensureReadOnlyRole } from "../../lib/db/roles.ts";
import { optionalPostgresUrl } from "../../lib/env.ts";
import { seedChecksums, seedIsCurrent } from "../../lib/import/seed-state.ts";
import { DEFAULT_DATA_DIR, PROJECT_ROOT, isPortFree, processCommand, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-db.ts";
import { applyMigrations } from "../../lib/migrate/apply.ts";

export { PROJECT_ROOT };
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");
export const SEED_DATA_DIR = path.join(PROJECT_ROOT, "prisma", "seed-data");
export const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
/** The production server: Next's request handler behind a Node server that refuses TRACE/TRACK/CONNECT with a 405. */
export const SERVE_SCRIPT = path.join(PROJECT_ROOT, "scripts", "serve.mjs");
const STATE_DIR = path.join(PROJECT_ROOT, ".data");
const NEXT_PID_FILE = path.join(STATE_DIR, "next.pid.json");

export type Log = (line: string) => void;
export const log: Log = (line) => console.log(`[monitor] ${line}`);

export const ms = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(2)} s`;
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

/** postgresql://user:secret@host/db → postgresql://user:***@host/db */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export async function migrate(url: string, logLine: Log = log): Promise<void> {
  const t = performance.now();
  const { applied, alreadyApplied } = await applyMigrations(url, MIGRATIONS_DIR);
  logLine(
    `migrations: ${applied.length} applied${applied.length ? ` (${applied.join(", ")})` : ""}, ` +
      `${alreadyApplied.length} already applied — ${ms(t)}`,
  );
}

export interface SeedSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}
type SeedFn = (url: string, options?: { log?: (line: string) => void }) => Promise<SeedSummary>;

const SEED_MODULE = path.join(PROJECT_ROOT, "lib", "import", "seed.ts");

/** lib/import/seed.ts's seedDatabase, or null while that module does not exist yet. */
export async function loadSeed(): Promise<SeedFn | null> {
  if (!(await exists(SEED_MODULE))) return null;
  // Imported by a path built at run time, so type-checking this file does not depend on the seed module.
  const mod = (await import(pathToFileURL(SEED_MODULE).href)) as { seedDatabase?: SeedFn };
  if (typeof mod.seedDatabase !== "function") throw new Error(`${SEED_MODULE} does not export seedDatabase()`);
  return mod.seedDatabase;
}

/** Seeds `url`; returns null (with a warning) when there is no seed module. */
export async function seed(url: string, logLine: Log = log): Promise<SeedSummary | null> {
  const t = performance.now();
  const seedDatabase = await loadSeed();
  if (!seedDatabase) {
    logLine("warning: lib/import/seed.ts does not exist — database left unseeded");
    return null;
  }
  const s = await seedDatabase(url, { log: (line) => logLine(`  seed: ${line}`) });
  logLine(`seed: ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected — ${ms(t)}`);
  return s;
}

/**
 * The read-only role belongs to one database (lib/db/roles.ts). A random password per start would break another
 * launcher serving the same database (a second app instance), so the password is derived from the owner's
 * credentials, the server and the database: every launcher of that database computes the same one, and nobody
 * without the owner's password can. (Without an owner password the server trusts its clients anyway.)
 */
export function webRolePassword(ownerUrl: string): string {
  const database = new URL(ownerUrl);
  database.search = "";
  return createHmac("sha256", database.toString()).update("read-only web role").digest("base64url").slice(0, 32);
}

export interface Database {
  ownerUrl: string;
  webUrl: string;
  embedded?: EmbeddedPostgres;
}

/**
 * Makes the database ready: embedded or DATABASE_URL, migrated, seeded, read-only role.
 * `onEmbedded` receives the embedded server as soon as it runs, so a signal during migration can stop it.
 */
export async function prepareDatabase(onEmbedded: (pg: EmbeddedPostgres) => void): Promise<Database> {
  const external = optionalPostgresUrl("DATABASE_URL");
  let ownerUrl: string;
  let embedded: EmbeddedPostgres | undefined;

  if (external) {
    ownerUrl = external;
    log(`database: DATABASE_URL=${redact(external)} (no embedded PostgreSQL)`);
  } else {
    const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR || DEFAULT_DATA_DIR);
    const t = performance.now();
    embedded = await startEmbeddedPostgres({ dataDir, log });
    onEmbedded(embedded);
    ownerUrl = embedded.url;
    const { initMs, startMs } = embedded.timings;
    log(
      `embedded PostgreSQL ${embedded.initialised ? `initialised in ${(initMs / 1000).toFixed(2)} s, ` : ""}` +
        `started in ${(startMs / 1000).toFixed(2)} s on 127.0.0.1:${embedded.port} — ${ms(t)} in all`,
    );
  }

  await migrate(ownerUrl);

  // Seeding re-reads and re-parses the whole data pack (3–20 s on the 2-core machine). It is skipped when the data
  // pack's files are byte for byte those of the last successful seed (their SHA-256 against "ImportRun", one query);
  // `--reseed` forces it (e.g. after changing an importer).
  if (!process.argv.slice(2).includes("--reseed") && (await seedIsCurrent(ownerUrl, await seedChecksums()))) {
    log("seed: the data pack is unchanged since the last successful seed (same SHA-256 for every file) — skipped (--reseed forces it)");
  } else {
    await seed(ownerUrl);
  }

  let webUrl = optionalPostgresUrl("WEB_DATABASE_URL") ?? "";
  if (!webUrl) {
    const t = performance.now();
    try {
      webUrl = await ensureReadOnlyRole(ownerUrl, { password: webRolePassword(ownerUrl), warn: (m) => log(`warning: ${m}`) });
    } catch (error) {
      // Never the owner's URL instead: the web app would then be able to write.
      throw new Error(
        `could not set up the read-only web role (${(error as Error).message}). Give the owner CREATEROLE, or create a ` +
          "role that can only SELECT and set WEB_DATABASE_URL to it.",
      );
    }
    log(`read-only role ${decodeURIComponent(new URL(webUrl).username)} ready — ${ms(t)}`);
  }
  return { ownerUrl, webUrl, embedded };
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  );
}

/** A Next server left behind by a launcher that was SIGKILLed: stop it, or refuse if its launcher still runs. */
async function clearStaleNext(): Promise<void> {
  let state: { launcherPid: number; nextPid: number; port: number };
  try {
    state = JSON.parse(await readFile(NEXT_PID_FILE, "utf8"));
  } catch {
    return;
  }
  const launcher = await processCommand(state.launcherPid);
  if (state.launcherPid !== process.pid && launcher && /node|tsx/.test(launcher) && /scripts\/(dev|start)/.test(launcher)) {
    throw new Error(`another launcher is running (pid ${state.launcherPid}, Next on port ${state.port}); stop it first`);
  }
  const next = await processCommand(state.nextPid);
  if (next && /next/.test(next)) {
    log(`stopping a Next.js server (process group ${state.nextPid}) left running by an earlier run`);
    await killGroup(state.nextPid);
  }
  await rm(NEXT_PID_FILE, { force: true });
}

/** SIGTERM to a process group, SIGKILL after 5 s. */
export async function killGroup(pgid: number, graceMs = 5_000): Promise<void> {
  const groupAlive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pgid, "SIGTERM");
  } catch {
    return;
  }
  const end = Date.now() + graceMs;
  while (Date.now() < end && groupAlive()) await sleep(50);
  if (groupAlive()) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      /* already gone */
    }
    while (groupAlive() && Date.now() < end + 2_000) await sleep(50);
  }
}

/**
 * The address Next listens on: HOST, else 127.0.0.1 — a dashboard on one's own machine is not served to the network
 * unless asked (HOST=0.0.0.0; the Docker image sets it). Only an IP address or `localhost` is taken: some shells
 * export HOST as the machine's name.
 */
export function listenHost(): string {
  const host = process.env.HOST?.trim() || "127.0.0.1";
  if (host !== "localhost" && !net.isIP(host)) {
    throw new Error(`HOST=${host} is not an address to listen on: use 127.0.0.1 (the default), 0.0.0.0 (every interface) or ::`);
  }
  return host;
}

/** Where this machine reaches a server listening on `host` (a wildcard address is reached on loopback). */
function reachAt(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "::1";
  return host;
}

function waitForPort(port: number, host: string, child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(false);
      const socket = net.connect({ port, host });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => {
        socket.destroy();
        setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

function httpGet(url: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on("error", reject);
  });
}

/**
 * The web process's environment: the read-only role's URL and never the owner's (DATABASE_URL) or the admin's, so
 * that nothing running inside Next can write to the database or read those credentials from its environment.
 */
export function webProcessEnv(webUrl: string, port: number, host = "127.0.0.1"): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, WEB_DATABASE_URL: webUrl, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
  // Share cards and permalinks need the site's origin: on one's own machine it is the address the server listens on.
  env.PUBLIC_ORIGIN ||= `http://${host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host}:${port}`;
  delete env.DATABASE_URL;
  delete env.ADMIN_DATABASE_URL;
  return env;
}

export async function launch(mode: "dev" | "start"): Promise<void> {
  const t0 = 0; // performance.now() counts from this process's start
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT=${process.env.PORT} is not a port number`);
  const host = listenHost();
  for (const name of ["DATABASE_URL", "WEB_DATABASE_URL"]) optionalPostgresUrl(name); // a malformed URL: say so before anything starts

  if (mode === "start" && !(await exists(path.join(PROJECT_ROOT, ".next", "BUILD_ID")))) {
    throw new Error("no production build in .next/: run `npm run build` first (or `npm run dev` for development)");
  }

  await mkdir(STATE_DIR, { recursive: true });
  await clearStaleNext();
  if (!(await isPortFree(port, host))) {
    throw new Error(`port ${port} is in use; stop what listens there or set PORT=<another port>`);
  }

  let embedded: EmbeddedPostgres | undefined;
  // eslint-disable-next-line prefer-const -- assigned once Next is spawned, read by the shutdown handler defined first
  let next: ChildProcess | undefined;
  let shuttingDown = false;

  const shutdown = async (reason: string, code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const t = performance.now();
    log(`${reason}: stopping${next ? " Next.js" : ""}${next && embedded ? " and" : ""}${embedded ? " PostgreSQL" : ""}…`);
    if (next?.pid && next.exitCode === null && next.signalCode === null) await killGroup(next.pid);
    await rm(NEXT_PID_FILE, { force: true });
    if (embedded) {
      try {
        await embedded.stop();
      } catch (error) {
        log(`warning: ${(error as Error).message}`);
        code ||= 1;
      }
    }
    log(`stopped — ${ms(t)}`);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => void shutdown(signal, 0));
  }

  let db: Database;
  try {
    db = await prepareDatabase((pg) => {
      embedded = pg;
    });
  } catch (error) {
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof Error && error.stack && process.env.DEBUG) console.error(error.stack);
    await shutdown("start-up failed", 1);
    return;
  }
  if (shuttingDown) return;

  if (embedded) {
    log(`data lives in ${path.relative(process.cwd(), embedded.dataDir) || embedded.dataDir} (delete that folder to start afresh)`);
    log(`DATABASE_URL=${embedded.url}`);
  }

  const args = mode === "dev" ? [NEXT_BIN, "dev", "-p", String(port), "-H", host] : [SERVE_SCRIPT, "-p", String(port), "-H", host];
  const tNext = performance.now();
  next = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    detached: true, // own process group, killed as a whole (next dev forks next-server)
    stdio: ["ignore", "inherit", "inherit"],
    env: webProcessEnv(db.webUrl, port, host),
  });
  await writeFile(NEXT_PID_FILE, JSON.stringify({ launcherPid: process.pid, nextPid: next.pid, port }) + "\n");
  next.on("exit", (code, signal) => {
    if (!shuttingDown) void shutdown(`Next.js exited (${signal ?? `code ${code}`})`, code || 1);
  });
  next.on("error", (error) => {
    if (!shuttingDown) void shutdown(`Next.js failed to start (${error.message})`, 1);
  });

  const local = reachAt(host);
  const origin = `http://${net.isIPv6(local) ? `[${local}]` : local}:${port}`;
  if (!(await waitForPort(port, local, next))) return;
  log(`ready in ${ms(t0)} (Next.js listening on ${host}:${port} after ${ms(tNext)})`);
  log(
    `Open ${origin}${host === local ? " (this machine only; HOST=0.0.0.0 to serve the network)" : ` (listening on ${host}: other machines can connect)`}`,
  );

  // One request to the health route: it shows the database wiring works (and, in dev, compiles the route).
  const tHealth = performance.now();
  try {
    const res = await httpGet(`${origin}/api/health`, 60_000);
    log(`GET /api/health → ${res.status} ${res.body.slice(0, 120).replace(/\s+/g, " ")} — ${ms(tHealth)}`);
  } catch (error) {
    if (!shuttingDown) log(`GET /api/health failed: ${(error as Error).message}`);
  }
}
