// Which chart a public /embed/{chart id} path names, and the page whose URL state it reads (proxy.ts routes it to
// app/r/[locale]/[version]/[state]/(embed)/embed/[panel]). Pure: the proxy imports it.
import { CHART_PAGES, isChartId, type ChartId } from "../pages/panels";
import type { PageId } from "../pages/registry";

export const EMBED_PREFIX = "/embed/";

/** The embed a path names, or null (a trailing slash is tolerated). */
export function embedForPath(pathname: string): { panel: ChartId; page: PageId } | null {
  if (!pathname.startsWith(EMBED_PREFIX)) return null;
  const id = pathname.slice(EMBED_PREFIX.length).replace(/\/+$/, "");
  return isChartId(id) ? { panel: id, page: CHART_PAGES[id] } : null;
}

export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith(EMBED_PREFIX);
}
