"use client";
// The language switcher and the page's hreflang alternates. The server renders each link to the same view (page and
// canonical URL state) in the other locale, so it works without JavaScript; a click takes the live URL instead (the
// controls change the query string in the browser) and remembers the choice in a cookie.
import { useLocale, useTranslations } from "next-intl";
import { useSelectedLayoutSegments } from "next/navigation";
import type { MouseEvent } from "react";
import { LOCALE_COOKIE, LOCALE_NAMES, localePath, splitLocale } from "@/lib/i18n/routing";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/pages/target";

/** The public path (without locale) of the page below the layout: "/mirror", "/" for the overview. */
function usePagePath(): string {
  const segments = useSelectedLayoutSegments().filter((s) => !s.startsWith("(") && !s.startsWith("__"));
  const page = segments.join("/");
  return page === "" || page === "not-found" ? "/" : `/${page}`;
}

function remember(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${365 * 24 * 3600}; samesite=lax`;
}

export function LanguageSwitcher({ query }: { query: string }) {
  const current = useLocale();
  const t = useTranslations("switcher");
  const path = usePagePath();
  const search = query ? `?${query}` : "";
  const go = (locale: Locale) => (event: MouseEvent<HTMLAnchorElement>) => {
    // The link follows the live URL (the controls may have changed the query since the page was rendered); the
    // browser then navigates as for any link, which also reloads the root layout with the new <html lang>.
    const live = splitLocale(window.location.pathname).path;
    event.currentTarget.href = `${localePath(locale, live)}${window.location.search}${window.location.hash}`;
    if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) remember(locale);
  };
  return (
    <>
      {LOCALES.map((l) => (
        <link key={l} rel="alternate" hrefLang={l} href={`${localePath(l, path)}${search}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${localePath(DEFAULT_LOCALE, path)}${search}`} />
      <nav className="language-switcher" aria-label={t("label")}>
        <ul>
          {LOCALES.map((l) => (
            <li key={l}>
              <a
                href={`${localePath(l, path)}${search}`}
                hrefLang={l}
                lang={l}
                aria-current={l === current ? "true" : undefined}
                onClick={go(l)}
              >
                {LOCALE_NAMES[l]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
