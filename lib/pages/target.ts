// The internal route a public URL is served from: app/r/[locale]/[version]/[state]/… . proxy.ts computes it and
// next.config.js rewrites to it; pages decode their state from the [state] segment. The segment holds the page's
// canonical query string (lib/pages/registry.ts) in base64url, "-" when the view is the default one.

/** Locales the site is rendered in; the first is the default (served un-prefixed, the others under /ru/…, /kk/…, /zh/…). */
export const LOCALES = ["en", "ru", "kk", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Header carrying the internal target from the proxy to the rewrite rule (never accepted from a client). */
export const TARGET_HEADER = "x-monitor-target";

/** A [version] segment: the data version the page is rendered at; "p57" for a view pinned to version 57 (`?v=57`). */
export const VERSION_SEGMENT = /^p?[0-9]{1,18}$/;

export function versionSegment(version: string, pinned: boolean): string {
  return pinned ? `p${version}` : version;
}

export function parseVersionSegment(segment: string): { version: string; pinned: boolean } {
  return segment.startsWith("p") ? { version: segment.slice(1), pinned: true } : { version: segment, pinned: false };
}
