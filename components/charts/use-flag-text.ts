"use client";
// Stored flags ("incomplete", "derived"…) in the page's locale, in a word or two (the catalogue's "dated.flags"),
// joined as the chapter charts and table show them; a flag the catalogue does not know is shown as stored.
import { useTranslations } from "next-intl";
import { useCallback } from "react";

export function useFlagText(): (flags: readonly string[]) => string {
  const t = useTranslations("dated");
  return useCallback(
    (flags) =>
      flags
        .map((f) => {
          const key = `flags.${f}` as Parameters<typeof t>[0];
          return t.has(key) ? t(key) : f;
        })
        .join(t("listSeparator")),
    [t],
  );
}
