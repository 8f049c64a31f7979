// Quoted statements and dated figures (frequency D, Q, R, or A from a statement) as table rows with period labels:
// they are not a continuous series and are never drawn as a line.
import { formatAmount } from "../format";
import { sourceName } from "../labels";
import { sourceHref } from "../notes/links";
import { periodEndDate, periodLabel } from "./periods";
import type { ObservationRow, SeriesInfo, SourceRef } from "./types";

export interface StatementRow {
  id: string;
  seriesCode: string;
  measure: string;
  /** "1 Oct 2020", "Jan–Jun 2023", "2005–2019", "up to 2025" */
  period: string;
  /** ISO date the period ends, for sorting. */
  date: string;
  value: string;
  unit: string;
  /** "nearly 2 bn USD" */
  display: string;
  asPublished: string | null;
  note: string | null;
  source: string;
  sourceHref: string | null;
  flags: string;
}

export function toStatementRows(
  observations: ObservationRow[],
  series: SeriesInfo[],
  sources: SourceRef[],
  measureLabel: (s: SeriesInfo) => string = (s) => s.title,
): StatementRow[] {
  const infoByCode = new Map(series.map((s) => [s.code, s]));
  const sourceByKey = new Map(sources.map((s) => [s.key, s]));
  return observations
    .map((o, i) => {
      const info = infoByCode.get(o.seriesCode);
      const source = sourceByKey.get(o.sourceKey);
      const unit = info?.unit ?? "";
      return {
        id: `${o.seriesCode}-${o.period}-${i}`,
        seriesCode: o.seriesCode,
        measure: info ? measureLabel(info) : o.seriesCode,
        period: periodLabel(o.period, o.frequency),
        date: periodEndDate(o.period, o.frequency),
        value: o.value,
        unit,
        display: `${o.qualifier ? `${o.qualifier} ` : ""}${formatAmount(Number(o.value), unit)}`,
        asPublished: o.asPublished,
        note: o.note,
        source: source ? sourceName(source) : o.sourceKey,
        sourceHref: source ? sourceHref(source.location) : null,
        flags: [...(o.sourceType === "news_statement" ? ["quoted statement"] : []), ...o.flags].join(", "),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.measure.localeCompare(b.measure));
}
