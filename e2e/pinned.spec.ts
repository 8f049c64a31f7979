// A pinned page in the browser (issue 11). This spec starts its OWN PostgreSQL (embedded, temporary) and its own
// production server (scripts/serve.mjs) on the build, so the import that revises a value leaves the database of the
// other specs as it was. It imports the data pack's trade file, pins the version the page's citation names, commits an
// import that revises a value the page shows, and opens the pinned permalink: the banner says the data are as of that
// version's date and that newer data exist, with a link to the current view; the pinned page shows the old value and
// the current view the new one. (The same on the handlers, without a browser: lib/pinned.int.test.ts.)
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { ensureReadOnlyRole } from "../lib/db/roles";
import { formatFull } from "../lib/format";
import { importFiles } from "../lib/import/pipeline";
import type { SeriesPanelPayload } from "../lib/panel/types";
import { startTemporaryPostgres, type EmbeddedPostgres } from "../scripts/lib/embedded-db";
import { migrate } from "../scripts/lib/launch";
import { expect, test } from "./fixtures";
import { startOwnServer, type OwnServer } from "./own-server";

const TRADE_MIRROR = path.resolve(import.meta.dirname, "../prisma/seed-data/tidy/trade_mirror.csv");
const CODE = "trade.CHN.KAZ.X";
const quiet = () => {};

test.describe("a page pinned to a data version", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 });
  let db: EmbeddedPostgres & { remove(): Promise<void> };
  let server: OwnServer;
  let dir: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dir = await mkdtemp(path.join(tmpdir(), "monitor-pinned-e2e-"));
    db = await startTemporaryPostgres(quiet);
    await migrate(db.url, quiet);
    await importFiles([TRADE_MIRROR], { connectionString: db.url });
    const webUrl = await ensureReadOnlyRole(db.url, { role: "monitor_web_pinned", password: randomBytes(12).toString("hex") });
    server = await startOwnServer({ WEB_DATABASE_URL: webUrl }, 3750);
  });

  test.afterAll(async () => {
    await server?.stop();
    await db?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test("after an import revises a value, the pinned permalink shows the old value under its banner, the current view the new one", async ({
    page,
  }) => {
    // A value the trade page shows: China's reported exports to Kazakhstan in a year whose headline is a row of the file.
    const panelRes = await fetch(`${server.url}/api/panels/trade-flows`);
    const payload = (await panelRes.json()) as SeriesPanelPayload;
    const text = await readFile(TRADE_MIRROR, "utf8");
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    const index = rows.findIndex(
      (r) =>
        r.reporter === "CHN" &&
        r.partner === "KAZ" &&
        r.flow === "export" &&
        payload.points[CODE]?.some((p) => String(p.year) === r.year && p.value === r.value_usd),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const year = rows[index]!.year!;
    const valueA = rows[index]!.value_usd!;
    const valueB = String(BigInt(valueA) + 1000n);

    const view = `${server.url}/trade?from=${year}&to=${year}&flows.tab=table`;
    await page.goto(view);
    const panel = page.getByRole("region", { name: /Exports and imports, as each side reports them/ });
    await expect(panel.locator("tbody")).toContainText(formatFull(valueA, "en"));
    await expect(page.locator(".pinned-banner")).toHaveCount(0);

    // Pin the version shown: the citation's permalink names it.
    await panel.getByText("Cite this view").click();
    const permalink = await panel.getByRole("textbox", { name: /Permalink to these numbers/ }).inputValue();
    const v1 = new URL(permalink).searchParams.get("v")!;

    // Commit an import that revises that value (B: the same file, the one row changed).
    const lines = text.split(/\r?\n/);
    lines[index + 1] = lines[index + 1]!.replace(`,${valueA},`, `,${valueB},`);
    const fileB = path.join(dir, "trade_mirror.csv");
    await writeFile(fileB, lines.join("\n"));
    const [summary] = await importFiles([fileB], { connectionString: db.url });
    expect(summary!.observations.updated).toBe(1);
    // The API pinned to v1 names it (a version the import did not replace, but an older one now).
    const pinnedApi = await fetch(`${server.url}/api/panels/trade-flows?v=${v1}`);
    expect(pinnedApi.headers.get("x-data-version")).toBe(v1);

    // The pinned permalink: its banner, and the value as it was.
    await page.goto(permalink);
    const banner = page.locator(".pinned-banner");
    await expect(banner).toContainText(new RegExp(`Data as of \\d{1,2} \\w+ \\d{4} \\(data version ${v1}\\); newer data exist`));
    const pinnedPanel = page.getByRole("region", { name: /Exports and imports, as each side reports them/ });
    await expect(pinnedPanel.locator("tbody")).toContainText(formatFull(valueA, "en"));
    await expect(pinnedPanel.locator("tbody")).not.toContainText(formatFull(valueB, "en"));

    // One click to the same view with the current data: no banner, the new value.
    await banner.getByRole("link", { name: "Show this view with the current data" }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has("v") && url.searchParams.get("from") === year);
    await expect(page.locator(".pinned-banner")).toHaveCount(0);
    const current = page.getByRole("region", { name: /Exports and imports, as each side reports them/ });
    await expect(current.locator("tbody")).toContainText(formatFull(valueB, "en"));
    await expect(current.locator("tbody")).not.toContainText(formatFull(valueA, "en"));
  });
});
