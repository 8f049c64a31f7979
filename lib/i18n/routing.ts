// Which locale a public URL is in, and the URL of the same view in another locale. Pure: the proxy, server components
// and the browser (the language switcher) share it. English is served un-prefixed (/mirror), every other locale under
// its code (/ru/mirror); the query string (the view's URL state) is the same in every locale.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../pages/target";

/** Cookie that remembers the reader's choice of language (set by the switcher and by the first-visit redirect). */
export const LOCALE_COOKIE = "locale";

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский", kk: "Қазақша", zh: "中文" };

/** "/ru/mirror" → { locale: "ru", path: "/mirror" }; "/mirror" → English; "/en/mirror" → prefixed: true (redirected). */
export function splitLocale(pathname: string): { locale: Locale; path: string; prefixed: boolean } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLocale(match[1]!)) return { locale: match[1], path: match[2] || "/", prefixed: true };
  return { locale: DEFAULT_LOCALE, path: pathname, prefixed: false };
}

/** The public path of `path` (un-prefixed, e.g. "/mirror" or "/") in `locale`: "/ru/mirror", "/ru". */
export function localePath(locale: Locale | string, path: string): string {
  if (locale === DEFAULT_LOCALE || !isLocale(locale)) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path.startsWith("/") ? "" : "/"}${path}`;
}

/**
 * The best supported locale for an Accept-Language header (quality values honoured, "ru-KZ" matches "ru", "zh-CN" and
 * "zh-Hans" match "zh"), or the default when nothing matches.
 */
export function negotiateLocale(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag !== "" && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === "*") return DEFAULT_LOCALE;
    const primary = tag.split("-")[0]!;
    if ((LOCALES as readonly string[]).includes(primary)) return primary as Locale;
  }
  return DEFAULT_LOCALE;
}
