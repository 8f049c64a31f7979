// /embed/{panel id}: one chart for other sites to frame (the only route whose CSP allows it: next.config.js). Same URL
// state as the page the panel stands on; rendered once per data version (and per pinned version) like every page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedChart } from "@/components/embed/embed-chart";
import { PageMessages } from "@/components/site/page-messages";
import { loadSeriesPanel } from "@/lib/panel/load-series";
import { isSeriesPanelId, PANEL_PAGES, SERIES_PANELS } from "@/lib/pages/panels";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { PAGE_PATHS } from "@/lib/pages/registry";
import { pageShareCard } from "@/lib/pages/share-card";

type EmbedParams = Promise<RouteParams & { panel: string }>;

/** Rendered on first request, then cached (like the pages: app/r/[locale]/[version]/[state]/layout.tsx). */
export async function generateStaticParams(): Promise<{ panel: string }[]> {
  return [];
}

async function embedView(params: EmbedParams) {
  const { panel } = await params;
  if (!isSeriesPanelId(panel)) notFound();
  const page = PANEL_PAGES[panel];
  const view = await pageView(page, params);
  const query = new URLSearchParams(view.query);
  if (view.pinned) query.set("v", view.version);
  const search = query.toString();
  return { panel, page, view, backHref: `${PAGE_PATHS[page]}${search ? `?${search}` : ""}#${panel}` };
}

export async function generateMetadata({ params }: { params: EmbedParams }): Promise<Metadata> {
  const { panel, page, view } = await embedView(params);
  const card = pageShareCard(page, view, panel);
  return { ...card, title: { absolute: SERIES_PANELS[panel].title } };
}

export default async function EmbedPage({ params }: { params: EmbedParams }) {
  const { panel, view, backHref } = await embedView(params);
  const payload = await loadSeriesPanel(SERIES_PANELS[panel], view.pin);
  return (
    <PageMessages locale={view.locale} namespaces={["panel", "seriesPanel", "embedChart", "seriesLines", "notes_panel"]}>
      <EmbedChart payload={payload} citationYear={view.citationYear} backHref={backHref} />
    </PageMessages>
  );
}
