// /trade's chapters section (components/chapters/*) shows its heading, year, coverage and downloads before its data
// arrive; the rest of its words (what the data say, its charts and table) load with the data, from the catalogue's own
// chunk (on-demand-words.ts): the page leaves them out of its messages (HTML budget, issue 9).
import type { Locale } from "../pages/target";
import type { Messages } from "./messages";
import { loadWords } from "./on-demand-words";

/** The "tradeChapters" templates read only once a year's chapters are there. */
export const TRADE_CHAPTER_DATA_KEYS = [
  "held",
  "codeSeparator",
  "incomplete",
  "chartTitle",
  "chartAria",
  "chapterName",
  "noValue",
  "notReported",
  "tableAll",
  "tableCaption",
  "headerKz",
  "headerCn",
  "colChapter",
  "colName",
  "colFlags",
  "sources",
] as const satisfies readonly (keyof Messages["tradeChapters"])[];

/** The data-time templates of `locale`, from its catalogue (a separate chunk, loaded on demand). */
export function loadTradeChapterWords(locale: Locale) {
  return loadWords(locale, "tradeChapters", TRADE_CHAPTER_DATA_KEYS);
}
