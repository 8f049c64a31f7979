import { formatAmount as formatCompact } from "../lib/format";
import { periodLabel } from "../lib/series/periods";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from "./a11y";
import { apiSeries, readPackCsv } from "./data-pack";
import { expect, test, waitForChart } from "./fixtures";

const DEBT_CODES = [
  "debt.KAZ.CHN.stock",
  "debt.KAZ.WLD.stock",
  "debt.KAZ.CHN.share_of_total",
  "debt.KAZ.CHN.stock_banks",
  "debt.KAZ.CHN.stock_government_guaranteed",
  "debt.KAZ.CHN.stock_cny",
];

test.describe("debt", () => {
  test("says plainly that the data are thin", async ({ page }) => {
    const thin = readPackCsv<{ note_key: string; body: string }>("project/notes.csv").find(
      (n) => n.note_key === "caveat:debt-by-creditor-thin",
    )!;
    await page.goto("/debt");
    const note = page.getByRole("note").filter({ hasText: "The data are thin" });
    await expect(note).toBeVisible();
    await expect(note).toContainText(thin.body.slice(0, 60));
  });

  test("quoted figures with their dates: debt to China, the total, China's share, sector and currency", async ({ page, request }) => {
    const [china, share, banks, guaranteed, cny] = await Promise.all(
      [
        "debt.KAZ.CHN.stock",
        "debt.KAZ.CHN.share_of_total",
        "debt.KAZ.CHN.stock_banks",
        "debt.KAZ.CHN.stock_government_guaranteed",
        "debt.KAZ.CHN.stock_cny",
      ].map((c) => apiSeries(request, c, { periods: "all" })),
    );
    // The data pack's external_debt.csv holds the same figure for China.
    const pack = readPackCsv<{ creditor: string; debtor_sector: string; value_usd: string }>("tidy/external_debt.csv").find(
      (r) => r.creditor === "China" && r.debtor_sector === "all sectors",
    )!;
    expect(china!.observations.at(-1)!.value).toBe(Number(pack.value_usd));

    await page.goto("/debt");
    const cards = page.getByRole("region", { name: "The figures" });
    await expect(cards.getByRole("article").filter({ hasText: "Owed to China" }).first()).toContainText(
      formatCompact(china!.observations.at(-1)!.value, "USD"),
    );
    await expect(cards).toContainText(`${share!.observations.at(-1)!.value.toLocaleString("en-US")} %`);
    await expect(cards).toContainText(periodLabel(share!.observations.at(-1)!.period!, "D"));
    for (const s of [banks!, guaranteed!]) await expect(cards).toContainText(formatCompact(s.observations[0]!.value, "USD"));
    await expect(cards).toContainText(formatCompact(cny!.observations[0]!.value, "USD"));
    await expect(cards).toContainText("Quoted statement");
  });

  test("dated points: a chart by date and a table with every figure; log scale in the URL", async ({ page, request }) => {
    let count = 0;
    for (const code of DEBT_CODES) count += (await apiSeries(request, code, { periods: "all", all: 1 })).observations.length;
    await page.goto("/debt");
    const panel = page.getByRole("region", { name: /quoted figures by date/ });
    await waitForChart(page, panel);
    await expect(panel.locator(".recharts-scatter-symbol").first()).toBeVisible();
    await panel.getByRole("checkbox", { name: "Log scale" }).check();
    await expect(page).toHaveURL(/debt\.scale=log/);
    await page.reload();
    await expect(panel.getByRole("checkbox", { name: "Log scale" })).toBeChecked();
    await panel.getByRole("tab", { name: "Table" }).click();
    const rows = panel.getByRole("table").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(count);
    const latest = (await apiSeries(request, "debt.KAZ.CHN.stock", { periods: "all" })).observations.at(-1)!;
    await expect(panel.getByRole("table")).toContainText(periodLabel(latest.period!, latest.period!.includes("Q") ? "Q" : "D"));
  });

  test("is usable on a phone", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/debt");
    await waitForChart(page);
    await expectNoHorizontalScroll(page);
  });

  test("has no serious accessibility violations", { tag: "@phone" }, async ({ page }) => {
    test.slow(); // axe over every panel, its hidden tables included
    await page.goto("/debt");
    await waitForChart(page);
    await expectNoSeriousA11yViolations(page);
  });
});
