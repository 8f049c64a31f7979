// End-to-end tests: Debian's Chromium (never `npx playwright install`: it downloads and fails offline) against
// the production server (scripts/serve.mjs, as `npm start` runs it) on a production build. `npm test` builds, prepares a seeded database and sets DATABASE_URL (for the
// specs that inspect the database as its owner), WEB_DATABASE_URL and E2E_PORT; `npm run test:e2e` alone expects a
// build and those variables. The server gets WEB_DATABASE_URL only: never the owner's URL, as from the launchers.
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium not found at ${chromium}. Install Debian's package (\`apt-get install -y chromium\`) or set CHROMIUM_PATH. ` +
      "Do not run `npx playwright install`.",
  );
}

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;
// Playwright starts the server with its own environment plus these: the owner's and admin's URLs are blanked.
const serverEnv: Record<string, string> = { NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", ADMIN_DATABASE_URL: "" };
if (process.env.WEB_DATABASE_URL) serverEnv.WEB_DATABASE_URL = process.env.WEB_DATABASE_URL;
// Share cards carry absolute image URLs (Open Graph requires them): the server's public origin is the test's base URL.
serverEnv.PUBLIC_ORIGIN = baseURL;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2, // 2 cores; the Next server and PostgreSQL share them
  reporter: "list",
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    acceptDownloads: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } },
    {
      name: "phone",
      grep: /@phone/, // only specs tagged @phone (in the title or with { tag: "@phone" })
      use: { browserName: "chromium", viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
    // Ready when the port accepts connections; a broken /api/health then fails its own spec with a clear
    // message instead of every test timing out in the webServer wait.
    port,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
