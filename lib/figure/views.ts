// The figures the API can draw, by identifier, and the parameters of a view (lib/params.ts validates them).
// For now one: the annual trade totals panel (overview and /trade); the page layer adds the others when it moves to
// one panel model, and these identifiers become the panels' own.
import { ParamError, parseEnum, parseYearRange, rejectUnknown, single } from "../params";
import { TRADE_TOTAL_LINES } from "../series/catalogue";
import { loadPanel } from "../series/panel";
import { FIRST_YEAR, LAST_YEAR } from "../url-state";
import { panelFigure } from "./panel-figure";
import { CARD_SIZE, DOWNLOAD_SIZE, type FigureSize, type FigureSpec } from "./spec";

export const FIGURE_IDS = ["trade-totals"] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export const FIGURE_SIZES = { download: DOWNLOAD_SIZE, card: CARD_SIZE } satisfies Record<string, FigureSize>;
export type FigureSizeName = keyof typeof FIGURE_SIZES;

/** Pixels per SVG unit of each size's PNG: downloads print at 2× (1920 px wide), cards are exactly 1200×630. */
export const PNG_SCALE: Record<FigureSizeName, number> = { download: 2, card: 1 };

export interface FigureView {
  figure: FigureId;
  from: number;
  to: number;
  scale: "linear" | "log";
  format: "svg" | "png";
  size: FigureSizeName;
}

export const FIGURE_PARAMS = ["figure", "from", "to", "scale", "format", "size"] as const;

/** The view a request asks for; ParamError (→ 400) names a bad or unknown parameter. */
export function parseFigureView(params: URLSearchParams): FigureView {
  rejectUnknown(params, FIGURE_PARAMS);
  if (single(params, "figure") === undefined) throw new ParamError("figure", `required (one of ${FIGURE_IDS.join(", ")})`);
  const figure = parseEnum(params, "figure", FIGURE_IDS, FIGURE_IDS[0]);
  const range = parseYearRange(params);
  const from = range.from ?? FIRST_YEAR;
  const to = range.to ?? LAST_YEAR;
  if (from > to) throw new ParamError("from", `must not be after to (${from} > ${to})`);
  return {
    figure,
    from,
    to,
    scale: parseEnum(params, "scale", ["linear", "log"] as const, "linear"),
    format: parseEnum(params, "format", ["svg", "png"] as const, "png"),
    size: parseEnum(params, "size", ["download", "card"] as const, "download"),
  };
}

/** The page URL showing the same view (only what differs from the page's defaults). */
export function viewPermalink(view: FigureView, origin: string): string {
  const url = new URL("/", origin);
  if (view.from !== FIRST_YEAR) url.searchParams.set("from", String(view.from));
  if (view.to !== LAST_YEAR) url.searchParams.set("to", String(view.to));
  if (view.scale !== "linear") url.searchParams.set("scale", view.scale);
  return url.toString();
}

/** The spec of a view, from the data layer. Null when the view has no data to draw. */
export async function buildFigureSpec(view: FigureView, origin: string): Promise<FigureSpec | null> {
  const data = await loadPanel({ codes: TRADE_TOTAL_LINES.map((l) => l.code), from: view.from, to: view.to, noteDomain: "trade" });
  if (data.chart.rows.length === 0) return null;
  const first = data.chart.rows[0]!.year;
  const last = data.chart.rows.at(-1)!.year;
  return panelFigure(data, {
    title: "Goods trade between China and Kazakhstan, both directions, as each side reports it",
    subtitle: `US dollars, ${first}–${last}. Solid lines: the exporter's figure (FOB); dashed: the importer's figure for the same flow (CIF).`,
    lines: TRADE_TOTAL_LINES,
    axisTitle: view.scale === "log" ? "US dollars (log scale)" : "US dollars",
    scale: view.scale,
    credit: `China–Kazakhstan Economic Monitor · ${viewPermalink(view, origin)}`,
  });
}
