// Series identity and titles, shared by the parsers so every importer names a series the same way.
import { tradeSeriesCode, type TradeFlow } from "../codes";
import { countryName } from "../countries";
import type { SeriesRecord } from "./types";

export function tradeSeriesRecord(args: {
  reporter: string;
  partner: string;
  flow: TradeFlow;
  productCode?: string;
  productLevel?: number;
  productLabel?: string;
  reporterName?: string;
  partnerName?: string;
}): SeriesRecord {
  const productCode = args.productCode ?? "TOTAL";
  const r = countryName(args.reporter, args.reporterName);
  const p = countryName(args.partner, args.partnerName);
  const what = args.flow === "X" ? `${r} exports to ${p}` : args.flow === "M" ? `${r} imports from ${p}` : `${r}–${p} trade turnover`;
  const product = productCode === "TOTAL" ? "" : ` — HS ${productCode}${args.productLabel ? ` ${args.productLabel}` : ""}`;
  return {
    kind: "series",
    code: tradeSeriesCode(args.reporter, args.partner, args.flow, productCode),
    domain: "trade",
    title: `${what}${product} (as reported by ${r})`,
    reporter: args.reporter,
    partner: args.partner,
    flow: args.flow,
    unit: "USD",
    valuation: args.flow === "X" ? "FOB" : args.flow === "M" ? "CIF" : "none",
    productCode,
    productLevel: productCode === "TOTAL" ? 0 : (args.productLevel ?? productCode.length),
    description:
      args.flow === "X"
        ? `Goods exports valued FOB, as recorded by ${r}'s customs statistics.`
        : args.flow === "M"
          ? `Goods imports valued CIF, as recorded by ${r}'s customs statistics.`
          : `Exports plus imports as quoted in statements citing ${r}'s statistics.`,
  };
}
