import { formatFull } from "../lib/format";
import { TRADE_SHARE_LINES } from "../lib/series/catalogue";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from "./a11y";
import { apiSeries, readPackCsv } from "./data-pack";
import { expect, test, waitForChart } from "./fixtures";

interface ProductRow {
  reporter: string;
  partner: string;
  flow: string;
  year: string;
  hs_level: string;
  hs_code: string;
  value_usd: string;
}

const products = () => readPackCsv<ProductRow>("tidy/trade_by_product.csv").filter((r) => r.hs_level === "HS2");

test.describe("trade", () => {
  // The trade page is the heaviest (four panels and 95 HS chapters); on a 2-core machine under two workers it needs time.
  test.slow();
  test("flows, turnover and balance panels render their charts", async ({ page }) => {
    await page.goto("/trade");
    for (const name of [/Exports and imports, as each side reports them/, /Trade turnover/, /Trade balance/]) {
      await waitForChart(page, page.getByRole("region", { name }));
    }
  });

  test("turnover is X + M of each side's headline values, flagged derived", async ({ page, request }) => {
    await page.goto("/trade?turnover.tab=table&from=2015&to=2019");
    const panel = page.getByRole("region", { name: /Trade turnover/ });
    const table = panel.getByRole("table");
    await expect(table).toBeVisible();
    for (const reporter of ["CHN", "KAZ"] as const) {
      const partner = reporter === "CHN" ? "KAZ" : "CHN";
      const [turnover, x, m] = await Promise.all(
        ["turnover_derived", "X", "M"].map((f) => apiSeries(request, `trade.${reporter}.${partner}.${f}`, { from: 2015, to: 2019 })),
      );
      for (const o of turnover!.observations) {
        const sum = x!.observations.find((r) => r.year === o.year)!.value + m!.observations.find((r) => r.year === o.year)!.value;
        expect(Math.abs(o.value - sum)).toBeLessThan(1);
        expect(o.flags).toContain("derived");
        await expect(
          table
            .getByRole("row")
            .filter({ hasText: String(o.year) })
            .filter({ hasText: formatFull(String(o.value)) }),
        ).toHaveCount(1);
      }
    }
  });

  test("the HS chapter breakdown: latest year by default, China's 7-chapter coverage stated, year in the URL", async ({ page }) => {
    const rows = products();
    const latest = Math.max(...rows.map((r) => Number(r.year)));
    const chinaChapters = new Set(rows.filter((r) => r.reporter === "CHN").map((r) => r.hs_code));
    await page.goto("/trade");
    const section = page.getByRole("region", { name: /What is traded: HS chapters/ });
    await expect(section.getByRole("heading", { level: 2 })).toContainText(String(latest));
    await waitForChart(page, section);
    // What the database holds, said as such: China publishes every chapter, the data pack holds a few of them.
    await expect(section).toContainText(`The database holds China's chapter detail for ${chinaChapters.size} chapters`);

    const earlier = latest - 5;
    await section.getByRole("combobox", { name: "Year" }).selectOption(String(earlier));
    await expect(page).toHaveURL(new RegExp(`year=${earlier}`));
    await expect(section.getByRole("heading", { level: 2 })).toContainText(String(earlier));
    await page.reload();
    await expect(page.getByRole("region", { name: /What is traded: HS chapters/ }).getByRole("heading", { level: 2 })).toContainText(
      String(earlier),
    );

    // Every chapter either side reports for that year is a row of the table (opened on demand).
    const chapters = new Set(rows.filter((r) => Number(r.year) === earlier).map((r) => r.hs_code));
    const reloaded = page.getByRole("region", { name: /What is traded/ });
    await reloaded.scrollIntoViewIfNeeded();
    await reloaded.getByRole("button", { name: /Table of all \d+ chapters/ }).click();
    await expect(reloaded.getByText(`${chapters.size} of ${chapters.size} rows`)).toBeVisible();
  });

  test("the chapter table sorts", async ({ page }) => {
    await page.goto("/trade");
    const section = page.getByRole("region", { name: /What is traded/ });
    await section.scrollIntoViewIfNeeded();
    await section.getByRole("button", { name: /Table of all \d+ chapters/ }).click();
    const table = section.getByRole("table");
    const chapterHeader = table.getByRole("columnheader", { name: /HS chapter/ });
    await chapterHeader.getByRole("button").click();
    await expect(chapterHeader).toHaveAttribute("aria-sort", "ascending");
    const codes = await table.locator("tbody tr td:first-child").allInnerTexts();
    expect(codes.length).toBeGreaterThan(20);
    expect([...codes].sort()).toEqual(codes);
    // The default order: Kazakhstan's imports from China, largest first.
    await page.reload();
    await section.scrollIntoViewIfNeeded();
    await section.getByRole("button", { name: /Table of all \d+ chapters/ }).click();
    const imports = (await table.locator("tbody tr td:nth-child(5)").allInnerTexts())
      .map((t) => Number(t.replace(/,/g, "")))
      .filter((v) => !Number.isNaN(v));
    expect([...imports].sort((a, b) => b - a)).toEqual(imports);
  });

  test("shares: China's share of Kazakhstan's trade and Kazakhstan's of China's, each side's own figures", async ({ page, request }) => {
    const share = await apiSeries(request, "trade.KAZ.CHN.share_of_total_derived");
    expect(share.observations.length).toBeGreaterThan(0);
    const last = share.observations.at(-1)!;
    expect(last.flags).toContain("derived");
    await page.goto(`/trade?share.tab=table&from=${last.year}&to=${last.year}`);
    const panel = page.locator("section#trade-share");
    await panel.scrollIntoViewIfNeeded();
    await expect(
      panel
        .getByRole("table")
        .getByRole("row")
        .filter({ hasText: TRADE_SHARE_LINES.find((l) => l.code === "trade.KAZ.CHN.share_of_total_derived")!.label })
        .filter({ has: page.getByRole("cell", { name: String(last.year), exact: true }) }),
    ).toContainText(formatFull(String(last.value)));
    await panel.getByRole("tab", { name: "Chart" }).click();
    await waitForChart(page, panel);
  });

  test("is usable on a phone", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/trade");
    await waitForChart(page, page.getByRole("region", { name: /Trade balance/ }));
    await expectNoHorizontalScroll(page);
  });

  test("has no serious accessibility violations", { tag: "@phone" }, async ({ page }) => {
    test.slow(); // axe over every panel, its hidden tables included
    // One panel on its table tab, the others on their charts: both kinds of content are checked in one pass.
    await page.goto("/trade?flows.tab=table");
    await waitForChart(page, page.getByRole("region", { name: /Trade turnover/ }));
    await expect(page.getByRole("region", { name: /Exports and imports/ }).getByRole("table")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
