// PNGs drawn by resvg with the repository's fonts only: valid files of the figure's size, and real glyphs for Latin,
// Cyrillic with Kazakh letters, Chinese and the symbols Noto Sans lacks (missing glyphs would all be the same box).
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { COMTRADE, figure, pngSize, tradeChart } from "../testing/figures";
import { renderFigurePixels, renderFigurePng } from "./png";
import { renderFigureSvg } from "./render";
import { CARD_SIZE } from "./spec";
import { figureFonts } from "./fonts";
import { CJK_FONT_STACK, escapeXml, needsCjkFont, textWidth } from "./text";

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

describe("textWidth against what resvg draws", () => {
  const fonts = figureFonts();
  const files = [...fonts.latin, ...fonts.cjk].map((f) => f.file);
  for (const [text, bold] of [
    ["Goods trade between China and Kazakhstan, both directions", false],
    ["Kazakhstan's imports from China (Kazakhstan reports)", true],
    ["Қытай мен Қазақстан арасындағы сауда: әр тарап", true],
    ["Торговля Китая и Казахстана, млрд долл. США", false],
    ["中国对哈萨克斯坦出口（中国报告），2014–2024年", false],
    ["China → Kazakhstan: both sides' figures", true],
  ] as const) {
    it(`estimates "${text.slice(0, 24)}…" within a few per cent, so wrapped lines fit the PNG`, () => {
      const family = needsCjkFont(text) ? CJK_FONT_STACK : "'Noto Sans'";
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60"><text x="0" y="40" font-size="20" font-family="${escapeXml(family)}"${bold ? ' font-weight="700"' : ""}>${escapeXml(text)}</text></svg>`;
      const box = new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false } }).getBBox()!;
      const drawn = box.x + box.width;
      const estimate = textWidth(text, 20, bold);
      expect(estimate).toBeGreaterThanOrEqual(drawn * 0.985);
      expect(estimate).toBeLessThanOrEqual(drawn * 1.03);
    });
  }
});
