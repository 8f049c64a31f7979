// External debt to China: the few quoted, dated figures there are, arranged for the debt page. Pure functions over
// the rows the query layer returns.
import { isStatementPoint } from "./points";
import { ENGLISH_PERIODS, periodEndDate, periodLabel, type PeriodWords } from "./periods";
import type { ObservationRow } from "./types";

export interface DatedFigure {
  seriesCode: string;
  value: string;
  date: string;
  when: string;
  qualifier: string | null;
  sourceKey: string;
  statement: boolean;
}

export interface DebtSummary {
  china: DatedFigure | null;
  /** Total external debt quoted for the same date as `china`. */
  totalSameDate: DatedFigure | null;
  /** china ÷ totalSameDate × 100, computed here (both quoted figures, same date, same source when available). */
  computedSharePct: number | null;
  /** China's share as quoted (debt.KAZ.CHN.share_of_total), latest. */
  quotedShare: DatedFigure | null;
  /** Sector and currency detail for China, latest date for which any exists. */
  detail: DatedFigure[];
}

const DETAIL_CODES = ["debt.KAZ.CHN.stock_banks", "debt.KAZ.CHN.stock_government_guaranteed", "debt.KAZ.CHN.stock_cny"];

function dated(o: ObservationRow, words: PeriodWords): DatedFigure {
  return {
    seriesCode: o.seriesCode,
    value: o.value,
    date: periodEndDate(o.period, o.frequency),
    when: periodLabel(o.period, o.frequency, words),
    qualifier: o.qualifier,
    sourceKey: o.sourceKey,
    statement: isStatementPoint(o),
  };
}

function latestOf(rows: ObservationRow[], code: string, words: PeriodWords): DatedFigure | null {
  const figures = rows.filter((r) => r.seriesCode === code).map((o) => dated(o, words));
  return figures.sort((a, b) => a.date.localeCompare(b.date)).at(-1) ?? null;
}

/** The debt page's figures; `words` labels their dates in the page's locale (English by default). */
export function summariseDebt(rows: ObservationRow[], words: PeriodWords = ENGLISH_PERIODS): DebtSummary {
  const china = latestOf(rows, "debt.KAZ.CHN.stock", words);
  const totals = rows.filter((r) => r.seriesCode === "debt.KAZ.WLD.stock").map((o) => dated(o, words));
  const sameDate = china ? totals.filter((t) => t.date === china.date) : [];
  const totalSameDate = sameDate.find((t) => t.sourceKey === china?.sourceKey) ?? sameDate[0] ?? null;
  const computedSharePct = china && totalSameDate ? Math.round((Number(china.value) / Number(totalSameDate.value)) * 1000) / 10 : null;
  const detailAll = rows.filter((r) => DETAIL_CODES.includes(r.seriesCode)).map((o) => dated(o, words));
  const detailDate = detailAll
    .map((d) => d.date)
    .sort()
    .at(-1);
  return {
    china,
    totalSameDate,
    computedSharePct,
    quotedShare: latestOf(rows, "debt.KAZ.CHN.share_of_total", words),
    detail: DETAIL_CODES.flatMap((c) => detailAll.filter((d) => d.seriesCode === c && d.date === detailDate)),
  };
}
