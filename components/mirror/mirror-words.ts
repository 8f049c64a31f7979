"use client";
// The mirror's words in the page's locale: the flag phrases of lib/mirror/story.ts worded with the "mirrorPanel"
// templates, and lists joined the way the locale punctuates them. The page sends "mirrorPanel" to this page only.
import { useLocale, useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useMemo } from "react";
import type { FlagPhrase } from "@/lib/mirror/story";

const FLAG_TEXTS = ["estimate", "incomplete", "derived", "preliminary", "rounded"] as const;
type FlagText = (typeof FLAG_TEXTS)[number];
const isFlagText = (f: string): f is FlagText => (FLAG_TEXTS as readonly string[]).includes(f);

/** Words a flag phrase; `short` words a stored flag in a word or two ("estimate"; an unknown flag as it is). */
export function useFlagWords() {
  const t = useTranslations("mirrorPanel");
  const phrase = useCallback(
    (p: FlagPhrase): string => {
      switch (p.key) {
        case "missing":
          return t("flag.missing", { name: p.name });
        case "side":
          return t("flag.side", { name: p.name, what: isFlagText(p.flag) ? t(`flagText.${p.flag}`) : p.flag });
        case "crossSource":
          return t("flag.crossSource");
        case "negativeGap":
          return t("flag.negativeGap", { exporter: p.exporter, importer: p.importer });
      }
    },
    [t],
  );
  const short = useCallback((f: string) => (isFlagText(f) ? t(`flagShort.${f}`) : f), [t]);
  return useMemo(() => ({ phrase, short }), [phrase, short]);
}

/** Joins list items with the locale's separators: "; " between entries, ", " inside one (Chinese: "；" and "，"). */
export function useListJoin() {
  const zh = useLocale() === "zh";
  return useMemo(
    () => ({
      entries: (items: string[]) => items.join(zh ? "；" : "; "),
      items: (items: string[]) => items.join(zh ? "，" : ", "),
    }),
    [zh],
  );
}

/** Country names in the page's locale, by ISO3 code (the page computes them on the server: lib/i18n/countries.ts). */
export const LocalNames = createContext<Record<string, string>>({});

/** The name of `code` in the page's locale, else `fallback` (the payload's English name). */
export function useLocalName() {
  const names = useContext(LocalNames);
  return useCallback((code: string, fallback: string) => names[code] ?? fallback, [names]);
}
