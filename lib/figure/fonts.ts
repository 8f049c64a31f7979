// The font files figures are rasterised with: Noto Sans (Latin, Greek, Cyrillic incl. Kazakh) and Noto Sans S Chinese
// (CJK, arrows and other symbols), from npm packages pinned in package.json (SIL OFL 1.1), never system fonts or the
// network. Found under node_modules of the working directory (the project root for npm scripts, `next start`, tests),
// as Next's docs advise for files read at run time: a bundler cannot follow require.resolve() to a font file.
import { existsSync } from "node:fs";
import path from "node:path";

export interface FigureFont {
  file: string;
  weight: 400 | 700;
}

function fontFile(pkg: string, name: string): string {
  const file = path.join(process.cwd(), "node_modules", pkg, "fonts", name);
  if (!existsSync(file)) throw new Error(`font file ${file} is missing: the npm package ${pkg} must be installed (npm ci)`);
  return file;
}

/** Regular and bold of each family: the only weights the figures use. */
export function figureFonts(): { latin: FigureFont[]; cjk: FigureFont[] } {
  return {
    latin: [
      { file: fontFile("@embedpdf/fonts-latin", "NotoSans-Regular.ttf"), weight: 400 },
      { file: fontFile("@embedpdf/fonts-latin", "NotoSans-Bold.ttf"), weight: 700 },
    ],
    cjk: [
      { file: fontFile("@embedpdf/fonts-sc", "NotoSansHans-Regular.otf"), weight: 400 },
      { file: fontFile("@embedpdf/fonts-sc", "NotoSansHans-Bold.otf"), weight: 700 },
    ],
  };
}
