// The series each page shows, with their line styles. Codes only: every number comes from the database.
// China's figures in reds, Kazakhstan's in blues; dashed: the importer's figure for a flow; squares: quoted statements.
export const TRADE_TOTAL_LINES = [
  { code: "trade.CHN.KAZ.X", label: "China's exports to Kazakhstan (China reports)", color: "#b91c1c" },
  { code: "trade.KAZ.CHN.M", label: "Kazakhstan's imports from China (Kazakhstan reports)", color: "#f87171", dashed: true },
  { code: "trade.KAZ.CHN.X", label: "Kazakhstan's exports to China (Kazakhstan reports)", color: "#1d4ed8" },
  { code: "trade.CHN.KAZ.M", label: "China's imports from Kazakhstan (China reports)", color: "#60a5fa", dashed: true },
];

export const TURNOVER_LINES = [
  { code: "trade.CHN.KAZ.turnover_derived", label: "Turnover as China reports it (X + M, derived)", color: "#b91c1c" },
  { code: "trade.KAZ.CHN.turnover_derived", label: "Turnover as Kazakhstan reports it (X + M, derived)", color: "#1d4ed8" },
  { code: "trade.CHN.KAZ.T", label: "Turnover quoted from China's figures (statements)", color: "#7f1d1d", pointsOnly: true },
  { code: "trade.KAZ.CHN.T", label: "Turnover quoted from Kazakhstan's figures (statements)", color: "#1e3a8a", pointsOnly: true },
];

export const BALANCE_LINES = [
  { code: "trade.CHN.KAZ.balance_derived", label: "China's balance with Kazakhstan (China's X − M)", color: "#b91c1c" },
  { code: "trade.KAZ.CHN.balance_derived", label: "Kazakhstan's balance with China (Kazakhstan's X − M)", color: "#1d4ed8" },
];

/** Each side's share in the other's total goods trade, from its own figures (derived: lib/series/derived.ts). */
export const TRADE_SHARE_LINES = [
  {
    code: "trade.KAZ.CHN.share_of_total_derived",
    label: "China's share of Kazakhstan's total trade (Kazakhstan's figures)",
    color: "#1d4ed8",
  },
  { code: "trade.CHN.KAZ.share_of_total_derived", label: "Kazakhstan's share of China's total trade (China's figures)", color: "#b91c1c" },
];

export const FDI_FLOW_LINES = [{ code: "fdi.KAZ.CHN.inflow", label: "Net FDI inflow from China (NBK, EUR million)", color: "#047857" }];
export const FDI_FLOW_USD_LINES = [
  {
    code: "fdi.KAZ.CHN.inflow_usd_derived",
    label: "Net FDI inflow from China in US dollars (NBK via wiiw ÷ Fed EUR rate; derived)",
    color: "#0f766e",
  },
];
export const FDI_STOCK_LINES = [
  { code: "fdi.KAZ.CHN.stock", label: "Inward FDI stock from China, end of year (NBK, EUR million)", color: "#065f46" },
];
export const FDI_SHARE_LINES = [
  { code: "fdi.KAZ.CHN.inflow_share", label: "China's share of net FDI inflows", color: "#047857" },
  { code: "fdi.KAZ.CHN.stock_share", label: "China's share of the inward FDI stock", color: "#7c3aed", dashed: true },
];

/** Statement series on the investment page: quoted figures, shown as a table with their periods. */
export const FDI_STATEMENT_CODES = [
  "fdi.KAZ.CHN.gross_inflow",
  "fdi.KAZ.CHN.gross_inflow_growth",
  "fdi.KAZ.WLD.gross_inflow",
  "fdi.KAZ.CHN.cumulative_statement",
  "fdi.KAZ.CHN.position_statement",
  "fdi.KAZ.CHN.share_statement",
  "fdi.KAZ.CHN.cgit_transactions",
];

export const DEBT_CODES = [
  "debt.KAZ.CHN.stock",
  "debt.KAZ.WLD.stock",
  "debt.KAZ.CHN.share_of_total",
  "debt.KAZ.CHN.stock_banks",
  "debt.KAZ.CHN.stock_government_guaranteed",
  "debt.KAZ.CHN.stock_cny",
  "debt.KAZ.CHN.stock_change_pct",
  "debt.KAZ.CHN.loans_share_statement",
  "debt.KAZ.CHN.infrastructure_support_statement",
  "debt.KAZ.WLD.stock_general_government",
];

/** China's official-finance commitments to Kazakhstan by flow class (AidData GCDF 3.0): commitments, not debt. */
export const LENDING_COMMITMENT_LINES = [
  { code: "debt.KAZ.CHN.gcdf_commitments_oof", label: "Other official flows (loan-like)", color: "#b91c1c" },
  { code: "debt.KAZ.CHN.gcdf_commitments_oda", label: "Official development assistance (aid-like)", color: "#0f766e" },
  { code: "debt.KAZ.CHN.gcdf_commitments_vof", label: "Vague official finance (class unclear)", color: "#6b7280", dashed: true },
];
