// /trade's view of one year of HS-chapter data (lib/mirror/queries.ts loadChapterYear): per chapter, each reporter's
// headline value for each flow (the headline rule of lib/mirror/pick.ts), the top chapters of a flow, and how much of
// the year's headline total the chapters held cover. Pure.
import { sumDecimals } from "../decimal";
import { pickPerYear } from "../mirror/pick";
import type { ChapterObservations } from "../mirror/chapters";
import type { MirrorObservation } from "../mirror/types";
import type { ChapterYearPayload } from "../mirror/queries";
import { expandChapters } from "../mirror/payload";

/** exporter X / importer M of the forward direction, and of the reverse one. */
export type ChapterFlowKey = "forwardX" | "forwardM" | "reverseX" | "reverseM";

export interface ChapterCell {
  value: string;
  flags: string[];
  sourceKey: string;
  vintage: string | null;
}

export interface TradeChapterRow {
  chapter: string;
  /** The chapter's English name as stored ("" when none): pages show the locale's name (hs-chapters.ts chapterLabel). */
  name: string;
  cells: Partial<Record<ChapterFlowKey, ChapterCell>>;
}

export interface TradeChapterView {
  year: number;
  rows: TradeChapterRow[];
  /** Chapters held per flow, and their sum against the year's headline total of the flow. */
  coverage: Record<ChapterFlowKey, { chapters: number; sum: string; total: string | null }>;
  incomplete: boolean;
}

function headline(observations: readonly MirrorObservation[], year: number): ChapterCell | undefined {
  const o = pickPerYear(observations.filter((x) => x.year === year))[0];
  return o ? { value: String(o.value), flags: [...o.flags], sourceKey: o.sourceKey, vintage: o.vintage } : undefined;
}

/** Series code of each flow's total: forward X = E's exports to I, forward M = I's imports from E, and so on. */
export function flowTotalCode(flow: ChapterFlowKey, exporter: string, importer: string): string {
  const [reporter, partner, f] =
    flow === "forwardX"
      ? [exporter, importer, "X"]
      : flow === "forwardM"
        ? [importer, exporter, "M"]
        : flow === "reverseX"
          ? [importer, exporter, "X"]
          : [exporter, importer, "M"];
  return `trade.${reporter}.${partner}.${f}`;
}

export function tradeChapterView(payload: ChapterYearPayload): TradeChapterView {
  const rows = new Map<string, TradeChapterRow>();
  const add = (list: readonly ChapterObservations[], x: ChapterFlowKey, m: ChapterFlowKey) => {
    for (const c of list) {
      let row = rows.get(c.productCode);
      if (!row) rows.set(c.productCode, (row = { chapter: c.productCode, name: c.productLabel, cells: {} }));
      const ex = headline(c.exporter, payload.year);
      const im = headline(c.importer, payload.year);
      if (ex) row.cells[x] = ex;
      if (im) row.cells[m] = im;
    }
  };
  add(expandChapters(payload.forward, payload.sources), "forwardX", "forwardM");
  add(expandChapters(payload.reverse, payload.sources), "reverseX", "reverseM");
  const sorted = [...rows.values()].filter((r) => Object.keys(r.cells).length > 0).sort((a, b) => a.chapter.localeCompare(b.chapter));
  const flows: ChapterFlowKey[] = ["forwardX", "forwardM", "reverseX", "reverseM"];
  const coverage = Object.fromEntries(
    flows.map((f) => {
      const cells = sorted.flatMap((r) => (r.cells[f] ? [{ value: r.cells[f]!.value, sign: 1 as const }] : []));
      const total = payload.totals[flowTotalCode(f, payload.exporter, payload.importer)]?.value ?? null;
      return [f, { chapters: cells.length, sum: sumDecimals(cells), total }];
    }),
  ) as TradeChapterView["coverage"];
  return {
    year: payload.year,
    rows: sorted,
    coverage,
    incomplete: sorted.some((r) => Object.values(r.cells).some((c) => c?.flags.includes("incomplete"))),
  };
}

/**
 * What the chapters held cover of a flow's headline total (the page words it, "tradeChapters.coverage*"): the chapters
 * held, their sum, the year's headline total and the share the sum is of it (null without a total). The forward
 * direction is China → Kazakhstan: forward X = China's exports, forward M = Kazakhstan's imports.
 */
export function chapterCoverage(
  coverage: TradeChapterView["coverage"],
  flow: ChapterFlowKey,
): { chapters: number; sum: number; total: number | null; share: number | null } {
  const c = coverage[flow];
  const total = c.total === null ? null : Number(c.total);
  return { chapters: c.chapters, sum: Number(c.sum), total, share: total ? (Number(c.sum) / total) * 100 : null };
}

export interface ChapterBar {
  chapter: string;
  name: string;
  primary: number | null;
  primaryFlags: string[];
  mirror: number | null;
  mirrorFlags: string[];
}

/** The `n` largest chapters of one flow, with the other reporter's figure for the same trade beside each. */
export function topChapterBars(view: TradeChapterView, primary: ChapterFlowKey, mirror: ChapterFlowKey, n = 10): ChapterBar[] {
  return view.rows
    .filter((r) => r.cells[primary])
    .sort((a, b) => Number(b.cells[primary]!.value) - Number(a.cells[primary]!.value))
    .slice(0, n)
    .map((r) => ({
      chapter: r.chapter,
      name: r.name,
      primary: Number(r.cells[primary]!.value),
      primaryFlags: r.cells[primary]!.flags,
      mirror: r.cells[mirror] ? Number(r.cells[mirror]!.value) : null,
      mirrorFlags: r.cells[mirror]?.flags ?? [],
    }));
}
