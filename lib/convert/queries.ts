// Constant dollars from stored values: the CPI-U annual averages and a series deflated by them, loaded through THE query
// module (lib/series/queries.ts). (FDI in US dollars and trade shares are derived series: lib/series/derived.ts.)
import { getObservations, type ObservationQuery } from "../series/queries";
import { CPI_SERIES, cpiByYear, DEFLATOR_NAME, toConstantDollars, type Deflator, type RealResult } from "./real";

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

/** The deflator of views in constant `baseYear` dollars, or null when the CPI has no average for that year. */
export async function loadDeflator(baseYear: number): Promise<Deflator | null> {
  const cpi = await loadCpi();
  return cpi.has(baseYear) ? { baseYear, name: DEFLATOR_NAME, cpi: Object.fromEntries(cpi) } : null;
}
