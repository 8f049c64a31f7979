// Constant dollars: a current-dollar value of year Y in dollars of a base year B is value × CPI(B) ÷ CPI(Y), with
// CPI the US CPI-U annual average (BLS, series prices.USA.USA.cpi_u; the annual rule, including 2025 averaged over
// the 11 months published, is in lib/import/parsers/bls-cpi.ts). Pure functions: callers load the CPI values.
import { mulDivDecimal } from "../decimal";
import type { ObservationRow } from "../series/types";

export const CPI_SERIES = "prices.USA.USA.cpi_u";
/** The base year of the constant-dollar views and downloads ("constant 2024 US dollars"). */
export const REAL_BASE_YEAR = 2024;
export const DEFLATOR_NAME = "US CPI-U annual average (BLS, CUUR0000SA0)";

/** How to show US-dollar values in constant dollars in a view (sent to the browser with the data): the CPI by year. */
export interface Deflator {
  baseYear: number;
  name: string;
  /** CPI-U annual average by year, as decimal text. */
  cpi: Record<number, string>;
}

/** A value of `year` in the deflator's constant dollars, or null when the year has no CPI average. */
export function deflateAt(value: string, year: number, d: Deflator): string | null {
  const index = d.cpi[year];
  const base = d.cpi[d.baseYear];
  return index === undefined || base === undefined ? null : deflate(value, index, base);
}

/** value × cpiBase ÷ cpiYear, exactly, to the cent (2 decimals by default). */
export function deflate(value: string, cpiYear: string, cpiBase: string, places = 2): string {
  return mulDivDecimal(value, cpiBase, cpiYear, places);
}

/** The annual CPI by year, from the CPI series' annual observations (frequency A). */
export function cpiByYear(rows: readonly Pick<ObservationRow, "seriesCode" | "frequency" | "year" | "value">[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of rows) if (r.seriesCode === CPI_SERIES && r.frequency === "A" && !out.has(r.year)) out.set(r.year, r.value);
  return out;
}

export interface RealOptions {
  baseYear: number;
  cpi: ReadonlyMap<number, string>;
}

export interface RealResult {
  rows: ObservationRow[];
  /** Rows that could not be converted, with the reason (no CPI for the year; a range statement; not in USD). */
  skipped: { row: ObservationRow; reason: string }[];
  deflator: { name: string; series: string; baseYear: number; baseIndex: string };
}

/** A series unit that is in current US dollars ("USD", "USD million"…): only those are deflated. */
export function isUsdUnit(unit: string): boolean {
  return /^USD\b/.test(unit) && !/constant/i.test(unit);
}

/**
 * The rows of a USD series in constant `baseYear` dollars: each annual value (or dated position) deflated by its
 * year's CPI, flagged "derived", its note naming the deflator and base year. Values for ranges (cumulative
 * statements) and years without an annual CPI are not converted and are listed in `skipped`.
 */
export function toConstantDollars(rows: readonly ObservationRow[], unit: string, options: RealOptions): RealResult {
  const baseIndex = options.cpi.get(options.baseYear);
  if (baseIndex === undefined) throw new RangeError(`no CPI-U annual average for the base year ${options.baseYear}`);
  const deflator = { name: DEFLATOR_NAME, series: CPI_SERIES, baseYear: options.baseYear, baseIndex };
  const out: ObservationRow[] = [];
  const skipped: RealResult["skipped"] = [];
  for (const row of rows) {
    if (!isUsdUnit(unit)) skipped.push({ row, reason: `unit ${unit} is not current US dollars` });
    else if (row.frequency !== "A" && row.frequency !== "D")
      skipped.push({ row, reason: `a ${row.frequency === "R" ? "range" : "sub-annual"} value has no single year to deflate by` });
    else {
      const index = options.cpi.get(row.year);
      if (index === undefined) skipped.push({ row, reason: `no CPI-U annual average for ${row.year}` });
      else
        out.push({
          ...row,
          value: deflate(row.value, index, baseIndex),
          flags: [...new Set([...row.flags, "derived"])].sort(),
          note: `Constant ${options.baseYear} US dollars: ${row.value} current USD × CPI-U ${options.baseYear} (${baseIndex}) ÷ CPI-U ${row.year} (${index}); deflator: ${DEFLATOR_NAME}.${row.note ? ` ${row.note}` : ""}`,
        });
    }
  }
  return { rows: out, skipped, deflator };
}
