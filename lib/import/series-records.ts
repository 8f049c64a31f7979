// Series identity and titles, shared by the parsers so every importer names a series the same way.
import type { SeriesRecord } from "./types";

const NAMES: Record<string, string> = {
  CHN: "China",
  KAZ: "Kazakhstan",
  WLD: "World",
  RUS: "Russia",
  KGZ: "Kyrgyzstan",
  USA: "United States",
};

export function countryName(iso3: string, fallback?: string): string {
  return NAMES[iso3] ?? fallback ?? iso3;
}

export type TradeFlow = "X" | "M" | "T";

/** `trade.{REPORTER}.{PARTNER}.{X|M|T}` for totals, `….HS{code}` for products. */
export function tradeSeriesCode(reporter: string, partner: string, flow: TradeFlow, productCode = "TOTAL"): string {
  const base = `trade.${reporter}.${partner}.${flow}`;
  return productCode === "TOTAL" ? base : `${base}.HS${productCode}`;
}

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

export function isIso3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}
