// What a data page knows from its internal route (app/r/[locale]/[version]/[state]/…): the locale, the data version it
// is rendered at, and its URL state.
import { setRequestLocale } from "next-intl/server";
import { canonicalQuery, loadPageState, type PageId, type PageState } from "./registry";
import { decodeStateSegment } from "./state-segment";
import { DEFAULT_LOCALE, isLocale, parseVersionSegment, type Locale } from "./target";

export interface RouteParams {
  locale: string;
  version: string;
  state: string;
}

export interface PageView<P extends PageId> {
  locale: Locale;
  /** The data version this render shows. */
  version: string;
  /** A view pinned to an older version (`?v=`): its queries read the values as of `version`. */
  pinned: boolean;
  /** What the query layer takes: `{ asOf }` when pinned, `{}` for the current data. */
  pin: { asOf?: string };
  state: PageState<P>;
  /** The canonical query string of the state ("" for the default view). */
  query: string;
  /** Year of citations of this render: the current year on the server when it renders (once per data version). */
  citationYear: number;
}

export async function pageView<P extends PageId>(page: P, params: Promise<RouteParams>): Promise<PageView<P>> {
  const { locale, version: segment, state } = await params;
  const decoded = decodeStateSegment(state);
  const { version, pinned } = parseVersionSegment(segment);
  const resolved = isLocale(locale) ? locale : DEFAULT_LOCALE;
  setRequestLocale(resolved); // next-intl: this render's locale, without reading request headers (the page is cached)
  return {
    locale: resolved,
    version,
    pinned,
    pin: pinned ? { asOf: version } : {},
    state: loadPageState(page, decoded),
    query: canonicalQuery(page, decoded),
    citationYear: new Date().getUTCFullYear(),
  };
}
