// One currency where officials use another: values published in a currency C converted to US dollars at the
// Federal Reserve's annual average rate (fx.USA.{ISO3}.{C}_per_USD, "C per USD": usd = value ÷ rate). The converted
// series is derived and says so; converting does not change what a series measures (NBK's net FDI stays net).
import { mulDivDecimal } from "../decimal";
import type { ObservationRow } from "../series/types";

/** value (in C) ÷ rate (C per USD) = USD, exactly, rounded to `places` decimals. */
export function toUsd(value: string, ratePerUsd: string, places = 6): string {
  return mulDivDecimal(value, "1", ratePerUsd, places);
}

/** Annual rates by year from the rate series' annual observations. */
export function ratesByYear(
  rows: readonly Pick<ObservationRow, "seriesCode" | "frequency" | "year" | "value">[],
  rateSeries: string,
): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of rows) if (r.seriesCode === rateSeries && r.frequency === "A" && !out.has(r.year)) out.set(r.year, r.value);
  return out;
}

/**
 * A series' annual values converted to USD at the year's annual average rate, flagged "derived", with a note naming
 * the rate; values of other frequencies or years without a rate are left out (`skipped`).
 */
export function convertRowsToUsd(
  rows: readonly ObservationRow[],
  options: { rateSeries: string; currency: string; rates: ReadonlyMap<number, string>; code: string },
): { rows: ObservationRow[]; skipped: { row: ObservationRow; reason: string }[] } {
  const out: ObservationRow[] = [];
  const skipped: { row: ObservationRow; reason: string }[] = [];
  for (const row of rows) {
    const rate = options.rates.get(row.year);
    if (row.frequency !== "A") skipped.push({ row, reason: "only annual values are converted at an annual average rate" });
    else if (rate === undefined) skipped.push({ row, reason: `no ${options.currency} per USD rate for ${row.year}` });
    else
      out.push({
        ...row,
        seriesCode: options.code,
        value: toUsd(row.value, rate),
        flags: [...new Set([...row.flags, "derived"])].sort(),
        note: `Converted: ${row.value} ${options.currency} ÷ ${rate} ${options.currency} per USD (Federal Reserve annual average ${row.year}, ${options.rateSeries}).${row.note ? ` ${row.note}` : ""}`,
      });
  }
  return { rows: out, skipped };
}
