// The figures the API draws (every series panel of the site, by its id) and the parameters of a view, validated like
// every API input (lib/params.ts). A figure shows exactly what the panel shows for the same URL state.
import "server-only";
import { PAGE_PATHS } from "../pages/registry";
import { PANEL_PAGES, SERIES_PANELS, type SeriesPanelId } from "../pages/panels";
import { loadSeriesPanel, type SeriesPanelSpec } from "../panel/load-series";
import { seriesView } from "../panel/series-view";
import { ParamError } from "../errors";
import { parseEnum, parseYearRange, rejectUnknown, single } from "../params";
import { panelUrlKeys } from "../url-state";
import { panelFigure } from "./panel-figure";
import { CARD_SIZE, DOWNLOAD_SIZE, type FigureSize, type FigureSpec } from "./spec";

export const FIGURE_IDS = Object.keys(SERIES_PANELS) as SeriesPanelId[];
export type FigureId = SeriesPanelId;

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
  /** Constant dollars (US-dollar panels), as the page's real=true. */
  real: boolean;
  format: "svg" | "png";
  size: FigureSizeName;
}

export const FIGURE_PARAMS = ["figure", "from", "to", "scale", "pct", "real", "format", "size", "v"] as const;

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
    real: parseEnum(params, "real", ["true", "false"] as const, "false") === "true",
    format: parseEnum(params, "format", ["svg", "png"] as const, "png"),
    size: parseEnum(params, "size", ["download", "card"] as const, "download"),
  };
}

/** The page URL showing the same view (only what differs from the page's defaults; `v` when pinned). */
export function viewPermalink(view: Omit<FigureView, "format" | "size">, origin: string, version?: string): string {
  const url = new URL(PAGE_PATHS[PANEL_PAGES[view.figure]], origin);
  const spec: SeriesPanelSpec = SERIES_PANELS[view.figure];
  const keys = panelUrlKeys(spec.stateKey ?? "");
  if (view.from !== null) url.searchParams.set("from", String(view.from));
  if (view.to !== null) url.searchParams.set("to", String(view.to));
  if (view.scale !== "linear") url.searchParams.set(keys.scale, view.scale);
  if (view.pct) url.searchParams.set(keys.pct, "true");
  if (view.real) url.searchParams.set("real", "true");
  if (version) url.searchParams.set("v", version);
  return url.toString();
}

/** The spec of a view, from the data layer. Null when the view has no data to draw. */
export async function buildFigureSpec(
  view: FigureView,
  origin: string,
  pin: { asOf?: string; version?: string } = {},
): Promise<FigureSpec | null> {
  const payload = await loadSeriesPanel(SERIES_PANELS[view.figure], { asOf: pin.asOf });
  const v = seriesView(
    payload,
    { from: view.from, to: view.to, tab: "chart", scale: view.scale, pct: view.pct, real: view.real },
    new Date().getUTCFullYear(),
  );
  if (!v.span) return null;
  return panelFigure(payload, v, {
    subtitle: `${v.axisLabel}, ${v.span[0]}–${v.span[1]}.`,
    credit: `China–Kazakhstan Economic Monitor · ${viewPermalink(view, origin, pin.version)}`,
  });
}
