// The mirror's by-product section (components/mirror/chapter-*.tsx) is loaded when the reader gets near it, and so are
// its words: the page leaves these "mirrorPanel" templates out of the messages it sends (HTML budget, issue 9) and the
// section fetches them from its locale's catalogue, as a chunk of its own, with its data (on-demand-words.ts).
import type { Locale } from "../pages/target";
import { loadWords } from "./on-demand-words";

/** The "mirrorPanel" templates only the by-product section reads (its headings, sentences, chart and table). */
export const BY_PRODUCT_KEYS = [
  "sectionTitle",
  "sectionNone",
  "sectionYears",
  "sectionNoOverlap",
  "sectionHolds",
  "sectionHoldsTotal",
  "eachValue",
  "builtOnFlaggedList",
  "chapterItem",
  "topCaption",
  "noneHigher",
  "chapterCaption",
  "downloadChapters",
  "downloadAllYears",
  "notCompared",
  "onlyImporter",
  "onlyExporter",
  "colHs",
  "colChapter",
  "noTitle",
  "colReports",
  "colGapSorted",
  "colShare",
  "colSources",
  "chapterAria",
  "chapterTip",
  "flagsList",
  "gap",
] as const;

export type ByProductKey = (typeof BY_PRODUCT_KEYS)[number];
export type ByProductWords = Record<ByProductKey, string>;

/** The by-product templates of `locale`, from its catalogue (a separate chunk, loaded on demand). */
export async function loadByProductWords(locale: Locale): Promise<ByProductWords> {
  return loadWords(locale, "mirrorPanel", BY_PRODUCT_KEYS);
}
