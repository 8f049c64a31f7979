// For the people who publish (issue 11): a chart embedded in a page of another origin renders (and its height follows
// its content), a normal page refuses to be framed, every page has a share card whose image is a PNG of its chart, and
// a view's citation offers four formats with a permalink that names the data version.
import { createServer, type Server } from "node:http";
import { embedSnippet } from "../lib/embed/snippet";
import { parseSvg, pngSize } from "../lib/testing/figures";
import { expect, readDownload, test, waitForChart } from "./fixtures";

const port = Number(process.env.E2E_PORT ?? 3107);
const base = `http://127.0.0.1:${port}`;
// "Another site": a static page served on the next port, a different origin from the monitor's.
const otherPort = port + 1;
const other = `http://127.0.0.1:${otherPort}`;
let server: Server;

const articles: Record<string, string> = {
  "/embed.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>An article</title></head><body>
<h1>An article with a chart</h1>
${embedSnippet(`${base}/embed/trade-totals?from=2010&to=2020`, "China–Kazakhstan trade")}
</body></html>`,
  "/mirror-embed.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>An article</title></head><body>
<h1>An article with the mirror chart</h1>
${embedSnippet(`${base}/embed/mirror-forward?from=2012&cifFob=1.08`, "Mirror statistics")}
</body></html>`,
  "/frame-page.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Framing a page</title></head><body>
<h1>Framing a normal page</h1><iframe id="framed" src="${base}/trade" title="trade page" width="800" height="400"></iframe>
</body></html>`,
};

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const body = articles[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(otherPort, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test("a chart embedded in another origin's page renders with legend, source line and a link back, and fits its height", async ({
  page,
}) => {
  await page.goto(`${other}/embed.html`);
  const frame = page.frameLocator("iframe").first();
  // The spec's first request of a fresh server renders the route and loads the chart's code: more than the default wait
  // on a loaded machine (7 s for the HTML was seen).
  await expect(frame.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Goods trade between China and Kazakhstan");
  await expect(frame.locator(".chart-legend li").first()).toBeVisible();
  await expect(frame.locator(".embed-source")).toContainText(/Sources: .+data as of \d{4}-\d{2}-\d{2} \(version \d+\)/);
  const back = frame.getByRole("link", { name: /Full view/ });
  await expect(back).toHaveAttribute("href", "/?from=2010&to=2020#trade-totals");
  await expect(back).toHaveAttribute("target", "_blank");
  // The snippet's listener set the iframe's height from the embed's postMessage (not the initial 560 px).
  await expect
    .poll(async () =>
      page
        .locator("iframe")
        .first()
        .evaluate((f) => (f as HTMLIFrameElement).style.height),
    )
    .toMatch(/^\d+px$/);
  const height = await page
    .locator("iframe")
    .first()
    .evaluate((f) => f.getBoundingClientRect().height);
  const content = await page.frames()[1]!.evaluate(() => document.documentElement.scrollHeight);
  expect(Math.abs(height - content)).toBeLessThanOrEqual(2);
});

test("the mirror chart embedded in another origin's page: the direction and view of its URL, its key, notes and sources, a link back", async ({
  page,
}) => {
  await page.goto(`${other}/mirror-embed.html`);
  const frame = page.frameLocator("iframe").first();
  await expect(frame.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("China → Kazakhstan");
  await expect(frame.locator(".embed-subtitle")).toContainText(/^US dollars, 2012–\d{4}; CIF\/FOB 1\.08/);
  await expect(frame.locator(".mirror-legend li").first()).toBeVisible();
  // Notes sit on the chart as markers and are listed under it.
  await expect(frame.locator(".note-marker").first()).toBeVisible();
  await expect(frame.locator('[id^="mirror-forward-note-"]').first()).toBeAttached();
  await expect(frame.locator(".embed-source")).toContainText(/Sources: .+data as of \d{4}-\d{2}-\d{2} \(version \d+\)/);
  const back = new URL((await frame.getByRole("link", { name: /Full view/ }).getAttribute("href"))!, base);
  expect(back.pathname).toBe("/mirror");
  expect(back.hash).toBe("#mirror-forward");
  expect(Object.fromEntries(back.searchParams)).toEqual({ from: "2012", cifFob: "1.08" });
  await expect
    .poll(async () =>
      page
        .locator("iframe")
        .first()
        .evaluate((f) => (f as HTMLIFrameElement).style.height),
    )
    .toMatch(/^\d+px$/);
});

test("every chart has an embed: the mirror's two directions and the dated debt figures may be framed; an unknown chart is a 404", async ({
  request,
}) => {
  for (const path of ["/embed/mirror-forward", "/embed/mirror-reverse?from=2015", "/embed/debt-dated"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors *");
    const html = await res.text();
    expect(html, path).toMatch(/<meta property="og:image" content="[^"]*\/api\/figure\?/);
  }
  expect((await request.get("/embed/mirror-sideways")).status()).toBe(404);
});

test("only embeds may be framed: a normal page sends frame-ancestors 'none' and X-Frame-Options DENY, and the browser refuses it", async ({
  page,
  request,
  consoleErrors,
}) => {
  const embed = await request.get("/embed/trade-totals");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", "/trade", "/api/series", "/about"]) {
    const res = await request.get(path);
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
  }

  const framed = page.waitForResponse((r) => r.url() === `${base}/trade`);
  await page.goto(`${other}/frame-page.html`);
  expect((await framed).status()).toBe(200);
  // Chromium replaces the refused document with its error page: nothing of the monitor is shown in the frame.
  await expect
    .poll(() =>
      page
        .frames()
        .find((f) => f !== page.mainFrame())
        ?.url(),
    )
    .not.toBe("about:blank");
  expect(page.frames().some((f) => f.url().startsWith(`${base}/trade`) && f !== page.mainFrame())).toBe(false);
  await expect(page.frameLocator("#framed").getByRole("heading", { name: /Trade between China/ })).toHaveCount(0);
  // The refusal (the frame's request blocked by the response's headers) is the error this test provokes on purpose.
  const refused = consoleErrors.filter((e) => /ERR_BLOCKED_BY_RESPONSE|frame-ancestors|Refused to (display|frame)/.test(e.text));
  expect(refused.length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !refused.includes(e)));
});

test("each page and chart view has a share card: Open Graph and Twitter tags whose image is a PNG of the chart as configured", async ({
  request,
}) => {
  const images: Buffer[] = [];
  for (const path of ["/trade", "/trade?from=2010&to=2015", "/embed/fdi-stock?from=2012"]) {
    const html = await (await request.get(path)).text();
    const meta = (key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1]?.replace(/&amp;/g, "&");
    expect(meta("og:title"), path).toBeTruthy();
    expect(meta("twitter:card"), path).toBe("summary_large_image");
    const image = meta("og:image")!;
    expect(image, path).toMatch(new RegExp(`^${base}/api/figure\\?`));
    expect(meta("og:image:width")).toBe("1200");
    const res = await request.get(image);
    expect(res.headers()["content-type"]).toBe("image/png");
    const png = await res.body();
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    images.push(png);
  }
  expect(images[0]!.equals(images[1]!)).toBe(false);
  expect(
    new URL(
      (await request.get("/embed/fdi-stock?from=2012").then((r) => r.text()))
        .match(/og:image" content="([^"]*)"/)![1]!
        .replace(/&amp;/g, "&"),
    ).searchParams.get("figure"),
  ).toBe("fdi-stock");
});

test("a view's citation offers APA, Chicago, BibTeX and RIS with a permalink that names the data version; Embed gives the snippet", async ({
  page,
}) => {
  test.slow(); // four formats, each checked in the page
  await page.goto("/?from=2010&to=2020");
  const panel = page.getByRole("region", { name: /Goods trade between China and Kazakhstan/ });
  await panel.getByText("Cite this view").click();
  const permalink = panel.getByRole("textbox", { name: /Permalink to these numbers/ });
  await expect(permalink).toHaveValue(/\/\?from=2010&to=2020&v=\d+#trade-totals$/);
  const v = new URL(await permalink.inputValue()).searchParams.get("v")!;
  const text = panel.locator(".cite-text");
  await expect(text).toContainText(`v=${v}`);
  await expect(text).toContainText("2010–2020");
  for (const [format, pattern] of [
    ["Chicago", /China–Kazakhstan Economic Monitor/],
    ["BibTeX", /^@\w+\{/],
    ["RIS", /^TY {2}- /],
  ] as const) {
    await panel.getByRole("radio", { name: format }).check();
    await expect(text).toHaveText(pattern);
    await expect(text).toContainText(`v=${v}`);
  }
  await expect(panel.getByRole("link", { name: /Download ris/ })).toHaveAttribute("download", new RegExp(`_v${v}\\.ris$`));

  await panel.getByText("Embed", { exact: true }).click();
  const snippet = panel.getByRole("textbox", { name: "Embed code" });
  await expect(snippet).toHaveValue(new RegExp(`^<iframe src="${base}/embed/trade-totals\\?from=2010&amp;to=2020"`));
});

test("the mirror chart: Cite this view pins the version and keeps the view; Embed gives its snippet; the figure names the same view", async ({
  page,
}) => {
  test.slow();
  await page.goto("/mirror?from=2012&cifFob=1.08");
  const panel = page.locator("#mirror-reverse");
  await waitForChart(page, panel);
  await panel.getByText("Cite this view").click();
  const permalink = panel.getByRole("textbox", { name: /Permalink to these numbers/ });
  await expect(permalink).toHaveValue(/\/mirror\?.*v=\d+#mirror-reverse$/);
  const url = new URL(await permalink.inputValue());
  expect(url.searchParams.get("from")).toBe("2012");
  expect(url.searchParams.get("cifFob")).toBe("1.08");
  const v = url.searchParams.get("v")!;
  const text = panel.locator(".cite-text");
  await expect(text).toContainText(`v=${v}`);
  await expect(text).toContainText(/Kazakhstan → China/);
  await panel.getByRole("radio", { name: "BibTeX" }).check();
  await expect(text).toHaveText(/^@\w+\{/);

  await panel.getByText("Embed", { exact: true }).click();
  const snippet = panel.getByRole("textbox", { name: "Embed code" });
  await expect(snippet).toHaveValue(new RegExp(`^<iframe src="${base}/embed/mirror-reverse\\?[^"]*cifFob=1\\.08`));

  const svg = await readDownload(page, panel.getByRole("button", { name: "Download SVG" }));
  const credit = parseSvg(svg.text).texts.find((t) => t.className === "fig-credit")?.text ?? "";
  expect(credit).toMatch(new RegExp(`/mirror\\?\\S*v=${v}#mirror-reverse$`));
  expect(credit).toContain("cifFob=1.08");
});

test("the dated debt chart has Cite this view and Embed too", async ({ page }) => {
  await page.goto("/debt");
  const panel = page.getByRole("region", { name: /quoted figures by date/ });
  await panel.getByText("Cite this view").click();
  await expect(panel.getByRole("textbox", { name: /Permalink to these numbers/ })).toHaveValue(/\/debt\?v=\d+#debt-dated$/);
  await expect(panel.locator(".cite-text")).toContainText(/\d{4}–\d{4}/);
  await panel.getByText("Embed", { exact: true }).click();
  await expect(panel.getByRole("textbox", { name: "Embed code" })).toHaveValue(new RegExp(`^<iframe src="${base}/embed/debt-dated"`));
});

test("a table value opens its revisions: every source's and vintage's value with its data version and date", async ({ page }) => {
  await page.goto("/?tab=table");
  const panel = page.getByRole("region", { name: /Goods trade between China and Kazakhstan/ });
  const row = panel.locator("tbody tr").first();
  const value = (await row.locator(".num").first().innerText()).trim();
  await row.getByText("Revisions").click();
  const list = row.locator(".revisions li");
  await expect(list.first()).toBeVisible();
  // The headline value shown in the row is among the values the series held for that year, and it is current.
  await expect(row.locator(".revisions li:not(.revised) .num", { hasText: value }).first()).toBeVisible();
  await expect(list.first()).toContainText(/since data version \d+ \(\d{4}-\d{2}-\d{2}\)|imported before version history was kept/);
});
