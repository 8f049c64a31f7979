// The catalogues are complete: every key of en.json exists in every locale, is not empty, uses the same arguments
// and rich-text tags, and parses as an ICU message. A new English string without its translations fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../pages/target";
import { SERIES_PANELS } from "../pages/panels";
import { BY_PRODUCT_KEYS, loadByProductWords } from "./by-product-words";
import { TRADE_CHAPTER_DATA_KEYS, loadTradeChapterWords } from "./trade-chapter-words";
import { MESSAGES, pickMessages } from "./messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Argument names and rich-text tags of a message, from the ICU parser (select branches are not arguments). */
function shape(message: string): string[] {
  const out = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(`{${e.value}}`);
      if (e.type === TYPE.select || e.type === TYPE.plural) {
        out.add(`{${e.value}}`);
        for (const option of Object.values(e.options)) walk(option.value);
      }
      if (e.type === TYPE.tag) {
        out.add(`<${e.value}>`);
        walk(e.children);
      }
    }
  };
  walk(parse(message));
  return [...out].sort();
}

const english = leaves(MESSAGES.en as unknown as Tree);

describe.each(LOCALES.map((l) => [l]))("catalogue %s", (locale) => {
  const catalogue = leaves(MESSAGES[locale] as unknown as Tree);

  it("has every English key, non-empty, and no key English lacks", () => {
    const missing = [...english.keys()].filter((k) => !catalogue.has(k));
    const empty = [...catalogue].filter(([, v]) => v.trim() === "").map(([k]) => k);
    const extra = [...catalogue.keys()].filter((k) => !english.has(k));
    expect({ missing, empty, extra }).toEqual({ missing: [], empty: [], extra: [] });
  });

  it("uses the same arguments and tags as English", () => {
    const differing = [...english]
      .filter(([k, v]) => catalogue.has(k) && shape(catalogue.get(k)!).join() !== shape(v).join())
      .map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it("parses and formats every message", () => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: MESSAGES[locale], onError: (e) => errors.push(e.message) });
    for (const [key, message] of catalogue) {
      const values: Record<string, unknown> = {};
      for (const s of shape(message)) {
        const name = s.slice(1, -1);
        values[name] = s.startsWith("<") ? (chunks: unknown) => chunks : /^(count|sources|values|observations|notes)$/.test(name) ? 3 : "x";
      }
      (t as unknown as { rich: (k: string, v: Record<string, unknown>) => unknown }).rich(key, values);
    }
    expect(errors).toEqual([]);
  });
});

describe("pickMessages", () => {
  it("sends a page's panels' titles and series labels only, every one it draws", () => {
    const picked = pickMessages("ru", ["panel", "panelTitles", "seriesLines"], ["trade-turnover"]);
    expect(Object.keys(picked.panelTitles)).toEqual(["trade-turnover"]);
    const codes = SERIES_PANELS["trade-turnover"].lines.map((l) => l.code.replaceAll(".", "_"));
    expect(Object.keys(picked.seriesLines).sort()).toEqual(codes.filter((c) => c in MESSAGES.ru.seriesLines).sort());
    expect(Object.keys(picked.seriesLines).length).toBeGreaterThan(0);
    expect(picked.panel).toEqual(MESSAGES.ru.panel);
  });

  it("leaves out what a part of the page loads later: the by-product section's words, which it loads in full", async () => {
    const picked = pickMessages("kk", ["mirrorPanel", "panel"], undefined, { mirrorPanel: BY_PRODUCT_KEYS });
    for (const k of BY_PRODUCT_KEYS) expect(picked.mirrorPanel).not.toHaveProperty(k);
    expect(picked.mirrorPanel.title).toBe(MESSAGES.kk.mirrorPanel.title);
    expect(picked.panel).toEqual(MESSAGES.kk.panel);
    for (const locale of LOCALES) {
      const words = await loadByProductWords(locale);
      for (const k of BY_PRODUCT_KEYS) expect(words[k], `${locale} mirrorPanel.${k}`).toBe(MESSAGES[locale].mirrorPanel[k]);
    }
  });

  it("leaves out /trade's chapter words that word a year's data, which the section loads in full", async () => {
    const picked = pickMessages("ru", ["tradeChapters"], undefined, { tradeChapters: TRADE_CHAPTER_DATA_KEYS });
    for (const k of TRADE_CHAPTER_DATA_KEYS) expect(picked.tradeChapters).not.toHaveProperty(k);
    expect(picked.tradeChapters.title).toBe(MESSAGES.ru.tradeChapters.title);
    for (const locale of LOCALES) {
      const words = await loadTradeChapterWords(locale);
      for (const k of TRADE_CHAPTER_DATA_KEYS) expect(words[k], `${locale} tradeChapters.${k}`).toEqual(MESSAGES[locale].tradeChapters[k]);
    }
  });

  it("the words left out are read by the by-product section only (components/mirror/chapter-*.tsx)", () => {
    const dir = path.resolve(import.meta.dirname, "../../components/mirror");
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.startsWith("chapter-"))) {
      const source = readFileSync(path.join(dir, file), "utf8");
      for (const k of BY_PRODUCT_KEYS) expect(source, `${file} reads mirrorPanel.${k}`).not.toMatch(new RegExp(`\\bt(\\.rich)?\\("${k}"`));
    }
  });
});
