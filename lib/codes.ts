// Codes and bounds the whole project shares: years, ISO country codes, series codes. Pure.

/** Years a URL or an API call may name (pages and API alike); the data decide which of them hold values. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2030;

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
}

/** The years from `first` to `last`, inclusive. */
export function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** ISO 3166-1 alpha-3 shape (three upper-case letters); "WLD" is used for the world. */
export const ISO3_PATTERN = /^[A-Z]{3}$/;

export function isIso3(code: string): boolean {
  return ISO3_PATTERN.test(code);
}

/** {domain}.{REPORTER}.{PARTNER}.{flow}[.…] — the series code convention of prisma/schema.prisma (prices and fx: reference series). */
export const SERIES_CODE_PATTERN = /^(trade|fdi|debt|prices|fx)\.[A-Z]{3}\.[A-Z]{3}\.[A-Za-z0-9_.-]+$/;

export type TradeFlow = "X" | "M" | "T";

/** trade.{REPORTER}.{PARTNER}.{X|M|T}[.HS{code}]: `product` "TOTAL", null or undefined for the total. */
export function tradeSeriesCode(reporter: string, partner: string, flow: TradeFlow, product?: string | null): string {
  return `trade.${reporter}.${partner}.${flow}${product && product !== "TOTAL" ? `.HS${product}` : ""}`;
}

/** The two series of one direction of trade: E's exports to I and I's imports from E. */
export function directionCodes(exporter: string, importer: string, hs: string | null = null): { exporter: string; importer: string } {
  return { exporter: tradeSeriesCode(exporter, importer, "X", hs), importer: tradeSeriesCode(importer, exporter, "M", hs) };
}
