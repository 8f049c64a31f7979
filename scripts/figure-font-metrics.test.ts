// The width table the SVG renderer wraps text with is the fonts' own: regenerating it from the font files changes
// nothing (run `npx tsx scripts/figure-font-metrics.ts` after changing the font packages).
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { METRICS_FILE, metricsModule } from "./figure-font-metrics";

it("lib/figure/font-metrics.ts matches Noto Sans Regular and Bold", async () => {
  expect(await readFile(METRICS_FILE, "utf8")).toBe(await metricsModule());
});
