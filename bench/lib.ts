// Shared by the benchmarks in bench/: argument parsing, the bench database, medians, tables, process memory.
// Benchmarks print numbers and ratios measured in the same run; they never pass or fail on absolute time.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations } from "../lib/migrate/apply.ts";
import { findFreePort } from "../scripts/lib/embedded-db.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
export const OUT_DIR = path.join(ROOT, "bench-out");
export const DEFAULT_BENCH_URL = "postgresql://postgres@127.0.0.1:5432/monitor_bench";

export const say = (line: string) => console.log(`[bench] ${line}`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `--name value` / `--name=value` / `--flag` options (no positionals). */
export function options(argv = process.argv.slice(2)): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) throw new Error(`unexpected argument ${a}`);
    const eq = a.indexOf("=");
    if (eq > 0) out.set(a.slice(2, eq), a.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) out.set(a.slice(2), argv[++i]!);
    else out.set(a.slice(2), "true");
  }
  return out;
}

/** "1M", "10m", "500k", "2500000" → number. */
export function parseCount(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`${text} is not a row count (e.g. 1000000, 500k, 10M)`);
  const n = Number(m[1]) * ({ k: 1e3, m: 1e6 }[m[2]!.toLowerCase() as "k" | "m"] ?? 1);
  return Math.round(n);
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/**
 * The benchmark database must be a separate one: the generator truncates every data table.
 * A database whose name does not contain "bench" is refused.
 */
export function benchUrl(opts: Map<string, string>): string {
  const url = opts.get("database") ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL;
  if (!/bench/i.test(databaseName(url))) {
    throw new Error(
      `refusing to use database ${JSON.stringify(databaseName(url))}: benchmark databases must have "bench" in their name (the generator empties them)`,
    );
  }
  return url;
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "monitor-bench" });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database if missing and applies the migrations. */
export async function ensureBenchDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  await withClient(admin.toString(), async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      say(`creating database ${name}`);
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
    }
  });
  const { applied } = await applyMigrations(url, MIGRATIONS_DIR);
  if (applied.length) say(`migrations applied: ${applied.join(", ")}`);
}

export async function observationCount(url: string): Promise<number> {
  // reltuples is exact enough after the generator's ANALYZE and costs nothing at 50 M rows.
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: string }>(
      `SELECT greatest(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = '"Observation"'::regclass`,
    );
    return Number(rows[0]!.n);
  });
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** A Markdown table (it reads as a plain-text table on a terminal too). */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w, i) => (i === 0 ? `${"-".repeat(w + 1)}-` : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...cells.slice(1).map(line),
  ].join("\n");
}

export const fmt = {
  n: (x: number, digits = 0) =>
    Number.isFinite(x) ? x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "–",
  pct: (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : "–"),
  mb: (bytes: number) => `${(bytes / 1048576).toFixed(1)}`,
  ms: (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : "–"),
};

/** VmHWM / VmRSS of a process in bytes (Linux), or null when it is gone. */
export async function memoryOf(pid: number): Promise<{ rss: number; hwm: number } | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return null;
  }
}

/** Children of a process (Linux /proc), depth-first, to find next-server under `next start`. */
export async function descendants(pid: number): Promise<number[]> {
  const out: number[] = [];
  const { readdir } = await import("node:fs/promises");
  const all = (await readdir("/proc")).filter((d) => /^\d+$/.test(d)).map(Number);
  const parentOf = new Map<number, number>();
  for (const p of all) {
    try {
      const stat = await readFile(`/proc/${p}/stat`, "utf8");
      parentOf.set(p, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* gone */
    }
  }
  const walk = (p: number) => {
    for (const [child, parent] of parentOf)
      if (parent === p) {
        out.push(child);
        walk(child);
      }
  };
  walk(pid);
  return out;
}

/** Runs a benchmark's main function when its file is executed directly, printing its report. */
export function runWhenMain(moduleUrl: string, main: () => Promise<string>): void {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  main().then(
    (text) => {
      console.log(`\n${text}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

export interface NextServer {
  url: string;
  port: number;
  /** The process that serves requests (next-server), for memory readings. */
  serverPid: number;
  child: ChildProcess;
  log: () => string;
  stop(): Promise<void>;
}

/** `next start` on the production build in .next, in its own process group, on 127.0.0.1. */
export async function startNext(env: Record<string, string>, opts: { port?: number } = {}): Promise<NextServer> {
  const port = opts.port ?? (await findFreePort(3200));
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env },
    },
  );
  let output = "";
  child.stdout!.on("data", (d) => (output = (output + d).slice(-200_000)));
  child.stderr!.on("data", (d) => (output = (output + d).slice(-200_000)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
    await sleep(200);
  }
  const kids = await descendants(child.pid!);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    serverPid: kids.at(-1) ?? child.pid!,
    child,
    log: () => output,
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      const end = Date.now() + 5_000;
      while (Date.now() < end && child.exitCode === null && child.signalCode === null) await sleep(50);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
    },
  };
}

export async function machine(url: string): Promise<string> {
  const version = await withClient(
    url,
    async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v,
  ).catch(() => "?");
  const cpu = os.cpus()[0]?.model ?? "?";
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, PostgreSQL ${version}, ${os.type()} ${os.release()}`;
}
