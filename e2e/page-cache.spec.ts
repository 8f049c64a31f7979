// Pages rendered once per data version (issue 9): a URL with state is rendered in that state on the server — readers
// without JavaScript get its table and its numbers — and HTTP caches in front can revalidate with If-None-Match.
// (A committed import showing on the next load: e2e/faults.spec.ts, against its own database.)
import { formatFull } from "../lib/format";
import { TRADE_TOTAL_LINES } from "../lib/series/catalogue";
import { apiSeries } from "./data-pack";
import { expect, test } from "./fixtures";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  // With JavaScript off, Chromium refuses the page's script requests ("csp"): that is the setting, not a defect.
  test.afterEach(({ consoleErrors }) => {
    const kept = consoleErrors.filter((e) => !(e.kind === "requestfailed" && /\/_next\/static\/.+: csp$/.test(e.text)));
    consoleErrors.splice(0, consoleErrors.length, ...kept);
  });

  test("the overview's URL state (range, table tab) is in the HTML: every value of the range, and the numbers in words", async ({
    page,
    request,
  }) => {
    await page.goto("/?from=2015&to=2019&tab=table");
    const panel = page.locator("section#trade-totals");
    const table = panel.getByRole("table");
    await expect(table).toBeVisible();
    for (const line of TRADE_TOTAL_LINES) {
      const series = await apiSeries(request, line.code, { from: 2015, to: 2019 });
      for (const o of series.observations) {
        const row = table
          .getByRole("row")
          .filter({ hasText: line.label })
          .filter({ has: page.getByRole("cell", { name: String(o.year), exact: true }) });
        await expect(row).toContainText(formatFull(String(o.value)).split(".")[0]!);
      }
    }
    await expect(table.getByRole("cell", { name: "2014", exact: true })).toHaveCount(0);
    await expect(panel.locator(".panel-words")).toContainText(/Latest values: .* in 2019/);
  });

  test("the mirror's URL state (CIF/FOB factor, range, table tab) is in the HTML", async ({ page, request }) => {
    const api = await request.get("/api/mirror?exporter=CHN&importer=KAZ&cifFob=1.08&from=2005");
    expect(api.status()).toBe(200);
    const body = (await api.json()) as { rows: { year: number; importerFob: number | null }[] };
    const row = body.rows.filter((r) => r.importerFob !== null).at(-1)!;
    await page.goto("/mirror?cifFob=1.08&from=2005&forward.tab=table");
    const table = page.locator("section#mirror-forward").getByRole("table");
    await expect(table.getByRole("columnheader", { name: /at FOB \(÷ 1\.08\)/ })).toBeVisible();
    await expect(table.getByRole("row").filter({ has: page.getByRole("cell", { name: String(row.year), exact: true }) })).toContainText(
      row.importerFob!.toLocaleString("en-US", { maximumFractionDigits: 0 }),
    );
    await expect(table.getByRole("cell", { name: "2004", exact: true })).toHaveCount(0);
  });
});

test("If-None-Match with the page's ETag → 304 without a body; another view has another ETag", async ({ request }) => {
  for (const url of ["/", "/mirror?cifFob=1.08&from=2005", "/api/series/trade.CHN.KAZ.X"]) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const etag = first.headers()["etag"]!;
    expect(etag, url).toMatch(/^W\/"v\d+-/);
    expect(first.headers()["cache-control"], url).toMatch(/s-maxage=\d+/);
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status(), url).toBe(304);
    expect((await again.body()).length, url).toBe(0);
    expect(again.headers()["etag"], url).toBe(etag);
  }
  const a = (await request.get("/mirror?cifFob=1.08")).headers()["etag"];
  const b = (await request.get("/mirror?cifFob=1.1")).headers()["etag"];
  expect(a).not.toBe(b);
  // The same view asked differently (defaults spelled out, other order) is the same view.
  const c = (await request.get("/mirror?from=2005&cifFob=1.08&exporter=CHN")).headers()["etag"];
  const d = (await request.get("/mirror?cifFob=1.08&from=2005")).headers()["etag"];
  expect(c).toBe(d);
});
