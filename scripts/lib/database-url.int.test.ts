// A malformed or non-PostgreSQL DATABASE_URL is refused by every command with a message that names the variable
// (issue 16.6), before anything connects or starts: not pg's `getaddrinfo ENOTFOUND base`, not a mysql:// URL tried
// as PostgreSQL. The real scripts, as `npm run …` runs them.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findFreePort } from "./embedded-db";

const root = path.resolve(import.meta.dirname, "../..");

function script(file: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const t = performance.now();
  const full: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const k of ["WEB_DATABASE_URL", "EMBEDDED_PG_DIR"]) if (!(k in env)) delete full[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", file), ...args], { cwd: root, env: full });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output, ms: performance.now() - t }));
  });
}

const BAD: [string, RegExp][] = [
  ["not-a-url", /DATABASE_URL is not a valid URL; expected postgresql:\/\//],
  ["postgresql://db.invalid:99999/monitor", /DATABASE_URL is not a valid URL/],
  ["mysql://root:s3cret-pw@db.invalid/monitor", /DATABASE_URL must be a postgresql:\/\/ URL \(it starts with "mysql:"\)/],
];

describe.each([
  ["import.ts", ["prisma/seed-data/project/notes.csv"]],
  ["seed.ts", []],
  ["migrate.ts", []],
])("npm run %s", (file, args) => {
  it.each(BAD)(
    "DATABASE_URL=%s is refused, naming the variable",
    async (value, message) => {
      const run = await script(file, args, { DATABASE_URL: value });
      expect(run.code).toBe(1);
      expect(run.output).toMatch(message);
      expect(run.output).not.toMatch(/ENOTFOUND|ECONNREFUSED|s3cret-pw/);
    },
    60_000,
  );
});

describe("npm run dev", () => {
  it.each([
    ["DATABASE_URL", "not-a-url", /DATABASE_URL is not a valid URL/],
    ["DATABASE_URL", "mysql://root:s3cret-pw@db.invalid/monitor", /DATABASE_URL must be a postgresql:\/\/ URL/],
    ["WEB_DATABASE_URL", "mysql://web@db.invalid/monitor", /WEB_DATABASE_URL must be a postgresql:\/\/ URL/],
  ])(
    "%s=%s: stops at once with the message, nothing started",
    async (name, value, message) => {
      const port = await findFreePort(3950);
      const run = await script("dev.ts", [], {
        [name]: value,
        PORT: String(port),
        EMBEDDED_PG_DIR: path.join(root, ".data", "never-created"),
      });
      expect(run.code).toBe(1);
      expect(run.output).toMatch(message);
      expect(run.output).not.toMatch(/ENOTFOUND|s3cret-pw|embedded PostgreSQL|Next\.js/);
    },
    60_000,
  );
});
