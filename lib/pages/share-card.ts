// Share cards (issue 11): Open Graph and Twitter metadata of a page or chart view, with a preview image of the chart as
// configured, drawn by the figure renderer (lib/figure/, /api/figure?size=card: 1200×630 PNG, fonts from npm packages).
import type { Metadata } from "next";
import { publicOrigin } from "../env";
import { figureUrl, type FigureRequest } from "../panel/downloads";
import { CARD_SIZE } from "../figure/spec";
import type { SeriesPanelSpec } from "../panel/load-series";
import { panelUrlKeys } from "../url-state";
import { SERIES_PANELS, type SeriesPanelId } from "./panels";
import { PAGE_PATHS, type PageId } from "./registry";
import { SITE_NAME } from "./site-metadata";

export interface ShareCard {
  /** The page's own title (the layout's template adds the site's name to <title>; cards get it here). */
  title: string;
  description: string;
  /** Public path of the view with its query (e.g. "/trade?from=2010"). */
  path: string;
  /** The chart the card shows. */
  figure: Omit<FigureRequest, "format" | "size">;
}

export function shareCardMetadata(card: ShareCard): Metadata {
  const origin = publicOrigin();
  const image = figureUrl({ ...card.figure, format: "png", size: "card" });
  const cardTitle = card.title === SITE_NAME ? SITE_NAME : `${card.title} · ${SITE_NAME}`;
  // Kept lean (every page's HTML has a budget): X reads og:title, og:description and og:image when its own tags are
  // absent, so only twitter:card is added; the image's size lets a crawler lay the card out before fetching it.
  return {
    ...(origin ? { metadataBase: new URL(origin) } : {}),
    title: card.title,
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      title: cardTitle,
      description: card.description,
      ...(origin ? { url: card.path } : {}),
      images: [{ url: image, width: CARD_SIZE.width, height: CARD_SIZE.height }],
    },
    twitter: { card: "summary_large_image" },
  };
}

const PAGE_CARDS: Record<PageId, { title: string | null; description: string; figure: SeriesPanelId }> = {
  overview: {
    title: null,
    description: "Trade, investment and external debt between China and Kazakhstan, and the gap between what each side's customs report.",
    figure: "trade-totals",
  },
  trade: {
    title: "Trade",
    description:
      "Exports, imports, turnover and balance between China and Kazakhstan as each side's customs report them, by year and HS chapter.",
    figure: "trade-flows",
  },
  mirror: {
    title: "Mirror gap",
    description:
      "What each side's customs report for the same trade, year by year and by product, how much CIF/FOB valuation explains, and the source of every number.",
    figure: "trade-totals",
  },
  investment: {
    title: "Investment",
    description: "Direct investment from China in Kazakhstan: flows and stock by the National Bank of Kazakhstan, and quoted figures.",
    figure: "fdi-stock",
  },
  debt: {
    title: "Debt",
    description: "Kazakhstan's external debt to China: quoted figures by date and Chinese development-finance commitments.",
    figure: "debt-lending",
  },
  notes: {
    title: "Notes",
    description: "Statements, events, caveats and methodology notes behind the China–Kazakhstan figures.",
    figure: "trade-totals",
  },
  sources: { title: "Sources", description: "Every publication the China–Kazakhstan figures come from.", figure: "trade-totals" },
};

/** The share card of a page's view: its first chart (or `figure`) in the view's years, scale and version. */
export function pageShareCard(
  page: PageId,
  view: { query: string; state: Record<string, unknown>; pinned: boolean; version: string },
  /** Another chart of the page than its first (a chart view's card: the embed). */
  figure?: SeriesPanelId,
): Metadata {
  const card = figure ? { ...PAGE_CARDS[page], figure } : PAGE_CARDS[page];
  const state = view.state;
  const spec: SeriesPanelSpec = SERIES_PANELS[card.figure];
  const keys = panelUrlKeys(spec.stateKey ?? "");
  const year = (v: unknown) => (typeof v === "number" ? v : null);
  const query = new URLSearchParams(view.query);
  if (view.pinned) query.set("v", view.version);
  const search = query.toString();
  const metadata = shareCardMetadata({
    title: card.title ?? SITE_NAME,
    description: card.description,
    path: `${PAGE_PATHS[page]}${search ? `?${search}` : ""}`,
    figure: {
      figure: card.figure,
      from: year(state.from),
      to: year(state.to),
      scale: state[keys.scale] === "log" ? "log" : "linear",
      pct: state[keys.pct] === true,
      real: state.real === true,
      v: view.pinned ? view.version : null,
    },
  });
  // The overview keeps the site's own title (the layout's default), not "… · China–Kazakhstan Economic Monitor" twice.
  return card.title ? metadata : { ...metadata, title: { absolute: SITE_NAME } };
}
