// The mirror-statistics workbench (/mirror): both directions drawn, settings in the URL and recomputed on the server,
// notes on the chart, downloads equal to the API, accessible, usable on a phone.
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { formatUsd } from "../lib/format";
import type { MirrorView } from "../lib/mirror/get-mirror-view";
import { expect, readDownload, test, waitForChart } from "./fixtures";

const forwardPanel = (page: import("@playwright/test").Page) => page.getByRole("region", { name: /^China → Kazakhstan: China's exports/ });
const reversePanel = (page: import("@playwright/test").Page) =>
  page.getByRole("region", { name: /^Kazakhstan → China: Kazakhstan's exports/ });

function latestReliable(view: MirrorView) {
  return [...view.rows].reverse().find((r) => r.reliable)!;
}

test.describe("/mirror", () => {
  // Every settings change is a server round trip that recomputes both directions; two cores share server and browser.
  test.describe.configure({ timeout: 60_000 });

  test("draws both directions with the computed summary", async ({ page, request }) => {
    await page.goto("/mirror");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Mirror statistics");
    await waitForChart(page, forwardPanel(page));
    await waitForChart(page, reversePanel(page));
    const api = (await (await request.get("/api/mirror?exporter=CHN&importer=KAZ&from=1992&to=2024&cifFob=1.06")).json()) as MirrorView;
    const latest = latestReliable(api);
    const summary = page.getByRole("region", { name: `Latest year with reliable figures on both sides: ${latest.year}` });
    await expect(summary).toContainText(`China reported ${formatUsd(latest.exporterReported!)} of exports to Kazakhstan`);
    await expect(summary).toContainText(`Kazakhstan reported ${formatUsd(latest.importerReported!)} of imports from China`);
    await expect(summary).toContainText(`So ${formatUsd(latest.unexplainedGap!)}`);
    // The reverse panel states its own year in words.
    await expect(reversePanel(page).locator(".gap-sentence")).toContainText("Kazakhstan reported");
    // Flagged 1992–93 (IMF estimates) are marked on the chart and explained.
    await expect(forwardPanel(page).locator(".flagged-point").first()).toBeVisible();
    await expect(forwardPanel(page).getByText(/not measured gaps: 1992/)).toBeVisible();
    // Every flagged year says why (2020–22 are flagged for another reason than an estimate: never "2020 ()").
    for (const panel of [forwardPanel(page), reversePanel(page)]) {
      for (const line of await panel.locator(".flag-legend").allTextContents()) expect(line).not.toContain("()");
    }
  });

  test("a long page with its own contents: each link lands on its section", async ({ page }) => {
    await page.goto("/mirror");
    const nav = page.getByRole("navigation", { name: "On this page" });
    for (const [name, id] of [
      ["Summary", "summary"],
      ["By product", "by-product"],
      ["Why the figures differ", "methodology"],
    ] as const) {
      await nav.getByRole("link", { name }).click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await expect(page.locator(`#${id}`)).toBeInViewport();
    }
  });

  test("the headline year does not follow the chart's range", async ({ page, request }) => {
    const api = (await (await request.get("/api/mirror?exporter=CHN&importer=KAZ&cifFob=1.06")).json()) as MirrorView;
    const latest = latestReliable(api);
    const earlier = latest.year - 4;
    await page.goto(`/mirror?to=${earlier}&year=${latest.year}`);
    await expect(page.getByRole("region", { name: `Latest year with reliable figures on both sides: ${latest.year}` })).toBeVisible();
    await expect(page.getByText(/do not both have a figure in this view/)).toHaveCount(0);
    // The chart stops where the range does.
    const ticks = forwardPanel(page).locator(".recharts-xAxis .recharts-cartesian-axis-tick-value");
    await waitForChart(page, forwardPanel(page));
    await expect(ticks.filter({ hasText: new RegExp(`^${latest.year}$`) })).toHaveCount(0);
  });

  test("downloads: the view's data package and the HS chapter table", async ({ page }) => {
    await page.goto("/mirror?from=2015");
    const pkg = await readDownload(page, forwardPanel(page).getByRole("link", { name: /Data package/ }));
    expect(pkg.suggestedFilename).toMatch(/^china-kazakhstan-monitor_mirror_CHN-KAZ_2015-\d{4}_cif-fob-1\.06\.zip$/);
    expect(pkg.text.startsWith("PK")).toBe(true);
    const section = page.locator("#chapters-forward");
    await page.locator("#by-product").scrollIntoViewIfNeeded();
    const link = section.getByRole("link", { name: /Download the chapter table, \d{4} \(CSV\)/ });
    const year = /(\d{4})/.exec((await link.innerText()) ?? "")![1]!;
    const csv = parse((await readDownload(page, link)).text, { columns: true }) as Record<string, string>[];
    expect(csv.length).toBeGreaterThan(0);
    expect(new Set(csv.map((r) => r.year))).toEqual(new Set([year]));
    // The same chapters as the page compares.
    await expect(section).toContainText(
      `The database holds ${csv.length} chapter${csv.length === 1 ? "" : "s"} with figures from both reporters for ${year}`,
    );
  });

  test("changing the CIF/FOB factor updates the URL and the numbers", async ({ page, request }) => {
    await page.goto("/mirror");
    await waitForChart(page, forwardPanel(page));
    const factor = page.getByLabel("CIF/FOB factor", { exact: true });
    await factor.fill("1.1");
    await factor.press("Enter");
    await expect(page).toHaveURL(/[?&]cifFob=1\.1(&|$)/);
    const api = (await (await request.get("/api/mirror?exporter=CHN&importer=KAZ&from=1992&to=2024&cifFob=1.1")).json()) as MirrorView;
    const latest = latestReliable(api);
    const summary = page.getByRole("region", { name: new RegExp(`^Latest year with reliable figures on both sides: ${latest.year}`) });
    await expect(summary).toContainText(`So ${formatUsd(latest.unexplainedGap!)}`);
    await expect(summary).toContainText("factor 1.10");
    // An impossible factor is refused in the form and the URL keeps the last valid one; in the URL it is ignored.
    await factor.fill("3");
    await expect(page.getByText(/Enter a factor between 1\.00 and 1\.50/)).toBeVisible();
    await expect(page).toHaveURL(/cifFob=1\.1(&|$)/);
    await page.goto("/mirror?cifFob=9");
    await expect(page.getByLabel("CIF/FOB factor", { exact: true })).toHaveValue("1.06");
  });

  test("same source only: one source per line, chosen per country", async ({ page, request }) => {
    await page.goto("/mirror");
    await waitForChart(page, forwardPanel(page));
    await page.getByRole("switch", { name: "Same source only" }).check();
    await expect(page).toHaveURL(/[?&]same=true/);
    const api = (await (
      await request.get("/api/mirror?exporter=CHN&importer=KAZ&from=1992&to=2024&cifFob=1.06&source=same")
    ).json()) as MirrorView;
    expect(api.pick.mode).toBe("same");
    const latest = latestReliable(api);
    await expect(page.getByRole("region", { name: `Latest year with reliable figures on both sides: ${latest.year}` })).toBeVisible();
    // Every row of the forward table names the one chosen source.
    await forwardPanel(page).getByRole("tab", { name: "Table" }).click();
    const table = forwardPanel(page).getByRole("table");
    await expect(table).toContainText(latest.sources.exporter!.label);
    // Choose UN Comtrade for China's figures: the URL names it and the lines follow.
    const chinaSource = page.getByLabel("Source for China's figures");
    const comtrade = (await chinaSource.locator("option").allTextContents()).find((t) => t.startsWith("UN Comtrade"))!;
    await chinaSource.selectOption({ label: comtrade });
    await expect(page).toHaveURL(/exporterSource=github/);
    await expect(forwardPanel(page).getByRole("table")).toContainText("UN Comtrade (Comtrade Plus) CSV download");
    // Switching off returns to the headline rule and clears the sources.
    await page.getByRole("switch", { name: "Same source only" }).uncheck();
    await expect(page).not.toHaveURL(/same=|exporterSource=/);
  });

  test("same source only says which sources and why, and offers the choice that keeps the latest years", async ({ page, request }) => {
    const api = (await (await request.get("/api/mirror?exporter=CHN&importer=KAZ&cifFob=1.06&source=same")).json()) as MirrorView;
    const lastYear = (side: "exporter" | "importer", key: string | null) =>
      Math.max(...api.availableSources[side].filter((s) => s.key === key).map((s) => s.lastYear));
    const shownUntil = Math.min(
      lastYear("exporter", (api.pick as { exporterSource: string }).exporterSource),
      lastYear("importer", (api.pick as { importerSource: string }).importerSource),
    );
    const latestUntil = Math.min(
      ...(["exporter", "importer"] as const).map((side) => Math.max(...api.availableSources[side].map((s) => s.lastYear))),
    );
    await page.goto("/mirror?same=true");
    const note = page.locator(".same-source-note");
    await expect(note).toContainText("each country gets the source that covers the most years");
    await expect(note).toContainText(`the comparison ends in ${shownUntil}`);
    test.skip(latestUntil <= shownUntil, "the automatic sources already reach the latest year");
    await note.getByRole("button", { name: new RegExp(`^Keep the years to ${latestUntil}`) }).click();
    await expect(page).toHaveURL(/exporterSource=.*importerSource=/);
    await expect(page.locator(".same-source-note")).toContainText(`the comparison ends in ${latestUntil}`);
    await forwardPanel(page).getByRole("tab", { name: "Table" }).click();
    await expect(
      forwardPanel(page)
        .getByRole("table")
        .getByRole("cell", { name: String(latestUntil), exact: true }),
    ).toBeVisible();
  });

  test("the product table sorts", async ({ page }) => {
    await page.goto("/mirror?year=2019");
    const section = page.getByRole("region", { name: "China → Kazakhstan, 2019, by HS chapter" });
    await page.getByRole("region", { name: /^By product/ }).scrollIntoViewIfNeeded(); // loads when the reader gets near
    const table = section.getByRole("table");
    await expect(table).toBeVisible();
    const gapHeader = table.getByRole("columnheader", { name: /Gap \(USD\), sorted by size/ });
    await expect(gapHeader).toHaveAttribute("aria-sort", "descending");
    const gaps = async () =>
      (await table.locator("tbody tr td:nth-child(5)").allTextContents()).map((t) => Math.abs(Number(t.replace(/[^0-9.-]/g, ""))));
    const before = await gaps();
    expect(before.length).toBeGreaterThan(3);
    expect([...before].sort((a, b) => b - a)).toEqual(before);
    await table.getByRole("button", { name: /^HS/ }).click();
    await expect(table.getByRole("columnheader", { name: /^HS/ })).toHaveAttribute("aria-sort", "ascending");
    const codes = await table.locator("tbody tr td:nth-child(1)").allTextContents();
    expect(codes).toEqual([...codes].sort());
    await expect(section.getByText(/for which the database holds only Kazakhstan.s figure/)).toBeVisible();
  });

  test("discrepancy statements sit on their years, with the full text on focus and in the list", async ({ page }) => {
    await page.goto("/mirror");
    const panel = forwardPanel(page);
    await waitForChart(page, panel);
    const marker = panel.locator('[data-note="2017-2020"]');
    await expect(marker).toBeVisible();
    await marker.focus();
    await expect(panel.locator(".note-popover")).toContainText("Electronic Declaration Center");
    await marker.blur();
    await expect(panel.locator(".note-popover")).toHaveCount(0);
    await panel.locator('[data-note="2021-2021"]').hover();
    await expect(panel.locator(".note-popover")).toContainText("5.7");
    const item = panel.getByRole("listitem").filter({ hasText: "2017→2020" });
    await item.locator("summary").click();
    await expect(item).toContainText("Computed here with the current settings: 2017: gap");
  });

  test("the CSV download of a panel equals /api/mirror", async ({ page, request }) => {
    await page.goto("/mirror?cifFob=1.08");
    const panel = forwardPanel(page);
    await waitForChart(page, panel);
    const link = panel.getByRole("link", { name: "Download CSV (this view)" });
    const href = (await link.getAttribute("href"))!;
    const file = await readDownload(page, link);
    expect(file.suggestedFilename).toMatch(/^china-kazakhstan-monitor_mirror_CHN-KAZ_1992-2024_cif-fob-1\.08\.csv$/);
    const apiQuery = new URL(href, "http://x").searchParams;
    apiQuery.delete("view");
    apiQuery.delete("format");
    const api = (await (await request.get(`/api/mirror?${apiQuery}`)).json()) as MirrorView;
    const rows = parse(file.text, { columns: true }) as Record<string, string>[];
    const n = (v: string | undefined) => (v === undefined || v === "" ? null : Number(v));
    expect(
      rows.map((r) => [
        n(r.year),
        n(r.exporter_reported_usd),
        n(r.importer_reported_usd),
        n(r.gap_usd),
        n(r.unexplained_gap_usd),
        r.importer_source_key || null,
      ]),
    ).toEqual(
      api.rows.map((r) => [r.year, r.exporterReported, r.importerReported, r.gap, r.unexplainedGap, r.sources.importer?.key ?? null]),
    );
  });

  test("has no serious or critical accessibility violations", async ({ page }) => {
    test.slow(); // axe over two charts, three tables and the notes takes ~20 s on two cores
    await page.goto("/mirror");
    await waitForChart(page, forwardPanel(page));
    await waitForChart(page, reversePanel(page));
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("works on a phone @phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/mirror");
    await waitForChart(page, forwardPanel(page));
    await waitForChart(page, reversePanel(page));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expect(page.getByRole("region", { name: /^Latest year with reliable figures/ })).toBeVisible();
    await expect(page.getByLabel("CIF/FOB factor", { exact: true })).toBeVisible();
    const chart = forwardPanel(page).locator("svg.recharts-surface").first();
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(280);
    expect(box.width).toBeLessThanOrEqual(375);
  });
});
