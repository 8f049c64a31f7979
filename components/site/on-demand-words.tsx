"use client";
// The page's messages with the words a part of it loads with its data (lib/i18n/on-demand-words.ts): null until they
// have arrived. Shared by the mirror's by-product section and /trade's chapters section.
import { useLocale, useMessages } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/pages/target";

/** `load`'s words merged into namespace `namespace` of the page's messages, once loaded; nothing is loaded until `enabled`. */
export function useOnDemandMessages<N extends keyof Messages>(
  namespace: N,
  load: (locale: Locale) => Promise<Partial<Messages[N]>>,
  enabled = true,
): ReturnType<typeof useMessages> | null {
  const locale = useLocale() as Locale;
  const messages = useMessages();
  const [words, setWords] = useState<{ locale: string; words: Partial<Messages[N]> } | null>(null);
  useEffect(() => {
    if (!enabled || words?.locale === locale) return;
    let cancelled = false;
    load(locale).then((w) => !cancelled && setWords({ locale, words: w }));
    return () => {
      cancelled = true;
    };
  }, [locale, words, enabled, load]);
  return useMemo(
    () => (words ? { ...messages, [namespace]: { ...(messages[namespace] as object), ...words.words } } : null),
    [messages, words, namespace],
  );
}
