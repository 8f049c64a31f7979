// `npm test`: the one test command. Stages, in order:
//   static       tsc --noEmit, ESLint, Prettier --check (fails on any error; no database)
//   unit         vitest --project unit (no database)
//   integration  vitest --project integration, with throw-away template databases
//   e2e          next build, then Playwright against `next start` on a seeded copy (read-only role)
// `npm test -- --only static|unit|integration|e2e` (comma-separated for several) runs a subset.
//
// PostgreSQL: ADMIN_DATABASE_URL if set, else postgresql://postgres@127.0.0.1:5432/postgres if it answers
// within 2 s, else an embedded PostgreSQL in a temporary folder (so a machine without PostgreSQL works too).
// Databases created (all dropped at the end, also on failure or Ctrl-C; <run> = this process's pid):
//   monitor_tple_<run>   migrated only            → TEST_EMPTY_TEMPLATE_DATABASE
//   monitor_tpl_<run>    migrated + seeded        → TEST_TEMPLATE_DATABASE
//   monitor_e2e_<run>    copy of the seeded one   → DATABASE_URL for the e2e server
//   monitor_t_<run>_*    made by tests (lib/testing/db.ts), swept at the end
// and the role monitor_e2e_<run>_web (the e2e server's read-only WEB_DATABASE_URL, lib/db/roles.ts; roles made by
// tests are swept too). The e2e server gets WEB_DATABASE_URL only (playwright.config.ts); the specs get both.
// Last line: "N passed, M failed" over all stages (a stage that could not run at all counts as one failure);
// the exit code is non-zero if anything failed or no test ran.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ensureReadOnlyRole } from "../lib/db/roles.ts";
import { optionalPostgresUrl } from "../lib/env.ts";
import { findFreePort, isAlive, processCommand, startTemporaryPostgres } from "./lib/embedded-db.ts";
import { databaseUrl } from "../lib/testing/db.ts";
import { PROJECT_ROOT, migrate, ms, redact, seed } from "./lib/launch.ts";

type Stage = "static" | "unit" | "integration" | "e2e";
const STAGES: Stage[] = ["static", "unit", "integration", "e2e"];
const RUN = String(process.pid);
const say = (line: string) => console.log(`[test] ${line}`);

function parseArgs(argv: string[]): Stage[] {
  let only: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--only") only = argv[++i];
    else if (a.startsWith("--only=")) only = a.slice("--only=".length);
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm test [-- --only static|unit|integration|e2e[,…]]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (usage: npm test -- --only static|unit|integration|e2e)`);
  }
  if (only === undefined) return STAGES;
  const wanted = only.split(",").map((s) => s.trim());
  for (const w of wanted) if (!STAGES.includes(w as Stage)) throw new Error(`--only ${w}: expected static, unit, integration or e2e`);
  return STAGES.filter((s) => wanted.includes(s));
}

interface StageResult {
  stage: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  note?: string;
}

// ---------------------------------------------------------------- child processes
let current: ChildProcess | undefined;
let interrupted = false;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: PROJECT_ROOT, stdio: ["ignore", "inherit", "inherit"], env });
    current = child;
    child.on("error", (error) => {
      say(`cannot run ${cmd}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

const node = process.execPath;
const bin = {
  vitest: path.join(PROJECT_ROOT, "node_modules", "vitest", "vitest.mjs"),
  playwright: path.join(PROJECT_ROOT, "node_modules", "@playwright", "test", "cli.js"),
  next: path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"),
  prismaGenerate: path.join(PROJECT_ROOT, "scripts", "prisma-generate.mjs"),
  tsc: path.join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc"),
  eslint: path.join(PROJECT_ROOT, "node_modules", "eslint", "bin", "eslint.js"),
  prettier: path.join(PROJECT_ROOT, "node_modules", "prettier", "bin", "prettier.cjs"),
};

/** process.env without database settings, plus `extra`. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const k of ["DATABASE_URL", "WEB_DATABASE_URL", "ADMIN_DATABASE_URL", "TEST_TEMPLATE_DATABASE", "TEST_EMPTY_TEMPLATE_DATABASE"])
    delete env[k];
  return { ...env, ...extra };
}

// ---------------------------------------------------------------- stages
/** Type check, lint and formatting: each check counts as one test, and any error fails it. */
async function staticStage(): Promise<StageResult> {
  const t = performance.now();
  const checks: [string, string[]][] = [
    ["tsc --noEmit", [bin.tsc, "--noEmit"]],
    ["eslint", [bin.eslint, ".", "--max-warnings", "0"]],
    ["prettier --check", [bin.prettier, "--check", "--log-level", "warn", "."]],
  ];
  const failedChecks: string[] = [];
  for (const [name, args] of checks) {
    if (interrupted) break;
    say(`── static: ${name}`);
    if ((await run(node, args, cleanEnv())) !== 0) failedChecks.push(name);
  }
  const seconds = (performance.now() - t) / 1000;
  const failed = failedChecks.length;
  return {
    stage: "static",
    passed: checks.length - failed,
    failed,
    skipped: 0,
    seconds,
    note: failed ? `failed: ${failedChecks.join(", ")} (npm run lint / npm run format)` : undefined,
  };
}

async function vitestStage(project: "unit" | "integration", outDir: string, env: NodeJS.ProcessEnv): Promise<StageResult> {
  const t = performance.now();
  const out = path.join(outDir, `${project}.json`);
  say(`── ${project}: vitest run --project ${project}`);
  const code = await run(
    node,
    [bin.vitest, "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, "--passWithNoTests"],
    env,
  );
  const seconds = (performance.now() - t) / 1000;
  let report: {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
    numFailedTestSuites?: number;
  };
  try {
    report = JSON.parse(await readFile(out, "utf8"));
  } catch {
    return { stage: project, passed: 0, failed: 1, skipped: 0, seconds, note: `vitest exited with code ${code} and wrote no report` };
  }
  let failed = report.numFailedTests ?? 0;
  let note: string | undefined;
  if (code !== 0 && failed === 0) {
    // e.g. a test file that does not import, or an unhandled error outside any test
    failed = Math.max(1, report.numFailedTestSuites ?? 0);
    note = `vitest exited with code ${code} (failed suites or unhandled errors)`;
  }
  return {
    stage: project,
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    seconds,
    note,
  };
}

async function buildStage(): Promise<StageResult> {
  const t = performance.now();
  say("── build: prisma generate + next build (no DATABASE_URL, as in the Docker build)");
  let code = await run(node, [bin.prismaGenerate], cleanEnv());
  if (code === 0) code = await run(node, [bin.next, "build"], cleanEnv());
  const seconds = (performance.now() - t) / 1000;
  return code === 0
    ? { stage: "build", passed: 0, failed: 0, skipped: 0, seconds }
    : { stage: "build", passed: 0, failed: 1, skipped: 0, seconds, note: `next build failed (code ${code}); e2e not run` };
}

async function playwrightStage(outDir: string, env: NodeJS.ProcessEnv): Promise<StageResult> {
  const t = performance.now();
  const out = path.join(outDir, "e2e.json");
  say(`── e2e: playwright test on port ${env.E2E_PORT}`);
  const code = await run(node, [bin.playwright, "test", "--reporter=list,json"], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const seconds = (performance.now() - t) / 1000;
  let report: { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number }; errors?: { message?: string }[] };
  try {
    report = JSON.parse(await readFile(out, "utf8"));
  } catch {
    return { stage: "e2e", passed: 0, failed: 1, skipped: 0, seconds, note: `playwright exited with code ${code} and wrote no report` };
  }
  const s = report.stats ?? {};
  let failed = s.unexpected ?? 0;
  let note = s.flaky ? `${s.flaky} flaky (passed on retry)` : undefined;
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = `playwright exited with code ${code}: ${report.errors?.[0]?.message?.split("\n")[0] ?? "see above"}`;
  }
  return { stage: "e2e", passed: (s.expected ?? 0) + (s.flaky ?? 0), failed, skipped: s.skipped ?? 0, seconds, note };
}

// ---------------------------------------------------------------- database setup
interface Server {
  adminUrl: string;
  description: string;
  stop?: () => Promise<void>;
}

async function canConnect(url: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function findServer(): Promise<Server> {
  const given = optionalPostgresUrl("ADMIN_DATABASE_URL");
  if (given) return { adminUrl: given, description: `ADMIN_DATABASE_URL=${redact(given)}` };
  const local = "postgresql://postgres@127.0.0.1:5432/postgres";
  if (await canConnect(local, 2_000)) return { adminUrl: local, description: `local server ${local}` };
  say("no PostgreSQL at 127.0.0.1:5432 — starting an embedded one in a temporary folder");
  const t = performance.now();
  const tmp = await startTemporaryPostgres((line) => say(line));
  return {
    adminUrl: tmp.adminUrl,
    description: `embedded PostgreSQL 18 in ${path.dirname(tmp.dataDir)} (port ${tmp.port}, up in ${ms(t)})`,
    stop: tmp.remove,
  };
}

class Databases {
  created: string[] = [];
  role?: string;
  constructor(private adminUrl: string) {}

  async admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  async create(name: string, template?: string): Promise<string> {
    await this.admin(async (c) => {
      if (template) {
        // A leftover connection to the template makes CREATE DATABASE … TEMPLATE fail; end them, and say so.
        const { rowCount } = await c.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [template],
        );
        if (rowCount) say(`warning: ended ${rowCount} connection(s) still open to ${template} (a pool not closed?)`);
      }
      this.created.push(name);
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}${template ? ` TEMPLATE ${c.escapeIdentifier(template)}` : ""}`);
    });
    return databaseUrl(this.adminUrl, name);
  }

  /** Templates take no connections: tests can only use copies. */
  async freeze(name: string): Promise<void> {
    await this.admin(async (c) => {
      await c.query(`ALTER DATABASE ${c.escapeIdentifier(name)} WITH ALLOW_CONNECTIONS false`);
      await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    });
  }

  async dropAll(): Promise<void> {
    await this.admin(async (c) => {
      const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
        `monitor\\_t\\_${RUN}\\_%`,
      ]);
      const names = [...rows.map((r) => r.datname), ...this.created.reverse()];
      for (const name of names) {
        try {
          await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
        } catch (error) {
          say(`warning: could not drop database ${name}: ${(error as Error).message}`);
        }
      }
      // Roles made by tests (testRoleName(), or a test database's own <database>_web), and the e2e server's role.
      const roles = await c.query<{ rolname: string }>("SELECT rolname FROM pg_roles WHERE rolname LIKE $1 OR rolname LIKE $2", [
        `%\\_t${RUN}\\_%`,
        `monitor\\_t\\_${RUN}\\_%`,
      ]);
      const roleNames = [...roles.rows.map((r) => r.rolname), ...(this.role ? [this.role] : [])];
      for (const role of roleNames) {
        try {
          await c.query(`DROP ROLE IF EXISTS ${c.escapeIdentifier(role)}`);
        } catch (error) {
          say(`warning: could not drop role ${role}: ${(error as Error).message}`);
        }
      }
      say(`dropped ${names.length} database(s)${roleNames.length ? ` and role(s) ${roleNames.join(", ")}` : ""}`);
    });
  }
}

/** One e2e stage at a time per checkout: `next build` writes .next/ and concurrent runs would clobber it. */
async function lockE2E(): Promise<() => Promise<void>> {
  const lock = path.join(PROJECT_ROOT, ".data", "e2e.lock");
  await mkdir(path.dirname(lock), { recursive: true });
  let waited = false;
  for (;;) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: "wx" });
      return () => rm(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number((await readFile(lock, "utf8").catch(() => "")).trim());
    const command = holder ? await processCommand(holder) : null;
    if (!holder || !command || !isAlive(holder)) {
      await rm(lock, { force: true }); // stale
      continue;
    }
    if (!waited) say(`waiting for another npm test (pid ${holder}) to finish its build/e2e stage…`);
    waited = true;
    if (interrupted) throw new Error("interrupted");
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

// ---------------------------------------------------------------- main
async function main(): Promise<number> {
  const t0 = performance.now();
  const stages = parseArgs(process.argv.slice(2));
  const results: StageResult[] = [];
  const outDir = await mkdtemp(path.join(os.tmpdir(), "monitor-test-"));
  let server: Server | undefined;
  let dbs: Databases | undefined;
  let unlock: (() => Promise<void>) | undefined;

  const cleanup = async () => {
    if (unlock) await unlock().catch(() => {});
    // A temporary embedded cluster is deleted as a whole; only a shared server needs its databases dropped.
    if (dbs && !server?.stop) await dbs.dropAll().catch((e: Error) => say(`warning: cleanup failed: ${e.message}`));
    if (server?.stop) {
      await server.stop().catch(() => {});
      say("embedded PostgreSQL stopped and removed");
    }
    await rm(outDir, { recursive: true, force: true });
  };
  let cleaning: Promise<void> | undefined;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      say(`${signal}: stopping and cleaning up…`);
      current?.kill(signal);
      // If the child does not exit, clean up anyway after 10 s.
      setTimeout(() => {
        cleaning ??= cleanup();
        void cleaning.then(() => process.exit(130));
      }, 10_000).unref();
    });
  }

  try {
    if (stages.includes("static")) {
      results.push(await staticStage());
    }
    if (stages.includes("unit") && !interrupted) {
      results.push(await vitestStage("unit", outDir, cleanEnv()));
    }

    const needDb = stages.includes("integration") || stages.includes("e2e");
    if (needDb && !interrupted) {
      const t = performance.now();
      server = await findServer();
      say(`PostgreSQL: ${server.description}`);
      dbs = new Databases(server.adminUrl);
      const empty = `monitor_tple_${RUN}`;
      const seeded = `monitor_tpl_${RUN}`;
      const emptyUrl = await dbs.create(empty);
      await migrate(emptyUrl, say);
      const seededUrl = await dbs.create(seeded, empty);
      const summary = await seed(seededUrl, say);
      await dbs.freeze(empty);
      await dbs.freeze(seeded);
      say(`templates ${empty} (migrated) and ${seeded} (${summary ? "seeded" : "NOT seeded"}) ready — ${ms(t)}`);

      if (stages.includes("integration") && !interrupted) {
        const env = cleanEnv({
          ADMIN_DATABASE_URL: server.adminUrl,
          TEST_TEMPLATE_DATABASE: seeded,
          TEST_EMPTY_TEMPLATE_DATABASE: empty,
          TEST_RUN_ID: RUN,
        });
        results.push(await vitestStage("integration", outDir, env));
      }

      if (stages.includes("e2e") && !interrupted) {
        unlock = await lockE2E();
        const build = await buildStage();
        results.push(build);
        if (build.failed === 0 && !interrupted) {
          const e2eUrl = await dbs.create(`monitor_e2e_${RUN}`, seeded);
          const webUrl = await ensureReadOnlyRole(e2eUrl, { password: randomBytes(12).toString("hex") });
          dbs.role = decodeURIComponent(new URL(webUrl).username);
          const port = await findFreePort(Number(process.env.E2E_PORT || 3107));
          results.push(await playwrightStage(outDir, cleanEnv({ DATABASE_URL: e2eUrl, WEB_DATABASE_URL: webUrl, E2E_PORT: String(port) })));
        }
      }
    }
  } catch (error) {
    say(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    results.push({ stage: "setup", passed: 0, failed: 1, skipped: 0, seconds: 0, note: (error as Error).message });
  } finally {
    cleaning ??= cleanup();
    await cleaning;
  }

  console.log("");
  for (const r of results) {
    const counts =
      r.stage === "build"
        ? r.failed
          ? "failed"
          : "ok"
        : `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`;
    say(`${r.stage.padEnd(11)} ${counts} (${r.seconds.toFixed(1)} s)${r.note ? ` — ${r.note}` : ""}`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0) + (interrupted ? 1 : 0);
  say(`total ${ms(t0)}${interrupted ? " (interrupted)" : ""}`);
  if (passed + failed === 0) say("no test ran: that counts as a failure");
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
