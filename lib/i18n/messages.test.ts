// The catalogues are complete: every key of en.json exists in every locale, is not empty, uses the same arguments
// and rich-text tags, and parses as an ICU message. A new English string without its translations fails here.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../pages/target";
import { MESSAGES } from "./messages";

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

/** Argument names ({year}, {count, plural…}: lower-case identifiers, unlike select branches such as {China}) and tags (<b>…</b>). */
function shape(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([a-z][A-Za-z0-9_]*)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
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
        values[name] = s.startsWith("<") ? (chunks: unknown) => chunks : /count|sources|values/.test(name) ? 3 : "x";
      }
      (t as unknown as { rich: (k: string, v: Record<string, unknown>) => unknown }).rich(key, values);
    }
    expect(errors).toEqual([]);
  });
});
