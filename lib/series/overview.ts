// The overview's headline figures: the latest year (or date) with data for each, with its source and what makes it
// less than a measured figure. Read through the one query layer; nothing here types a number.
import { computeMirrorGap } from "../mirror/compute";
import { WARNING_FLAGS } from "../labels";
import { isStatementPoint } from "./points";
import { sourceKeysOf } from "./derived";
import { ENGLISH_PERIODS, periodEndDate, periodLabel, type PeriodWords } from "./periods";
import { getObservations, getSources } from "./queries";
import type { ObservationRow, SourceRef } from "./types";

export interface SparkPoint {
  x: number;
  [series: string]: number | null;
}

export interface HeadlineFigure {
  code: string;
  value: string;
  unit: string;
  /** "2024", "end of Q1 2025" */
  when: string;
  qualifier: string | null;
  sources: Pick<SourceRef, "key" | "publisher" | "title" | "datasetType">[];
  /** Reasons to read the figure with care: "estimate", "incomplete", "preliminary", "quoted statement". */
  cautions: string[];
}

export interface OverviewData {
  turnover: { year: number; china: HeadlineFigure | null; kazakhstan: HeadlineFigure | null; spark: SparkPoint[] } | null;
  mirror: {
    year: number;
    chinaExports: string;
    kazakhstanImports: string;
    gap: number;
    gapPctOfChina: number | null;
    cautions: string[];
    spark: SparkPoint[];
  } | null;
  fdi: { figure: HeadlineFigure; year: number; spark: SparkPoint[] } | null;
  debt: { figure: HeadlineFigure; date: string; total: HeadlineFigure | null; spark: SparkPoint[] } | null;
}

const CAUTION_FLAGS = [...WARNING_FLAGS, "preliminary"];

export function cautionsOf(rows: ObservationRow[]): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    for (const f of r.flags) if (CAUTION_FLAGS.includes(f as (typeof CAUTION_FLAGS)[number])) out.add(f);
    for (const c of r.components ?? [])
      for (const f of c.flags) if (CAUTION_FLAGS.includes(f as (typeof CAUTION_FLAGS)[number])) out.add(f);
    if (isStatementPoint(r)) out.add("quoted statement");
  }
  return [...out];
}

function figure(row: ObservationRow, unit: string, sources: Map<string, SourceRef>, periods: PeriodWords): HeadlineFigure {
  return {
    code: row.seriesCode,
    value: row.value,
    unit,
    when: periodLabel(row.period, row.frequency, periods),
    qualifier: row.qualifier,
    sources: sourceKeysOf(row).flatMap((k) => {
      const s = sources.get(k);
      return s ? [{ key: s.key, publisher: s.publisher, title: s.title, datasetType: s.datasetType }] : [];
    }),
    cautions: cautionsOf([row]),
  };
}

function latest(rows: ObservationRow[]): ObservationRow | undefined {
  return [...rows].sort((a, b) => periodEndDate(a.period, a.frequency).localeCompare(periodEndDate(b.period, b.frequency))).at(-1);
}

/** `periods`: the words of "end of Q1 2025" in the page's locale (lib/i18n/dated-words.ts). */
export async function getOverview(pin: { asOf?: string } = {}, periods: PeriodWords = ENGLISH_PERIODS): Promise<OverviewData> {
  const TURNOVER = ["trade.CHN.KAZ.turnover_derived", "trade.KAZ.CHN.turnover_derived"] as const;
  const MIRROR = ["trade.CHN.KAZ.X", "trade.KAZ.CHN.M"] as const;
  const [turnoverRows, mirrorRows, fdiRows, debtRows] = await Promise.all([
    getObservations([...TURNOVER], pin),
    getObservations([...MIRROR], pin),
    getObservations(["fdi.KAZ.CHN.inflow"], pin),
    getObservations(["debt.KAZ.CHN.stock", "debt.KAZ.WLD.stock"], { annualOnly: false, ...pin }),
  ]);
  const sources = new Map(
    (await getSources([...new Set([...turnoverRows, ...fdiRows, ...debtRows].flatMap(sourceKeysOf))])).map((s) => [s.key, s]),
  );

  // Turnover: the latest year in which both reporters' X and M exist, so the two figures are for the same year.
  const years = (code: string) => new Set(turnoverRows.filter((r) => r.seriesCode === code).map((r) => r.year));
  const [chnYears, kazYears] = TURNOVER.map(years) as [Set<number>, Set<number>];
  const common = [...chnYears].filter((y) => kazYears.has(y)).sort((a, b) => a - b);
  const turnoverYear = common.at(-1);
  const byYear = (rows: ObservationRow[], code: string, year: number) => rows.find((r) => r.seriesCode === code && r.year === year);
  const turnover =
    turnoverYear === undefined
      ? null
      : {
          year: turnoverYear,
          china: figure(byYear(turnoverRows, TURNOVER[0], turnoverYear)!, "USD", sources, periods),
          kazakhstan: figure(byYear(turnoverRows, TURNOVER[1], turnoverYear)!, "USD", sources, periods),
          spark: spark(turnoverRows, [...TURNOVER]),
        };

  const mirrorYears = [...new Set(mirrorRows.filter((r) => r.seriesCode === MIRROR[0]).map((r) => r.year))]
    .filter((y) => byYear(mirrorRows, MIRROR[1], y))
    .sort((a, b) => a - b);
  const mirrorYear = mirrorYears.at(-1);
  let mirror: OverviewData["mirror"] = null;
  if (mirrorYear !== undefined) {
    const ex = byYear(mirrorRows, MIRROR[0], mirrorYear)!;
    const im = byYear(mirrorRows, MIRROR[1], mirrorYear)!;
    const gap = computeMirrorGap(ex.value, im.value);
    mirror = {
      year: mirrorYear,
      chinaExports: ex.value,
      kazakhstanImports: im.value,
      gap: gap.gap ?? 0,
      gapPctOfChina: gap.gapPctOfExporter,
      cautions: cautionsOf([ex, im]),
      spark: spark(mirrorRows, [...MIRROR]),
    };
  }

  const fdiLatest = latest(fdiRows);
  const fdi = fdiLatest
    ? { figure: figure(fdiLatest, "EUR million", sources, periods), year: fdiLatest.year, spark: spark(fdiRows, ["fdi.KAZ.CHN.inflow"]) }
    : null;

  const chinaDebt = latest(debtRows.filter((r) => r.seriesCode === "debt.KAZ.CHN.stock"));
  let debt: OverviewData["debt"] = null;
  if (chinaDebt) {
    const date = periodEndDate(chinaDebt.period, chinaDebt.frequency);
    const total = debtRows.find((r) => r.seriesCode === "debt.KAZ.WLD.stock" && periodEndDate(r.period, r.frequency) === date);
    debt = {
      figure: figure(chinaDebt, "USD", sources, periods),
      date,
      total: total ? figure(total, "USD", sources, periods) : null,
      spark: datedSpark(debtRows),
    };
  }
  return { turnover, mirror, fdi, debt };
}

function spark(rows: ObservationRow[], codes: string[]): SparkPoint[] {
  const byYear = new Map<number, SparkPoint>();
  for (const r of rows) {
    if (!codes.includes(r.seriesCode)) continue;
    const p = byYear.get(r.year) ?? { x: r.year, ...Object.fromEntries(codes.map((c) => [c, null])) };
    p[r.seriesCode] = Number(r.value);
    byYear.set(r.year, p);
  }
  return [...byYear.values()].sort((a, b) => a.x - b.x);
}

/** Dated points (x: milliseconds) of every series, one key per series. */
function datedSpark(rows: ObservationRow[]): SparkPoint[] {
  const codes = [...new Set(rows.map((r) => r.seriesCode))];
  return rows
    .map((r) => ({
      x: Date.parse(`${periodEndDate(r.period, r.frequency)}T00:00:00Z`),
      ...Object.fromEntries(codes.map((c) => [c, c === r.seriesCode ? Number(r.value) : null])),
    }))
    .sort((a, b) => a.x - b.x);
}
