// The series each page shows by default, with their line styles. Codes only: every number comes from the database.
export const TRADE_TOTAL_LINES = [
  { code: "trade.CHN.KAZ.X", label: "China's exports to Kazakhstan (China reports)", color: "#b91c1c" },
  { code: "trade.KAZ.CHN.M", label: "Kazakhstan's imports from China (Kazakhstan reports)", color: "#f87171", dashed: true },
  { code: "trade.KAZ.CHN.X", label: "Kazakhstan's exports to China (Kazakhstan reports)", color: "#1d4ed8" },
  { code: "trade.CHN.KAZ.M", label: "China's imports from Kazakhstan (China reports)", color: "#60a5fa", dashed: true },
];
