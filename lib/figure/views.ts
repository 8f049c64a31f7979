// The figures the API draws (every series panel of the site, by its id) and the parameters of a view, validated like
// every API input (lib/params.ts). A figure shows exactly what the panel shows for the same URL state.
import "server-only";
import { PAGE_PATHS, type PageId } from "../pages/registry";
import { SERIES_PANELS, type SeriesPanelId } from "../pages/panels";
import { loadSeriesPanel, type SeriesPanelSpec } from "../panel/load-series";
import { seriesView } from "../panel/series-view";
import { ParamError } from "../errors";
import { parseEnum, parseYearRange, rejectUnknown, single } from "../params";
import { panelUrlKeys } from "../url-state";
import { panelFigure } from "./panel-figure";
import { CARD_SIZE, DOWNLOAD_SIZE, type FigureSize, type FigureSpec } from "./spec";

export const FIGURE_IDS = Object.keys(SERIES_PANELS) as SeriesPanelId[];
export type FigureId = SeriesPanelId;

/** The page each figure's panel stands on (for the permalink printed on the figure). */
const FIGURE_PAGE: Record<FigureId, PageId> = {
  "trade-totals": "overview",
  "trade-flows": "trade",
  "trade-turnover": "trade",
  "trade-balance": "trade",
  "trade-share": "trade",
  "fdi-flows": "investment",
  "fdi-flows-usd": "investment",
  "debt-lending": "debt",
  "fdi-stock": "investment",
  "fdi-share": "investment",
};

export const FIGURE_SIZES = { download: DOWNLOAD_SIZE, card: CARD_SIZE } satisfies Record<string, FigureSize>;
export type FigureSizeName = keyof typeof FIGURE_SIZES;

/** Pixels per SVG unit of each size's PNG: downloads print at 2× (1920 px wide), cards are exactly 1200×630. */
export const PNG_SCALE: Record<FigureSizeName, number> = { download: 2, card: 1 };

export interface FigureView {
  figure: FigureId;
  from: number | null;
  to: number | null;
  scale: "linear" | "log";
  pct: boolean;
  format: "svg" | "png";
  size: FigureSizeName;
}

export const FIGURE_PARAMS = ["figure", "from", "to", "scale", "pct", "format", "size"] as const;

/** The view a request asks for; ParamError (→ 400) names a bad or unknown parameter. */
export function parseFigureView(params: URLSearchParams): FigureView {
  rejectUnknown(params, FIGURE_PARAMS);
  if (single(params, "figure") === undefined) throw new ParamError("figure", `required (one of ${FIGURE_IDS.join(", ")})`);
  const figure = parseEnum(params, "figure", FIGURE_IDS, FIGURE_IDS[0]!);
  const range = parseYearRange(params);
  return {
    figure,
    from: range.from ?? null,
    to: range.to ?? null,
    scale: parseEnum(params, "scale", ["linear", "log"] as const, "linear"),
    pct: parseEnum(params, "pct", ["true", "false"] as const, "false") === "true",
    format: parseEnum(params, "format", ["svg", "png"] as const, "png"),
    size: parseEnum(params, "size", ["download", "card"] as const, "download"),
  };
}

/** The page URL showing the same view (only what differs from the page's defaults). */
export function viewPermalink(view: FigureView, origin: string): string {
  const url = new URL(PAGE_PATHS[FIGURE_PAGE[view.figure]], origin);
  const spec: SeriesPanelSpec = SERIES_PANELS[view.figure];
  const keys = panelUrlKeys(spec.stateKey ?? "");
  if (view.from !== null) url.searchParams.set("from", String(view.from));
  if (view.to !== null) url.searchParams.set("to", String(view.to));
  if (view.scale !== "linear") url.searchParams.set(keys.scale, view.scale);
  if (view.pct) url.searchParams.set(keys.pct, "true");
  return url.toString();
}

/** The spec of a view, from the data layer. Null when the view has no data to draw. */
export async function buildFigureSpec(view: FigureView, origin: string): Promise<FigureSpec | null> {
  const payload = await loadSeriesPanel(SERIES_PANELS[view.figure]);
  const v = seriesView(
    payload,
    { from: view.from, to: view.to, tab: "chart", scale: view.scale, pct: view.pct },
    new Date().getUTCFullYear(),
  );
  if (!v.span) return null;
  return panelFigure(payload, v, {
    subtitle: `${payload.axisLabel}, ${v.span[0]}–${v.span[1]}.`,
    credit: `China–Kazakhstan Economic Monitor · ${viewPermalink(view, origin)}`,
  });
}
