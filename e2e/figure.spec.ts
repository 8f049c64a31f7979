// /api/figure on the production build (next build + next start): resvg's native binary and the font packages load
// in the bundled route, the share card is a 1200×630 PNG, and the SVG download carries its legend and source line.
import { TRADE_TOTAL_LINES } from "../lib/series/catalogue";
import { pngSize } from "../lib/testing/figures";
import { expect, test } from "./fixtures";

test("the share card of the trade totals is a 1200×630 PNG, and two views differ", async ({ request }) => {
  const card = await request.get("/api/figure?figure=trade-totals&size=card");
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  const other = await (await request.get("/api/figure?figure=trade-totals&size=card&from=2010&to=2020")).body();
  expect(other.equals(png)).toBe(false);
  const download = await request.get("/api/figure?figure=trade-totals");
  expect(pngSize(await download.body()).width).toBe(1920);
});

test("the SVG download has the title, every legend label and the source line as text", async ({ request }) => {
  const res = await request.get("/api/figure?figure=trade-totals&format=svg");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  const svg = await res.text();
  expect(svg).toContain('<text class="fig-title"');
  for (const line of TRADE_TOTAL_LINES) expect(svg).toContain(line.label.replace(/'/g, "&apos;"));
  expect(svg).toMatch(/<text class="fig-source"[^>]*><tspan[^>]*>Sources: /);
});
