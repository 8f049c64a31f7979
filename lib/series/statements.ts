// Quoted statements and dated figures (frequency D, Q, R, or A from a statement) as table rows with period labels:
// they are not a continuous series and are never drawn as a line.
import { formatAmount } from "../format";
import { sourceName } from "../labels";
import { sourceHref } from "../notes/links";
import { ENGLISH_PERIODS, periodEndDate, periodLabel, type PeriodWords } from "./periods";
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

/** The words of a page's locale for the rows: period labels, and each flag (and "quoted statement") in a word or two. */
export interface StatementWords {
  periods: PeriodWords;
  flag: (flag: string) => string;
  quoted: string;
  /** An amount with the qualifier a statement gave it ("nearly", "more than"…), worded in the locale. */
  qualified: (qualifier: string | null, amount: string) => string;
}

export const ENGLISH_STATEMENT_WORDS: StatementWords = {
  periods: ENGLISH_PERIODS,
  flag: (f) => f,
  quoted: "quoted statement",
  qualified: (q, amount) => (q ? `${q} ${amount}` : amount),
};

export function toStatementRows(
  observations: ObservationRow[],
  series: SeriesInfo[],
  sources: SourceRef[],
  measureLabel: (s: SeriesInfo) => string = (s) => s.title,
  words: StatementWords = ENGLISH_STATEMENT_WORDS,
): StatementRow[] {
  const locale = words.periods.locale;
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
        period: periodLabel(o.period, o.frequency, words.periods),
        date: periodEndDate(o.period, o.frequency),
        value: o.value,
        unit,
        display: words.qualified(o.qualifier, formatAmount(Number(o.value), unit, { locale })),
        asPublished: o.asPublished,
        note: o.note,
        source: source ? sourceName(source) : o.sourceKey,
        sourceHref: source ? sourceHref(source.location) : null,
        flags: [...(o.sourceType === "news_statement" ? [words.quoted] : []), ...o.flags.map(words.flag)].join(", "),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.measure.localeCompare(b.measure));
}
