import { periodLabel } from "../lib/series/periods";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from "./a11y";
import { apiSeries, readPackCsv } from "./data-pack";
import { expect, test, waitForChart } from "./fixtures";

test.describe("investment", () => {
  test("net flows, stock and shares render as charts; net flows have no log or % change (they cross zero)", async ({ page, request }) => {
    await page.goto("/investment");
    const flows = page.locator("section#fdi-flows");
    await waitForChart(page, flows);
    await expect(flows.getByRole("checkbox", { name: "Log scale" })).toHaveCount(0);
    const api = await apiSeries(request, "fdi.KAZ.CHN.inflow");
    expect(api.observations.some((o) => o.value < 0)).toBe(true);
    await expect(flows.locator(".recharts-reference-line").first()).toBeAttached();

    const stock = page.locator("section#fdi-stock");
    await waitForChart(page, stock);
    await expect(stock.getByRole("checkbox", { name: "Log scale" })).toBeVisible();
    const shares = page.locator("section#fdi-share");
    await waitForChart(page, shares);
    await expect(shares.getByRole("checkbox", { name: /% change/ })).toHaveCount(0);
  });

  test("the stock (year-end positions) is in the table with the API's values", async ({ page, request }) => {
    const api = await apiSeries(request, "fdi.KAZ.CHN.stock");
    expect(api.observations.length).toBeGreaterThan(10);
    await page.goto("/investment?stock.tab=table");
    const table = page.locator("section#fdi-stock").getByRole("table");
    await expect(table.locator("tbody tr")).toHaveCount(api.observations.length);
    const last = api.observations.at(-1)!;
    await expect(table.getByRole("row").filter({ hasText: String(last.year) })).toContainText(
      String(Math.trunc(last.value)).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
    );
  });

  test("gross and cumulative statements are a separate table with period labels, with the net-vs-gross caveat", async ({
    page,
    request,
  }) => {
    await page.goto("/investment");
    const panel = page.getByRole("region", { name: /A different measure: gross and cumulative inflows/ });
    const caveat = readPackCsv<{ note_key: string; title: string }>("project/notes.csv").find(
      (n) => n.note_key === "caveat:fdi-net-vs-gross",
    )!;
    await expect(panel.getByRole("note")).toContainText(caveat.title);
    await expect(panel.locator("svg.recharts-surface")).toHaveCount(0);

    const cumulative = await apiSeries(request, "fdi.KAZ.CHN.cumulative_statement", { periods: "all", all: 1 });
    const gross = await apiSeries(request, "fdi.KAZ.CHN.gross_inflow", { periods: "all", all: 1 });
    const table = panel.getByRole("table");
    for (const o of [...cumulative.observations, ...gross.observations]) {
      const frequency = o.period === undefined ? "A" : o.period.includes("/") ? "R" : o.period.includes("Q") ? "Q" : "D";
      await expect(
        table
          .getByRole("row")
          .filter({ hasText: periodLabel(o.period ?? String(o.year), frequency) })
          .first(),
      ).toBeVisible();
    }
    // A half-year statement reads as months, an open-start cumulative one as "up to".
    await expect(table).toContainText(/Jan–Jun \d{4}/);
    await expect(table).toContainText(/up to \d{4}/);
  });

  test("is usable on a phone", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/investment");
    await waitForChart(page);
    await expectNoHorizontalScroll(page);
  });

  test("has no serious accessibility violations", { tag: "@phone" }, async ({ page }) => {
    test.slow(); // axe over every panel, its hidden tables included
    await page.goto("/investment");
    await waitForChart(page);
    await expectNoSeriousA11yViolations(page);
  });
});
