import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { parseSvg, pngSize } from "../lib/testing/figures";
import { expectCsvMatchesApi, parseCsv, readPackCsv } from "./data-pack";
import { expect, readDownload, test, waitForChart } from "./fixtures";

async function downloadBytes(page: Page, trigger: Locator): Promise<{ bytes: Buffer; name: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  expect(await download.failure()).toBeNull();
  return { bytes: await readFile((await download.path())!), name: download.suggestedFilename() };
}

test.describe("downloads", () => {
  test("CSV (this view) of the trade panel equals the API's numbers for the same years", async ({ page, request }) => {
    await page.goto("/?from=2010&to=2020");
    const panel = page.getByRole("region", { name: /Goods trade between China and Kazakhstan/ });
    const file = await readDownload(page, panel.getByRole("link", { name: "Download CSV (this view)" }));
    expect(file.suggestedFilename).toMatch(/2010-2020\.csv$/);
    const codes = [...new Set(parseCsv(file.text).map((r) => r.code))];
    expect(codes).toHaveLength(4);
    expect(await expectCsvMatchesApi(request, file.text, codes, { from: 2010, to: 2020 })).toBeGreaterThan(40);
  });

  test("derived turnover and balance downloads equal the API (flags included)", async ({ page, request }) => {
    await page.goto("/trade?from=2015&to=2024");
    for (const name of [/Trade turnover/, /Trade balance/]) {
      const panel = page.getByRole("region", { name });
      const file = await readDownload(page, panel.getByRole("link", { name: "Download CSV (this view)" }));
      const rows = parseCsv(file.text);
      const derived = [...new Set(rows.map((r) => r.code))].filter((c) => c.endsWith("_derived"));
      expect(derived).toHaveLength(2);
      for (const r of rows.filter((x) => derived.includes(x.code))) expect(r.flags).toContain("derived");
      await expectCsvMatchesApi(request, file.text, [...new Set(rows.map((r) => r.code))], { from: 2015, to: 2024 });
    }
  });

  test("full series download has every source's value; this view only the headline", async ({ page }) => {
    await page.goto("/");
    const panel = page.getByRole("region", { name: /Goods trade between China and Kazakhstan/ });
    const view = parseCsv((await readDownload(page, panel.getByRole("link", { name: "Download CSV (this view)" }))).text);
    const full = parseCsv((await readDownload(page, panel.getByRole("link", { name: /Download full series/ }))).text);
    expect(view.every((r) => r.headline === "true")).toBe(true);
    expect(full.length).toBeGreaterThan(view.length);
    expect(full.some((r) => r.headline === "false")).toBe(true);
    // The full download holds every trade total row of the data pack's trade_mirror.csv for the four series.
    const pack = readPackCsv<{ reporter: string; partner: string; flow: string }>("tidy/trade_mirror.csv").filter(
      (r) => ["CHN", "KAZ"].includes(r.reporter) && ["export", "import"].includes(r.flow),
    );
    expect(full.length).toBeGreaterThanOrEqual(pack.length);
  });

  test("HS chapter CSV of the chosen year equals the API", async ({ page, request }) => {
    test.slow(); // the chapter tables load in the browser after the page
    await page.goto("/trade?year=2019");
    const section = page.getByRole("region", { name: /What is traded/ });
    const file = await readDownload(page, section.getByRole("link", { name: /Download CSV \(this year/ }));
    const rows = parseCsv(file.text);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(["2019"]));
    const sample = [...new Set(rows.map((r) => r.code))].slice(0, 8);
    await expectCsvMatchesApi(request, rows.length ? file.text : "", sample, { from: 2019, to: 2019 });
  });

  test("debt figures (dated statements) download with every period, equal to the API", async ({ page, request }) => {
    await page.goto("/debt");
    const panel = page.getByRole("region", { name: /quoted figures by date/ });
    const file = await readDownload(page, panel.getByRole("link", { name: "Download CSV (every figure)" }));
    const rows = parseCsv(file.text);
    expect(rows.some((r) => /Q\d|-\d\d-\d\d/.test(r.period))).toBe(true);
    await expectCsvMatchesApi(request, file.text, ["debt.KAZ.CHN.stock", "debt.KAZ.WLD.stock", "debt.KAZ.CHN.share_of_total"], {
      periods: "all",
      all: 1,
    });
  });

  test("PNG and SVG of a chart are complete figures: legend, note markers and source line in the file; two views differ", async ({
    page,
  }) => {
    test.slow(); // two views, three figures drawn on the server
    await page.goto("/investment");
    const panel = page.getByRole("region", { name: /Inward FDI stock from China/ });
    await waitForChart(page, panel);
    const legend = (await panel.locator(".chart-legend li").allInnerTexts()).map((t) => t.trim());
    expect(legend.length).toBeGreaterThan(0);
    const svg = await readDownload(page, panel.getByRole("link", { name: "Download SVG" }));
    expect(svg.suggestedFilename).toMatch(/\.svg$/);
    // The file's own text nodes: the title, every legend label the page shows, the source line and the permalink.
    const texts = parseSvg(svg.text).texts;
    const all = texts.map((t) => t.text).join("\n");
    expect(texts.find((t) => t.className === "fig-title")?.text).toMatch(/FDI stock/);
    for (const label of legend) expect(all).toContain(label);
    expect(texts.some((t) => t.className === "fig-source" && t.text.startsWith("Sources: "))).toBe(true);
    expect(all).toMatch(/China–Kazakhstan Economic Monitor · \S+\/investment\S*v=\d+/);
    // Every note the page draws on this chart has its marker, by its reference, in the file.
    const noteIds = await panel
      .locator('[id^="fdi-stock-note-"]')
      .evaluateAll((els) => els.map((e) => e.id.replace("fdi-stock-note-", "")));
    const markers = texts.filter((t) => t.className === "fig-note-id").map((t) => t.text);
    if (noteIds.length > 0) expect(markers.length).toBeGreaterThan(0);
    for (const ref of noteIds) expect(all).toContain(ref);

    const png = await downloadBytes(page, panel.getByRole("link", { name: "Download PNG" }));
    expect(png.name).toMatch(/\.png$/);
    expect(pngSize(png.bytes).width).toBe(1920);
    expect(png.bytes.length).toBeGreaterThan(20_000);
    expect(png.bytes.length).toBeLessThan(2_000_000);
    // Another view of the same chart (fewer years) is another image.
    await page.goto("/investment?from=2015&to=2020");
    const narrower = page.getByRole("region", { name: /Inward FDI stock from China/ });
    await waitForChart(page, narrower);
    const other = await downloadBytes(page, narrower.getByRole("link", { name: "Download PNG" }));
    expect(other.name).toMatch(/2015-2020/);
    expect(other.bytes.equals(png.bytes)).toBe(false);
  });
});

test("the mirror chart's SVG download is a complete figure too: title, the panel's legend and the source line", async ({ page }) => {
  await page.goto("/mirror");
  const panel = page.locator("#mirror-forward");
  await waitForChart(page, panel);
  const legend = (await panel.locator(".mirror-legend li").allInnerTexts()).map((t) => t.trim().replace(/\s+/g, " "));
  expect(legend.length).toBeGreaterThan(0);
  const svg = await readDownload(page, panel.getByRole("button", { name: "Download SVG" }));
  const texts = parseSvg(svg.text).texts;
  expect(texts.find((t) => t.className === "fig-title")?.text).toMatch(/reports them/);
  const labels = texts.filter((t) => t.className === "fig-legend-label").map((t) => t.text);
  expect(labels).toEqual(legend);
  expect(texts.some((t) => t.className === "fig-source" && t.text.startsWith("Sources: "))).toBe(true);
  expect(texts.find((t) => t.className === "fig-credit")?.text).toMatch(/\/mirror\S*v=\d+#mirror-forward$/);
});
