// PNG of a figure: its SVG rasterised on the server by resvg (Rust, via @resvg/resvg-js's prebuilt binary in the npm
// package) with the fonts of the repository's npm dependencies only: no system fonts, no network.
import { Resvg } from "@resvg/resvg-js";
import { figureFonts } from "./fonts";
import { needsCjkFont } from "./text";

let fonts: { latin: string[]; cjk: string[] } | undefined;

export interface PngOptions {
  /** Pixels per SVG unit (default 1): 2 gives a 1920 px wide PNG of a 960 px figure. */
  scale?: number;
}

function resvg(svg: string, options: PngOptions): Resvg {
  if (!fonts) {
    const f = figureFonts();
    fonts = { latin: f.latin.map((x) => x.file), cjk: f.cjk.map((x) => x.file) };
  }
  const scale = options.scale ?? 1;
  return new Resvg(svg, {
    font: {
      fontFiles: needsCjkFont(svg) ? [...fonts.latin, ...fonts.cjk] : fonts.latin,
      loadSystemFonts: false,
      defaultFontFamily: "Noto Sans",
    },
    fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
    background: "#ffffff",
  });
}

/**
 * Rasterises a figure's SVG (renderFigureSvg) to PNG. The CJK fonts (8 MB each) are only handed to resvg when a
 * character needs them, since resvg reads every font it is given on each render.
 */
export function renderFigurePng(svg: string, options: PngOptions = {}): Buffer {
  return resvg(svg, options).render().asPng();
}

/** The raw RGBA pixels of the same rendering (tests look at what was drawn). */
export function renderFigurePixels(svg: string, options: PngOptions = {}): { width: number; height: number; pixels: Buffer } {
  const image = resvg(svg, options).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}
