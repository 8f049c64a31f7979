// PNGs drawn by resvg with the repository's fonts only: valid files of the figure's size, and real glyphs for Latin,
// Cyrillic with Kazakh letters, Chinese and the symbols Noto Sans lacks (missing glyphs would all be the same box).
import { describe, expect, it } from "vitest";
import { COMTRADE, figure, pngSize, tradeChart } from "../testing/figures";
import { renderFigurePixels, renderFigurePng } from "./png";
import { renderFigureSvg } from "./render";
import { CARD_SIZE } from "./spec";

function glyph(text: string, bold = false): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><text x="8" y="30" font-size="28"${bold ? ' font-weight="700"' : ""} font-family="'Noto Sans'">${text}</text></svg>`;
  const { pixels } = renderFigurePixels(svg);
  expect(pixels.some((v, i) => i % 4 !== 3 && v < 128)).toBe(true); // something dark was drawn
  return pixels;
}

describe("renderFigurePng", () => {
  it("draws a download at 2× and a card at exactly 1200×630", () => {
    const svg = renderFigureSvg(figure(tradeChart()));
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(pngSize(renderFigurePng(svg, { scale: 2 }))).toEqual({ width: width * 2, height: height * 2 });
    expect(pngSize(renderFigurePng(renderFigureSvg(figure(tradeChart()), CARD_SIZE)))).toEqual({ width: 1200, height: 630 });
  });

  it("differs between two views", () => {
    const a = renderFigurePng(renderFigureSvg(figure(tradeChart())));
    const b = renderFigurePng(renderFigureSvg(figure(tradeChart(COMTRADE))));
    expect(a.equals(b)).toBe(false);
  });

  for (const [name, a, b] of [
    ["Latin", "a", "e"],
    ["Cyrillic", "ж", "щ"],
    ["Kazakh letters", "ә", "ғ"],
    ["Kazakh letters (bold)", "ң", "ө"],
    ["Chinese", "中", "国"],
    ["arrows", "→", "←"],
  ] as const) {
    it(`draws distinct ${name} glyphs with the repository's fonts`, () => {
      expect(glyph(a, name.includes("bold")).equals(glyph(b, name.includes("bold")))).toBe(false);
    });
  }
});
