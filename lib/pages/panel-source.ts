// A page's series panel as the page sends it: with its data when it is in the first screen (packed: lib/panel/wire.ts),
// else its frame, the URL of its data (/api/panels/{id}) and its numbers in words for the first render (readers without JavaScript get those).
import "server-only";
import { loadSeriesPanel } from "../panel/load-series";
import { createTranslator } from "next-intl";
import { loadNamespace } from "../i18n/on-demand-words";
import { panelWordTemplates } from "../i18n/panel-words";
import { panelWords, seriesView } from "../panel/series-view";
import type { SeriesPanelFrame, SeriesPanelPayload } from "../panel/types";
import { packPanelPayload, type PackedPanelPayload } from "../panel/wire";
import { SERIES_PANELS, type SeriesPanelId } from "./panels";
import type { Locale } from "./target";

export type PanelSourceProps =
  { payload: SeriesPanelPayload | PackedPanelPayload } | { frame: SeriesPanelFrame; url: string; words: string };

export interface LoadedPanel {
  payload: SeriesPanelPayload;
  /** The props of the panel: `payload` inline, or deferred. */
  props(placement: "first-screen" | "below"): PanelSourceProps;
}

export async function loadPanel(
  id: SeriesPanelId,
  range: { from: number | null; to: number | null },
  pin: { asOf?: string } = {},
  locale?: Locale,
): Promise<LoadedPanel> {
  const tag: Locale = locale ?? "en";
  // Translators made from the catalogue itself (not next-intl/server's getTranslations, which needs a request's React
  // server context): the panel is also loaded outside a page, by tests and the pinned-citation check.
  const [payload, seriesPanel, seriesLines, dated] = await Promise.all([
    loadSeriesPanel(SERIES_PANELS[id], { ...pin, locale }),
    loadNamespace(tag, "seriesPanel"),
    loadNamespace(tag, "seriesLines"),
    loadNamespace(tag, "dated"),
  ]);
  const messages = { seriesPanel, seriesLines, dated };
  const templates = panelWordTemplates(tag, {
    seriesPanel: createTranslator({ locale: tag, messages, namespace: "seriesPanel" }),
    seriesLines: createTranslator({ locale: tag, messages, namespace: "seriesLines" }),
    dated: createTranslator({ locale: tag, messages, namespace: "dated" }),
  });
  return {
    payload,
    props(placement) {
      if (placement === "first-screen") return { payload: packPanelPayload(payload) };
      const { points: _p, sources: _s, notes: _n, terms: _t, publishers: _u, deflator: _d, ...frame } = payload;
      const view = seriesView(payload, { ...range, tab: "chart", scale: "linear", pct: false }, 0);
      const words = panelWords(view, payload.unit, null, templates);
      const query = new URLSearchParams({ ...(pin.asOf ? { v: pin.asOf } : {}), ...(locale && locale !== "en" ? { locale } : {}) });
      return { frame, url: query.size ? `/api/panels/${id}?${query}` : `/api/panels/${id}`, words };
    },
  };
}

/** Whether any line of the panel has a value. */
export function hasData(payload: SeriesPanelPayload): boolean {
  return Object.values(payload.points).some((p) => p.length > 0);
}
