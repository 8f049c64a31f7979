// Shared by the importer's integration tests: the real CLI as a child process, synthetic tidy files built from real
// country codes (the values are generated, never figures typed in), and small database helpers.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { TIDY_OBSERVATION_HEADER } from "./parsers/tidy";
import { COUNTRY_CODES } from "../countries";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** `npm run import -- …args` as a child process against `url`. */
export function startCli(url: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/import.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(url: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const child = startCli(url, args, env);
  return finished(child);
}

export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

/** Resolves once the child has printed `text` on stderr. */
export function stderrContains(child: ChildProcess, text: string, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no "${text}" on stderr within ${timeoutMs} ms: ${seen.slice(-2000)}`)), timeoutMs);
    child.stderr?.on("data", (d) => {
      seen += d;
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`exited before printing "${text}": ${seen.slice(-2000)}`));
    });
  });
}

/** A pair of distinct real country codes for index i (reporters × partners, skipping the world aggregate). */
export function pair(i: number): [string, string] {
  const codes = COUNTRY_CODES.filter((c) => c !== "WLD");
  const r = codes[Math.floor(i / (codes.length - 1)) % codes.length]!;
  const partners = codes.filter((c) => c !== r);
  return [r, partners[i % partners.length]!];
}

/**
 * A tidy observations file with `rows` values: series trade.{R}.{P}.X over the years `years` (20 per series),
 * value = value(row index). Written with LF line endings.
 */
export async function writeTidyFile(
  file: string,
  rows: number,
  options: { sourceKey?: string; value?: (i: number) => string; firstYear?: number } = {},
): Promise<void> {
  const lines = [TIDY_OBSERVATION_HEADER.join(",")];
  const firstYear = options.firstYear ?? 2000;
  for (let i = 0; i < rows; i++) {
    const [r, p] = pair(Math.floor(i / 20));
    const value = options.value?.(i) ?? String(1000 + i);
    lines.push(
      `trade.${r}.${p}.X,,trade,${r},${p},X,USD,FOB,${firstYear + (i % 20)},${value},,,,,${options.sourceKey ?? "test-source"},Test publisher,Synthetic test file,generated in test,2026-01-01,project_transcription`,
    );
  }
  await writeFile(file, `${lines.join("\n")}\n`);
}

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** After a SIGKILL the server notices the dead client and rolls back: wait until the importer's session is gone. */
export async function waitForImportSessionsToEnd(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [row] = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'monitor-import'`,
    );
    if (row!.n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the killed importer's session did not end within 20 s");
}
