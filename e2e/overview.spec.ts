import { formatAmount as formatCompact } from "../lib/format";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from "./a11y";
import { apiSeries, readPackCsv } from "./data-pack";
import { expect, test, waitForChart } from "./fixtures";

test.describe("overview", () => {
  test("headline cards show the latest figures from the API, with source and year, and link to their pages", async ({ page, request }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Trade turnover: the latest year both reporters' X + M exist.
    const [chn, kaz] = await Promise.all([
      apiSeries(request, "trade.CHN.KAZ.turnover_derived"),
      apiSeries(request, "trade.KAZ.CHN.turnover_derived"),
    ]);
    const kazYears = new Set(kaz.observations.map((o) => o.year));
    const year = Math.max(...chn.observations.map((o) => o.year).filter((y) => kazYears.has(y)));
    const trade = page.getByRole("article").filter({ has: page.getByRole("heading", { name: `Trade turnover, ${year}` }) });
    await expect(trade).toBeVisible();
    await expect(trade).toContainText(formatCompact(chn.observations.find((o) => o.year === year)!.value, "USD"));
    await expect(trade).toContainText(formatCompact(kaz.observations.find((o) => o.year === year)!.value, "USD"));
    await expect(trade).toContainText("Source:");
    for (const o of [chn, kaz].map((s) => s.observations.find((x) => x.year === year)!)) expect(o.flags).toContain("derived");

    // The turnover is exports + imports of the same year, as the data pack's headline table gives them (same sources).
    const headline = readPackCsv<{ year: string; reporter: string; flow: string; value_usd: string }>("tidy/trade_mirror_headline.csv");
    const packSum = (reporter: string) =>
      headline.filter((r) => r.reporter === reporter && Number(r.year) === year).reduce((s, r) => s + Number(r.value_usd), 0);
    expect(Math.abs(packSum("CHN") - chn.observations.find((o) => o.year === year)!.value) / packSum("CHN")).toBeLessThan(0.01);

    // Net FDI inflow from China: latest year, EUR.
    const fdi = await apiSeries(request, "fdi.KAZ.CHN.inflow");
    const lastFdi = fdi.observations.at(-1)!;
    const fdiCard = page
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { name: `Net FDI inflow from China, ${lastFdi.year}` }) });
    await expect(fdiCard).toContainText(formatCompact(lastFdi.value, "EUR million"));

    // Debt to China: the latest quoted figure, marked as a statement, with its date.
    const debt = await apiSeries(request, "debt.KAZ.CHN.stock", { periods: "all" });
    const debtCard = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "External debt owed to China" }) });
    await expect(debtCard).toContainText(formatCompact(debt.observations.at(-1)!.value, "USD"));
    await expect(debtCard).toContainText("Quoted statement");
    await expect(debtCard).toContainText(debt.observations.at(-1)!.period!.slice(0, 4));

    await trade.getByRole("link", { name: /Trade turnover/ }).click();
    await expect(page).toHaveURL(/\/trade$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Trade between China and Kazakhstan/);
  });

  test("the trade chart renders, draws notes with their full text on hover and focus, and its tabs switch", async ({ page }) => {
    await page.goto("/");
    const panel = page.getByRole("region", { name: /Goods trade between China and Kazakhstan/ });
    await waitForChart(page, panel);
    await expect(panel.locator("svg.recharts-surface").first()).toHaveAttribute("aria-label", /Goods trade between China and Kazakhstan/);

    // A note from the data pack (an event with a year) is a marker on the chart.
    const events = readPackCsv<{ kind: string; title: string; year_from: string }>("project/notes.csv").filter(
      (n) => n.kind === "event" && n.year_from,
    );
    const event = events.find((n) => n.title.includes("Silk Road")) ?? events[0]!;
    const marker = panel.getByRole("link", { name: new RegExp(event.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
    await expect(marker).toBeVisible();
    await marker.hover();
    await expect(page.getByRole("tooltip")).toContainText(event.title);
    await page.mouse.move(0, 0);
    await expect(page.getByRole("tooltip")).toHaveCount(0);
    await marker.focus();
    await expect(page.getByRole("tooltip")).toContainText(event.title);
    // Following the marker opens the note in the list under the chart.
    await marker.press("Enter");
    await expect(panel.getByRole("listitem").filter({ hasText: event.title }).locator("details")).toHaveAttribute("open", "");

    // Flagged points are marked and explained.
    await expect(panel.locator(".flagged-point").first()).toBeVisible();
    await expect(panel.getByText(/Not a measured total/)).toBeVisible();

    // Tabs: keyboard and mouse.
    const chartTab = panel.getByRole("tab", { name: "Chart" });
    await chartTab.focus();
    await chartTab.press("ArrowRight");
    await expect(panel.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
    await expect(panel.getByRole("table")).toBeVisible();
    await expect(page).toHaveURL(/tab=table/);
    await panel.getByRole("tab", { name: "Sources" }).click();
    await expect(panel.getByRole("tabpanel")).toContainText("UN Comtrade");
    await panel.getByRole("tab", { name: "Chart" }).click();
    await waitForChart(page, panel);
  });

  test("the table sorts by value", async ({ page }) => {
    await page.goto("/?tab=table&from=2015&to=2019");
    const panel = page.getByRole("region", { name: /Goods trade between China and Kazakhstan/ });
    const table = panel.getByRole("table");
    await expect(table).toBeVisible();
    const valueHeader = table.getByRole("columnheader", { name: /Value/ });
    const values = async () => (await table.locator("tbody tr td:nth-child(3)").allInnerTexts()).map((t) => Number(t.replace(/,/g, "")));
    for (let click = 0; click < 2; click++) {
      await valueHeader.getByRole("button").click();
      await expect(valueHeader).not.toHaveAttribute("aria-sort", "none");
      const order = await valueHeader.getAttribute("aria-sort");
      const shown = await values();
      expect(shown.length).toBeGreaterThan(4);
      expect(shown).toEqual([...shown].sort((a, b) => (order === "ascending" ? a - b : b - a)));
    }
  });

  test("year range and log scale live in the URL and survive a reload", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "From" }).selectOption("2005");
    await expect(page).toHaveURL(/from=2005/);
    const panel = page.getByRole("region", { name: /Goods trade between China and Kazakhstan/ });
    // Let the server re-render for the new range land before the next change (else it can replace the URL).
    await expect(panel.locator(".recharts-cartesian-axis-tick-value").filter({ hasText: /^2000$/ })).toHaveCount(0);
    await panel.getByRole("checkbox", { name: "Log scale" }).check();
    await expect(page).toHaveURL(/scale=log/);
    await page.reload();
    await expect(page.getByRole("combobox", { name: "From" })).toHaveValue("2005");
    await expect(panel.getByRole("checkbox", { name: "Log scale" })).toBeChecked();
    await waitForChart(page, panel);
    await expect(panel.locator("svg.recharts-surface").first()).toContainText("log scale");
    const ticks = panel.locator(".recharts-cartesian-axis-tick-value");
    await expect(ticks.filter({ hasText: /^2005$/ })).toHaveCount(1);
    await expect(ticks.filter({ hasText: /^2000$/ })).toHaveCount(0);
  });

  test("is usable on a phone", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("article").first()).toBeVisible();
    await waitForChart(page, page.getByRole("region", { name: /Goods trade/ }));
    await expectNoHorizontalScroll(page);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Debt" })).toBeVisible();
  });

  test("chart tooltips stay inside a phone's screen, at either edge of the chart", { tag: "@phone" }, async ({ page }, testInfo) => {
    // Taps need a touchscreen: this runs in the phone project (the desktop project has no touch).
    test.skip(!testInfo.project.use.hasTouch, "runs in the phone project, which has a touchscreen");
    await page.goto("/");
    const panel = page.locator("section#trade-totals");
    const chart = await waitForChart(page, panel);
    const viewport = page.viewportSize()!;
    await chart.scrollIntoViewIfNeeded();
    const grid = (await chart.locator(".recharts-cartesian-grid").boundingBox())!;
    for (const x of [grid.x + 2, grid.x + grid.width - 2]) {
      await page.touchscreen.tap(x, grid.y + grid.height / 2);
      const tooltip = panel.locator(".chart-tooltip");
      await expect(tooltip).toBeVisible();
      const box = (await tooltip.boundingBox())!;
      expect(box.x, "tooltip's left edge").toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, "tooltip's right edge").toBeLessThanOrEqual(viewport.width);
    }
  });

  test("has no serious accessibility violations", { tag: "@phone" }, async ({ page }) => {
    test.slow(); // axe over every panel, its hidden tables included
    await page.goto("/");
    await waitForChart(page);
    await expectNoSeriousA11yViolations(page);
  });
});
