// The font files figures are rasterised with: Noto Sans (Latin, Greek, Cyrillic incl. Kazakh) and Noto Sans S Chinese
// (CJK), from npm packages pinned in package.json (SIL OFL 1.1), never system fonts or the network.
import { createRequire } from "node:module";
import path from "node:path";

export interface FigureFont {
  file: string;
  weight: 400 | 700;
}

const require = createRequire(import.meta.url);

/** Folder of an npm font package's files (the packages export no subpaths, so we go from their entry point). */
function fontDir(pkg: string): string {
  return path.join(path.dirname(require.resolve(pkg)), "..", "fonts");
}

/** Regular and bold of each family: the only weights the figures use. */
export function figureFonts(): { latin: FigureFont[]; cjk: FigureFont[] } {
  const latin = fontDir("@embedpdf/fonts-latin");
  const cjk = fontDir("@embedpdf/fonts-sc");
  return {
    latin: [
      { file: path.join(latin, "NotoSans-Regular.ttf"), weight: 400 },
      { file: path.join(latin, "NotoSans-Bold.ttf"), weight: 700 },
    ],
    cjk: [
      { file: path.join(cjk, "NotoSansHans-Regular.otf"), weight: 400 },
      { file: path.join(cjk, "NotoSansHans-Bold.otf"), weight: 700 },
    ],
  };
}
