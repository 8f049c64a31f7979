// Issue 12 in the browser: constant dollars (chart, table, CSV, URL), the AidData commitments on /debt, and the
// publisher of Kazakhstan's 2021 figures in tooltip, table and CSV. Expected values come from the data pack's files.
import { parse } from "csv-parse/sync";
import { formatFull } from "../lib/format";
import { LENDING_COMMITMENT_LINES, TRADE_TOTAL_LINES } from "../lib/series/catalogue";
import { apiSeries, readPackCsv } from "./data-pack";
import { expect, readDownload, test, waitForChart } from "./fixtures";

/** A line's label (the tables name series by label; the code column starts hidden). */
const label = (code: string) => [...TRADE_TOTAL_LINES, ...LENDING_COMMITMENT_LINES].find((l) => l.code === code)!.label;

/** CPI-U annual average of a year, from the BLS monthly file in the data pack (12 months, 3 decimals as BLS publishes). */
function cpi(year: number): number {
  const months = readPackCsv<{ Date: string; Index: string }>("raw/us_cpi_u_monthly_bls.csv")
    .filter((r) => r.Date.startsWith(`${year}-`))
    .map((r) => Number(r.Index));
  expect(months).toHaveLength(12);
  return Number((months.reduce((a, b) => a + b, 0) / 12).toFixed(3));
}

test.describe("constant 2024 US dollars", () => {
  test("the toggle changes the chart, the table and the CSV, and survives in the URL", async ({ page, request }) => {
    const code = "trade.CHN.KAZ.X";
    const nominal = (await apiSeries(request, code, { from: 2019, to: 2019 })).observations[0]!.value;
    const expected = (nominal * cpi(2024)) / cpi(2019);

    await page.goto("/?from=2015&to=2019");
    const panel = page.locator("section#trade-totals");
    const chart = await waitForChart(page, panel);
    await expect(chart).toContainText("US dollars");
    await expect(chart).not.toContainText("Constant 2024");
    await page.getByRole("checkbox", { name: /Constant 2024 US dollars/ }).check();
    await expect(page).toHaveURL(/real=true/);
    await expect(panel.locator("svg.recharts-surface").first()).toContainText("Constant 2024 US dollars");
    await expect(panel.getByText(/In constant 2024 US dollars: each year's value × CPI-U 2024/)).toBeVisible();

    // The CSV of this view: constant dollars, flagged derived, the unit says so.
    const csv = await readDownload(page, panel.getByRole("link", { name: "Download CSV (this view)" }));
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.code === code && r.year === "2019")!;
    expect(Number(row.value)).toBeCloseTo(expected, 0);
    expect(row.unit).toBe("USD (constant 2024)");
    expect(row.flags!.split(";")).toContain("derived");

    // The table shows the same value; a reload keeps the setting.
    await page.goto(page.url().replace(/\?/, "?tab=table&"));
    await expect(page.getByRole("checkbox", { name: /Constant 2024 US dollars/ })).toBeChecked();
    const table = page.locator("section#trade-totals").getByRole("table");
    const tableRow = table
      .getByRole("row")
      .filter({ hasText: label(code) })
      .filter({ hasText: "2019" });
    await expect(tableRow).toContainText(formatFull(row.value!));
    await expect(tableRow).toContainText("USD (constant 2024)");

    // Unticked: current dollars again, and the URL forgets it.
    await page.getByRole("checkbox", { name: /Constant 2024 US dollars/ }).uncheck();
    await expect(page).not.toHaveURL(/real=/);
    await expect(tableRow).toContainText(formatFull(String(nominal)));
  });

  test("on /mirror: the dollar figures and the CSV deflate, the gap in % does not", async ({ page }) => {
    await page.goto("/mirror?from=2019&to=2019&forward.tab=table");
    const panel = page.locator("section#mirror-forward");
    const before = parse((await readDownload(page, panel.getByRole("link", { name: "Download CSV (this view)" }))).text, {
      columns: true,
    }) as Record<string, string>[];
    await page.getByRole("checkbox", { name: /Constant 2024 US dollars/ }).check();
    await expect(page).toHaveURL(/real=true/);
    await expect(page.getByText(/Every dollar figure below is in constant 2024 US dollars/)).toBeVisible();
    const after = parse((await readDownload(page, panel.getByRole("link", { name: "Download CSV (this view)" }))).text, {
      columns: true,
    }) as Record<string, string>[];
    const [b, a] = [before.find((r) => r.year === "2019")!, after.find((r) => r.year === "2019")!];
    expect(Number(a.exporter_reported_usd)).toBeCloseTo((Number(b.exporter_reported_usd) * cpi(2024)) / cpi(2019), 0);
    expect(Number(a.gap_pct_of_exporter)).toBeCloseTo(Number(b.gap_pct_of_exporter), 1);
    expect(a.dollars).toMatch(/^constant 2024 US dollars/);
    expect(b.dollars).toBe("current US dollars");
  });
});

test("/debt shows China's lending commitments from AidData, labelled as commitments", async ({ page, request }) => {
  await page.goto("/debt");
  const panel = page.locator("section#debt-lending");
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByText("Commitments, not debt.")).toBeVisible();
  await waitForChart(page, panel);
  const oof = await apiSeries(request, "debt.KAZ.CHN.gcdf_commitments_oof");
  expect(oof.sources.map((s) => s.title).join(" ")).toMatch(/AidData|Global Chinese Development Finance/);
  await panel.getByRole("tab", { name: "Table" }).click();
  const last = oof.observations.at(-1)!;
  await expect(
    panel
      .getByRole("table")
      .getByRole("row")
      .filter({ hasText: label("debt.KAZ.CHN.gcdf_commitments_oof") })
      .filter({ has: page.getByRole("cell", { name: String(last.year), exact: true }) }),
  ).toHaveCount(1);
  await panel.getByRole("tab", { name: "Sources" }).click();
  await expect(panel.getByRole("tabpanel")).toContainText("AidData");
});

test("Kazakhstan's 2021 figures name the publisher the data pack gives, in tooltip, table and CSV", async ({ page }) => {
  const pack = readPackCsv<{ reporter: string; flow: string; year: string; publisher: string; dataset_type: string }>(
    "tidy/trade_mirror.csv",
  ).filter((r) => r.reporter === "KAZ" && r.year === "2021" && r.dataset_type === "news_statement");
  expect(pack.length).toBe(2);
  const publisher = pack[0]!.publisher;
  expect(pack[1]!.publisher).toBe(publisher);

  await page.goto("/trade?from=2020&to=2022&flows.tab=table");
  const panel = page.locator("section#trade-flows");
  const rows = panel
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "2021", exact: true }) });
  for (const code of ["trade.KAZ.CHN.X", "trade.KAZ.CHN.M"]) await expect(rows.filter({ hasText: label(code) })).toContainText(publisher);

  const csv = parse((await readDownload(page, panel.getByRole("link", { name: "Download CSV (this view)" }))).text, {
    columns: true,
  }) as Record<string, string>[];
  for (const code of ["trade.KAZ.CHN.X", "trade.KAZ.CHN.M"])
    expect(csv.find((r) => r.code === code && r.year === "2021")!.publisher).toBe(publisher);

  await panel.getByRole("tab", { name: "Chart" }).click();
  const chart = await waitForChart(page, panel);
  // Three years shown (2020–2022): the middle of the plot is 2021.
  const box = (await chart.locator(".recharts-cartesian-grid").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(panel.locator(".chart-tooltip strong").first()).toHaveText("2021");
  await expect(panel.locator(".chart-tooltip")).toContainText(`Published by ${publisher}`);
});
