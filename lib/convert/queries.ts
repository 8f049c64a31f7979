// Converted series from stored values: constant dollars (CPI-U), FDI in US dollars (Federal Reserve rates) and trade
// shares. Each loads its inputs through THE query module (lib/series/queries.ts) and converts with the pure
// functions beside it, so the pages, the API and the export show the same numbers.
import { getObservations, type ObservationQuery } from "../series/queries";
import type { ObservationRow } from "../series/types";
import { convertRowsToUsd, ratesByYear } from "./currency";
import { CPI_SERIES, cpiByYear, toConstantDollars, type RealResult } from "./real";
import { shareComponents, shareDefinition, shareRows } from "./shares";

/** The CPI-U annual averages (BLS), by year. */
export async function loadCpi(): Promise<Map<number, string>> {
  return cpiByYear(await getObservations([CPI_SERIES], { all: true }));
}

/** A USD series' observations in constant `baseYear` dollars (see lib/convert/real.ts for the rule). */
export async function getConstantDollarObservations(
  code: string,
  unit: string,
  baseYear: number,
  query: ObservationQuery = {},
): Promise<RealResult> {
  const [rows, cpi] = await Promise.all([getObservations([code], query), loadCpi()]);
  return toConstantDollars(rows, unit, { baseYear, cpi });
}

/** The EUR-per-USD series of the Federal Reserve file. */
export const EUR_PER_USD = "fx.USA.EMU.EUR_per_USD";

/**
 * The derived USD twin of a EUR series: `fdi.KAZ.CHN.inflow` → `fdi.KAZ.CHN.inflow_usd_derived`. The values stay
 * what the source measures (NBK's net flows stay net): only the currency changes.
 */
export function usdTwinCode(eurCode: string): string {
  return `${eurCode}_usd_derived`;
}

/** A EUR million series converted to USD million at the Federal Reserve's annual average rate, flagged derived. */
export async function getUsdFromEurObservations(eurCode: string, query: ObservationQuery = {}): Promise<ObservationRow[]> {
  const [rows, rates] = await Promise.all([getObservations([eurCode], query), getObservations([EUR_PER_USD], { all: true })]);
  return convertRowsToUsd(rows, {
    rateSeries: EUR_PER_USD,
    currency: "EUR",
    rates: ratesByYear(rates, EUR_PER_USD),
    code: usdTwinCode(eurCode),
  }).rows;
}

/** China's share of Kazakhstan's total trade (reporter KAZ) or Kazakhstan's share of China's (reporter CHN), by year. */
export async function getShareObservations(reporter: "KAZ" | "CHN", query: ObservationQuery = {}): Promise<ObservationRow[]> {
  const def = shareDefinition(reporter, reporter === "KAZ" ? "CHN" : "KAZ");
  const c = shareComponents(def);
  const rows = await getObservations([c.x, c.m, c.wx, c.wm], { ...query, all: true });
  return shareRows(def, rows);
}
