// The web server never holds the owner's database URL (issue 16.5): every process of the e2e `next start` (started
// by Playwright from playwright.config.ts, with the environment scripts/test.ts gives it) has the read-only
// WEB_DATABASE_URL and neither DATABASE_URL nor ADMIN_DATABASE_URL, nor the owner's password anywhere in its
// environment. Read from /proc (Linux). The launchers' own check: scripts/lib/launch.int.test.ts.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { processCommand, processGroup, processGroupEnvironments } from "../scripts/lib/embedded-db";

test.skip(!existsSync("/proc/self/environ"), "reads /proc (Linux)");
test.skip(!process.env.DATABASE_URL || !process.env.WEB_DATABASE_URL, "needs DATABASE_URL and WEB_DATABASE_URL (set by npm test)");

test("the e2e server has the read-only URL and not the owner's", async () => {
  const port = process.env.E2E_PORT ?? "3107";
  let group: number | null = null;
  for (const entry of await readdir("/proc")) {
    if (/^\d+$/.test(entry) && new RegExp(`next start -p ${port}\\b`).test((await processCommand(Number(entry))) ?? "")) {
      group = await processGroup(Number(entry));
    }
  }
  expect(group, `the process group of next start -p ${port}`).not.toBeNull();
  const envs = await processGroupEnvironments(group!);
  expect(envs.length).toBeGreaterThan(0);
  const owner = process.env.DATABASE_URL!;
  const ownerPassword = decodeURIComponent(new URL(owner).password);
  for (const env of envs) {
    expect(env.get("WEB_DATABASE_URL")).toBe(process.env.WEB_DATABASE_URL);
    expect(env.get("DATABASE_URL") ?? "").toBe("");
    expect(env.get("ADMIN_DATABASE_URL") ?? "").toBe("");
    expect([...env.values()].filter((v) => v.includes(owner) || (ownerPassword && v.includes(ownerPassword)))).toEqual([]);
  }
});
