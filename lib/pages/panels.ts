// Every series panel of the site by id: what it draws. Pages build their panels from here, and /api/panels/{id} serves
// the same payload to a panel that loads its data after the page (below the first screen). One table, one truth.
import type { SeriesPanelSpec } from "../panel/load-series";
import type { PageId } from "./registry";
import {
  BALANCE_LINES,
  FDI_FLOW_LINES,
  FDI_FLOW_USD_LINES,
  LENDING_COMMITMENT_LINES,
  FDI_SHARE_LINES,
  FDI_STOCK_LINES,
  TRADE_SHARE_LINES,
  TRADE_TOTAL_LINES,
  TURNOVER_LINES,
} from "../series/catalogue";

// Dated methodology notes (the BPM6 break in 2013) matter on the investment charts, so they are drawn too.
const FDI_DRAWN: SeriesPanelSpec["drawKinds"] = ["event", "discrepancy_statement", "methodology"];

export const SERIES_PANELS = {
  "trade-totals": {
    id: "trade-totals",
    title: "Goods trade between China and Kazakhstan, both directions, as each side reports it (US dollars)",
    lines: TRADE_TOTAL_LINES,
    noteDomain: "trade",
  },
  "trade-flows": {
    id: "trade-flows",
    stateKey: "flows",
    title: "Exports and imports, as each side reports them (US dollars)",
    lines: TRADE_TOTAL_LINES,
    noteDomain: "trade",
  },
  "trade-turnover": {
    id: "trade-turnover",
    stateKey: "turnover",
    title: "Trade turnover (exports + imports), as each side reports it (US dollars)",
    lines: TURNOVER_LINES,
    noteDomain: "trade",
    notesListedIn: "trade-flows",
  },
  "trade-balance": {
    id: "trade-balance",
    stateKey: "balance",
    title: "Trade balance (exports − imports), as each side reports it (US dollars)",
    lines: BALANCE_LINES,
    noteDomain: "trade",
    notesListedIn: "trade-flows",
    allowLog: false,
    allowPct: false,
  },
  "trade-share": {
    id: "trade-share",
    stateKey: "share",
    title: "China's share of Kazakhstan's total goods trade, and Kazakhstan's share of China's (percent; each side's own figures)",
    lines: TRADE_SHARE_LINES,
    noteDomain: "trade",
    notesListedIn: "trade-flows",
    allowLog: false,
    allowPct: false,
    axisLabel: "Percent of the reporter's total trade",
  },
  "fdi-flows": {
    id: "fdi-flows",
    stateKey: "flows",
    title: "Net FDI inflows from China (National Bank of Kazakhstan via wiiw, EUR million)",
    lines: FDI_FLOW_LINES,
    noteDomain: "investment",
    allowLog: false,
    allowPct: false,
    drawKinds: FDI_DRAWN,
    axisLabel: "EUR million",
  },
  "fdi-flows-usd": {
    id: "fdi-flows-usd",
    stateKey: "usd",
    title: "Net FDI inflows from China, converted to US dollars (derived; still net flows)",
    lines: FDI_FLOW_USD_LINES,
    noteDomain: "investment",
    allowLog: false,
    allowPct: false,
    drawKinds: FDI_DRAWN,
    axisLabel: "US dollars",
    notesListedIn: "fdi-flows",
  },
  "fdi-stock": {
    id: "fdi-stock",
    stateKey: "stock",
    title: "Inward FDI stock from China, end of year (National Bank of Kazakhstan via wiiw, EUR million)",
    lines: FDI_STOCK_LINES,
    noteDomain: "investment",
    drawKinds: FDI_DRAWN,
    axisLabel: "EUR million",
    notesListedIn: "fdi-flows",
  },
  "fdi-share": {
    id: "fdi-share",
    stateKey: "share",
    title: "China's share of Kazakhstan's net FDI inflows and inward FDI stock (percent)",
    lines: FDI_SHARE_LINES,
    noteDomain: "investment",
    allowLog: false,
    allowPct: false,
    drawKinds: FDI_DRAWN,
    axisLabel: "Percent of the total from all countries",
    notesListedIn: "fdi-flows",
  },
  "debt-lending": {
    id: "debt-lending",
    stateKey: "lending",
    title: "China's official-finance commitments to Kazakhstan by year and flow class (AidData GCDF 3.0, constant 2021 US dollars)",
    lines: LENDING_COMMITMENT_LINES,
    noteDomain: "debt",
    allowPct: false,
    axisLabel: "Constant 2021 US dollars",
  },
} satisfies Record<string, SeriesPanelSpec>;

export type SeriesPanelId = keyof typeof SERIES_PANELS;

export function isSeriesPanelId(id: string): id is SeriesPanelId {
  return Object.hasOwn(SERIES_PANELS, id);
}

/** The page each series panel stands on: its embed (/embed/{id}) reads that page's URL state and links back to it. */
export const PANEL_PAGES: Record<SeriesPanelId, PageId> = {
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

/** The charts that are not series panels: both directions of the mirror and the debt figures at their dates. */
export const OTHER_CHART_PAGES = {
  "mirror-forward": "mirror",
  "mirror-reverse": "mirror",
  "debt-dated": "debt",
} as const satisfies Record<string, PageId>;

/** Every chart of the site by id: the series panels and the others. Each has an embed (/embed/{id}). */
export type ChartId = SeriesPanelId | keyof typeof OTHER_CHART_PAGES;

/** The page each chart stands on: its embed reads that page's URL state and links back to it. */
export const CHART_PAGES: Record<ChartId, PageId> = { ...PANEL_PAGES, ...OTHER_CHART_PAGES };

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHART_PAGES, id);
}
