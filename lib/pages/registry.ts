// The pages of the site and the URL state each one reads. The proxy (proxy.ts) uses this table to normalise a
// request's search params into the page's canonical state (defaults dropped, invalid values dropped, unknown keys
// dropped, a fixed key order), which becomes part of the cache key of the rendered page; the page decodes the same
// state from its route segment. One table, so the proxy and the pages can never disagree on what a URL means.
import { createLoader, createSerializer, type inferParserType, type ParserMap } from "nuqs/server";
import { mirrorParsers } from "../mirror/url-state";
import { notesParsers, panelStateParsers, rangeParsers, realParsers, tradeParsers } from "../url-state";

export const PAGE_IDS = ["overview", "trade", "mirror", "investment", "debt", "notes", "sources"] as const;
export type PageId = (typeof PAGE_IDS)[number];

/** Public path of each page (un-prefixed: English). */
export const PAGE_PATHS: Record<PageId, string> = {
  overview: "/",
  trade: "/trade",
  mirror: "/mirror",
  investment: "/investment",
  debt: "/debt",
  notes: "/notes",
  sources: "/sources",
};

/** Segment of the page below the internal route `app/r/[locale]/[version]/[state]/(site)/`. */
export const PAGE_SEGMENTS: Record<PageId, string> = {
  overview: "",
  trade: "trade",
  mirror: "mirror",
  investment: "investment",
  debt: "debt",
  notes: "notes",
  sources: "sources",
};

export const PAGE_PARSERS = {
  overview: { ...rangeParsers, ...realParsers, ...panelStateParsers("") },
  trade: {
    ...rangeParsers,
    ...realParsers,
    ...tradeParsers,
    ...panelStateParsers("flows"),
    ...panelStateParsers("turnover"),
    ...panelStateParsers("balance"),
    ...panelStateParsers("share"),
  },
  mirror: { ...mirrorParsers, ...panelStateParsers("forward", { tabOnly: true }), ...panelStateParsers("reverse", { tabOnly: true }) },
  investment: {
    ...rangeParsers,
    ...realParsers,
    ...panelStateParsers("flows"),
    ...panelStateParsers("usd"),
    ...panelStateParsers("stock"),
    ...panelStateParsers("share"),
  },
  debt: { ...panelStateParsers("debt"), ...panelStateParsers("lending") },
  notes: notesParsers,
  sources: {},
} satisfies Record<PageId, ParserMap>;

export type PageState<P extends PageId> = inferParserType<(typeof PAGE_PARSERS)[P]>;

type AnyLoader = (search: URLSearchParams) => Record<string, unknown>;
type AnySerializer = (state: Record<string, unknown>) => string;
const serializers = Object.fromEntries(
  PAGE_IDS.map((p) => [p, createSerializer(PAGE_PARSERS[p] as ParserMap) as unknown as AnySerializer]),
) as Record<PageId, AnySerializer>;
const loaders = Object.fromEntries(PAGE_IDS.map((p) => [p, createLoader(PAGE_PARSERS[p] as ParserMap) as unknown as AnyLoader])) as Record<
  PageId,
  AnyLoader
>;

/** The page a public path (without locale prefix) names, or null. A trailing slash is tolerated. */
export function pageForPath(pathname: string): PageId | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return PAGE_IDS.find((p) => PAGE_PATHS[p] === path) ?? null;
}

/** The page's state from any search params: invalid values and unknown keys fall back to the defaults. */
export function loadPageState<P extends PageId>(page: P, search: URLSearchParams | string): PageState<P> {
  return loaders[page](typeof search === "string" ? new URLSearchParams(search) : search) as PageState<P>;
}

/**
 * The canonical query string of a page's state (no leading "?"): only values that differ from the defaults, in the
 * registry's key order, so equal views have equal strings.
 */
export function canonicalQuery(page: PageId, search: URLSearchParams | string): string {
  const state = loadPageState(page, search);
  return serializers[page](state).replace(/^\?/, "");
}
