// npm run bench:figure -- [--runs 20]
// Time to draw a figure: the SVG (renderFigureSvg, pure JavaScript; the baseline) and its PNG (resvg, native, with the
// repository's fonts) for the product's chart kinds, at the download size (960 px drawn at 2×: 1920 px wide) and as a
// 1200×630 share card. Specs are built from the data pack (no database). Prints medians, p95 and ratios to the SVG of
// the same figure measured in this run; nothing passes or fails on time.
import os from "node:os";
import { renderFigurePng } from "../lib/figure/png.ts";
import { renderFigureSvg } from "../lib/figure/render.ts";
import { CARD_SIZE, DOWNLOAD_SIZE, type FigureSize, type FigureSpec } from "../lib/figure/spec.ts";
import { CIF_FOB_BAND, CIF_FOB_DEFAULT } from "../lib/mirror/cif-fob.ts";
import { chapterChart, figure, mirrorChart, tradeChart } from "../lib/testing/figures.ts";
import { fmt, median, options, percentile, runWhenMain, say, table } from "./lib.ts";

function time(fn: () => unknown, runs: number): number[] {
  for (let i = 0; i < 2; i++) fn(); // warm-up: JIT, font files in the page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

export async function benchFigure(opts: Map<string, string>): Promise<string> {
  const runs = Number(opts.get("runs") ?? 20);
  const notes = [
    { id: "N1", year: 2013, text: "Silk Road Economic Belt announced in Astana" },
    { id: "N2", year: 2020, yearTo: 2022, text: "Kazakhstan's partner detail incomplete" },
  ];
  const figures: [string, FigureSpec][] = [
    ["trade totals, 4 lines (en)", figure(tradeChart(), { notes })],
    ["mirror: band, bars, 3 lines (en)", figure(mirrorChart(CIF_FOB_DEFAULT, CIF_FOB_BAND), { notes })],
    ["HS chapters, bars (en)", figure(chapterChart(2021))],
    [
      "trade totals (zh: CJK fonts)",
      figure(tradeChart(), { locale: "zh", title: "中国与哈萨克斯坦的双边贸易：双方各自报告的数据", notes }),
    ],
  ];
  const sizes: [string, FigureSize, number][] = [
    ["download 1920 px", DOWNLOAD_SIZE, 2],
    ["card 1200×630", CARD_SIZE, 1],
  ];
  const rows: (string | number)[][] = [];
  for (const [name, spec] of figures) {
    for (const [sizeName, size, scale] of sizes) {
      const svg = renderFigureSvg(spec, size);
      const svgTimes = time(() => renderFigureSvg(spec, size), runs);
      const pngTimes = time(() => renderFigurePng(svg, { scale }), runs);
      const png = renderFigurePng(svg, { scale });
      say(`${name}, ${sizeName}: SVG ${fmt.ms(median(svgTimes))} ms, PNG ${fmt.ms(median(pngTimes))} ms`);
      rows.push([
        `${name}, ${sizeName}`,
        fmt.ms(median(svgTimes)),
        fmt.ms(median(pngTimes)),
        fmt.ms(percentile(pngTimes, 95)),
        `${fmt.n(median(pngTimes) / median(svgTimes), 0)}×`,
        fmt.n(svg.length / 1024, 1),
        fmt.n(png.length / 1024, 0),
      ]);
    }
  }
  const cpu = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}`;
  return [
    `${runs} runs each after 2 warm-ups, ${cpu}.`,
    "",
    table(["figure", "SVG p50 ms", "PNG p50 ms", "PNG p95 ms", "PNG ÷ SVG", "SVG KiB", "PNG KiB"], rows),
  ].join("\n");
}

runWhenMain(import.meta.url, () => benchFigure(options()));
