// /embed/{chart id}: one chart for other sites to frame (the only route whose CSP allows it: next.config.js) — a series
// panel, a direction of the mirror or the dated debt figures. Same URL state as the page the chart stands on; rendered
// once per data version (and per pinned version) like every page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "@/components/mirror/mirror.css";
import { DatedEmbed } from "@/components/embed/dated-embed";
import { MirrorEmbed } from "@/components/embed/mirror-embed";
import { SeriesEmbed } from "@/components/embed/series-embed";
import { PageMessages } from "@/components/site/page-messages";
import { countryName } from "@/lib/countries";
import { localCountryName, localCountryNames } from "@/lib/i18n/countries";
import { loadMirrorPage } from "@/lib/mirror/load-page";
import { loadSeriesPanel } from "@/lib/panel/load-series";
import { loadDebtChart } from "@/lib/pages/debt-chart";
import { CHART_PAGES, isChartId, isSeriesPanelId, SERIES_PANELS, type ChartId } from "@/lib/pages/panels";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { PAGE_PATHS } from "@/lib/pages/registry";
import type { Locale } from "@/lib/pages/target";
import { pageShareCard } from "@/lib/pages/share-card";

type EmbedParams = Promise<RouteParams & { panel: string }>;

/** Rendered on first request, then cached (like the pages: app/r/[locale]/[version]/[state]/layout.tsx). */
export async function generateStaticParams(): Promise<{ panel: string }[]> {
  return [];
}

async function embedView(params: EmbedParams) {
  const { panel } = await params;
  if (!isChartId(panel)) notFound();
  const page = CHART_PAGES[panel];
  const view = await pageView(page, params);
  const query = new URLSearchParams(view.query);
  if (view.pinned) query.set("v", view.version);
  const search = query.toString();
  return { panel: panel as ChartId, page, view, backHref: `${PAGE_PATHS[page]}${search ? `?${search}` : ""}#${panel}` };
}

/** The embed's own title, in its locale: the panel's title (panelTitles), the dated chart's, or the mirror direction's. */
async function embedTitle(panel: ChartId, state: Record<string, unknown>, locale: Locale): Promise<string> {
  if (isSeriesPanelId(panel)) {
    const titles = await getTranslations({ locale, namespace: "panelTitles" });
    return titles.has(panel) ? titles(panel) : SERIES_PANELS[panel].title;
  }
  if (panel === "debt-dated") return (await getTranslations({ locale, namespace: "debt" }))("lines.chartTitle");
  const [a, b] = [String(state.exporter), String(state.importer)];
  const [exporter, importer] = panel === "mirror-forward" ? [a, b] : [b, a];
  const t = await getTranslations({ locale, namespace: "mirrorPanel" });
  return t("title", {
    exporter: localCountryName(exporter, locale, countryName(exporter)),
    importer: localCountryName(importer, locale, countryName(importer)),
  });
}

export async function generateMetadata({ params }: { params: EmbedParams }): Promise<Metadata> {
  const { panel, page, view } = await embedView(params);
  const card = pageShareCard(page, view, isSeriesPanelId(panel) ? panel : undefined);
  return { ...card, title: { absolute: await embedTitle(panel, view.state, view.locale) } };
}

export default async function EmbedPage({ params }: { params: EmbedParams }) {
  const { panel, view, backHref } = await embedView(params);
  const messages = (content: ReactNode, more: ("seriesPanel" | "seriesLines" | "mirrorPanel" | "dated" | "panelTitles")[] = []) => (
    <PageMessages
      locale={view.locale}
      namespaces={["panel", "notes_panel", "embed", ...more]}
      panels={isSeriesPanelId(panel) ? [panel] : undefined}
    >
      {content}
    </PageMessages>
  );
  if (isSeriesPanelId(panel)) {
    const payload = await loadSeriesPanel(SERIES_PANELS[panel], { ...view.pin, locale: view.locale });
    return messages(<SeriesEmbed payload={payload} citationYear={view.citationYear} backHref={backHref} />, [
      "seriesPanel",
      "seriesLines",
      "dated",
      "panelTitles",
    ]);
  }
  if (panel === "debt-dated") {
    const { chart } = await loadDebtChart(view.locale, view.pin, view.citationYear);
    return messages(<DatedEmbed chart={chart} backHref={backHref} />, ["seriesPanel"]);
  }
  const state = view.state as { exporter: string; importer: string; year: number | null };
  const payload = await loadMirrorPage(state, view.pin.asOf);
  if (!payload) notFound();
  return messages(
    <MirrorEmbed
      payload={payload}
      direction={panel === "mirror-forward" ? "forward" : "reverse"}
      backHref={backHref}
      localNames={localCountryNames(payload.pairs, view.locale)}
    />,
    ["mirrorPanel"],
  );
}
