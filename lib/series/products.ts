// Trade by HS chapter for one year, both reporters side by side, from the headline value of each chapter series.
import { hsChapterName } from "./hs-chapters";
import { sourceKeysOf } from "./derived";
import { findSeries, getObservations, getSources, listSeriesCodes, listYearsWithData } from "./queries";
import type { ObservationRow, SeriesInfo, SourceRef } from "./types";

export type ChapterFlowKey = "kazX" | "kazM" | "chnX" | "chnM";

export interface ChapterCell {
  code: string;
  value: string;
  flags: string[];
  sourceKey: string;
  vintage: string;
}

export interface ChapterRow {
  chapter: string;
  name: string;
  cells: Partial<Record<ChapterFlowKey, ChapterCell>>;
}

export interface ChapterBreakdown {
  year: number;
  /** Years with chapter data, ascending. */
  years: number[];
  rows: ChapterRow[];
  /** Headline totals of the same year (trade.{R}.{P}.{X|M}), to show how much of the total the chapters cover. */
  totals: Partial<Record<ChapterFlowKey, string>>;
  /** Number of chapters with a value, per reporter-flow. */
  chapterCount: Record<ChapterFlowKey, number>;
  sources: SourceRef[];
}

export const CHAPTER_FLOWS: readonly { key: ChapterFlowKey; reporter: "KAZ" | "CHN"; flow: "X" | "M"; totalCode: string }[] = [
  { key: "kazX", reporter: "KAZ", flow: "X", totalCode: "trade.KAZ.CHN.X" },
  { key: "kazM", reporter: "KAZ", flow: "M", totalCode: "trade.KAZ.CHN.M" },
  { key: "chnX", reporter: "CHN", flow: "X", totalCode: "trade.CHN.KAZ.X" },
  { key: "chnM", reporter: "CHN", flow: "M", totalCode: "trade.CHN.KAZ.M" },
];

function flowKey(s: Pick<SeriesInfo, "reporter" | "flow">): ChapterFlowKey | null {
  return CHAPTER_FLOWS.find((f) => f.reporter === s.reporter && f.flow === s.flow)?.key ?? null;
}

/** The chapter name: from the stored title when it carries one ("HS 26 Ores, slag and ash (…)"), else the HS list. */
function chapterName(chapter: string, titles: string[]): string {
  for (const t of titles) {
    const m = new RegExp(`HS ${chapter} ([^(]+?)\\s*\\(`).exec(t);
    if (m) return m[1]!;
  }
  return hsChapterName(chapter);
}

export async function listChapterYears(): Promise<number[]> {
  return listYearsWithData({ productLevel: 2 });
}

export async function getChapterBreakdown(year: number, years?: number[]): Promise<ChapterBreakdown> {
  const codes = await listSeriesCodes({ productLevel: 2 });
  const [series, observations, totalRows, allYears] = await Promise.all([
    findSeries(codes),
    getObservations(codes, { from: year, to: year }),
    getObservations(
      CHAPTER_FLOWS.map((f) => f.totalCode),
      { from: year, to: year },
    ),
    years ? Promise.resolve(years) : listChapterYears(),
  ]);
  return shapeChapters(year, allYears, series, observations, totalRows, await getSources([...new Set(observations.flatMap(sourceKeysOf))]));
}

/** Pure shaping: one row per chapter, sorted by chapter code. */
export function shapeChapters(
  year: number,
  years: number[],
  series: SeriesInfo[],
  observations: ObservationRow[],
  totalRows: ObservationRow[],
  sources: SourceRef[],
): ChapterBreakdown {
  const infoByCode = new Map(series.map((s) => [s.code, s]));
  const rows = new Map<string, ChapterRow & { titles: string[] }>();
  const chapterCount: Record<ChapterFlowKey, number> = { kazX: 0, kazM: 0, chnX: 0, chnM: 0 };
  for (const o of observations) {
    const info = infoByCode.get(o.seriesCode);
    if (!info || !o.headline || o.year !== year) continue;
    const key = flowKey(info);
    if (!key) continue;
    const chapter = info.productCode;
    let row = rows.get(chapter);
    if (!row) rows.set(chapter, (row = { chapter, name: "", cells: {}, titles: [] }));
    row.titles.push(info.title);
    if (row.cells[key]) continue;
    row.cells[key] = { code: o.seriesCode, value: o.value, flags: o.flags, sourceKey: o.sourceKey, vintage: o.vintage };
    chapterCount[key] += 1;
  }
  const totals: ChapterBreakdown["totals"] = {};
  for (const f of CHAPTER_FLOWS) {
    const t = totalRows.find((r) => r.seriesCode === f.totalCode && r.headline && r.year === year);
    if (t) totals[f.key] = t.value;
  }
  return {
    year,
    years,
    rows: [...rows.values()]
      .sort((a, b) => a.chapter.localeCompare(b.chapter))
      .map(({ titles, ...r }) => ({ ...r, name: chapterName(r.chapter, titles) })),
    totals,
    chapterCount,
    sources,
  };
}
