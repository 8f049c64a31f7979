// The mirror by product for one year and direction: each chapter's headline value per side, the gap per chapter
// (lib/mirror/compute.ts mirrorByProduct), the chapters that drive it, and those only one side has. Pure.
import { formatPct } from "../format";
import { isReliable, mirrorByProduct, topContributors, unreliableReasons } from "./compute";
import { round2 } from "./numbers";
import { compareCodePoints, pickPerYear } from "./pick";
import type { MirrorObservation, ProductMirrorRow, SourceRef, TopContributor } from "./types";

export interface ChapterObservations {
  productCode: string;
  productLabel: string;
  exporter: readonly MirrorObservation[];
  importer: readonly MirrorObservation[];
}

export interface ChapterRow extends ProductMirrorRow {
  exporterSource: SourceRef | null;
  importerSource: SourceRef | null;
  reliable: boolean;
  reliabilityReasons: string[];
}

export interface ChapterView {
  year: number;
  /** Chapters where both reporters have a value, sorted by absolute gap (largest first). */
  rows: ChapterRow[];
  /** Chapters the exporter reports but the importer does not (and the reverse), by code. */
  exporterOnly: { productCode: string; productLabel: string }[];
  importerOnly: { productCode: string; productLabel: string }[];
  /** The chapters accounting for most of the positive gap, largest first, with cumulative shares. */
  top: TopContributor[];
  /** Sum of the chapter gaps in `rows`. */
  chapterGapSum: number;
}

function toSourceRef(o: MirrorObservation): SourceRef {
  return { key: o.sourceKey, label: o.sourceLabel, vintage: o.vintage === "" ? null : o.vintage };
}

/**
 * The by-product view for one year: per chapter and side, the headline value (pickPerYear), then mirrorByProduct
 * over the chapters both reporters report. Chapters with one side only are listed, not compared.
 */
export function buildChapterView(chapters: readonly ChapterObservations[], year: number, cifFob: number, topN = 10): ChapterView {
  const both: { input: Parameters<typeof mirrorByProduct>[0][number]; ex: MirrorObservation; im: MirrorObservation }[] = [];
  const exporterOnly: ChapterView["exporterOnly"] = [];
  const importerOnly: ChapterView["importerOnly"] = [];
  for (const c of chapters) {
    const ex = pickPerYear(c.exporter.filter((o) => o.year === year))[0];
    const im = pickPerYear(c.importer.filter((o) => o.year === year))[0];
    if (ex && im) {
      both.push({
        input: {
          productCode: c.productCode,
          productLabel: c.productLabel,
          exporterReported: ex.value,
          importerReported: im.value,
          exporterFlags: ex.flags,
          importerFlags: im.flags,
        },
        ex,
        im,
      });
    } else if (ex) exporterOnly.push({ productCode: c.productCode, productLabel: c.productLabel });
    else if (im) importerOnly.push({ productCode: c.productCode, productLabel: c.productLabel });
  }
  const byCode = new Map(both.map((b) => [b.input.productCode, b] as const));
  const rows: ChapterRow[] = mirrorByProduct(
    both.map((b) => b.input),
    { cifFob },
  ).map((r) => {
    const b = byCode.get(r.productCode)!;
    return {
      ...r,
      exporterSource: toSourceRef(b.ex),
      importerSource: toSourceRef(b.im),
      reliable: isReliable(r),
      reliabilityReasons: unreliableReasons(r),
    };
  });
  const byCodeOrder = (a: { productCode: string }, b: { productCode: string }) => compareCodePoints(a.productCode, b.productCode);
  return {
    year,
    rows,
    exporterOnly: exporterOnly.sort(byCodeOrder),
    importerOnly: importerOnly.sort(byCodeOrder),
    top: topContributors(rows, topN),
    chapterGapSum: round2(rows.reduce((s, r) => s + (r.gap ?? 0), 0)),
  };
}

/** "China exports to Kazakhstan — HS 26 Ores, slag and ash (as reported by China)" → "Ores, slag and ash"; "" when absent. */
export function chapterLabelFromTitle(title: string): string {
  const m = /\bHS\s*\d{2}\s+(.+?)\s*(?:\(as reported[^)]*\))?\s*$/.exec(title);
  const label = m?.[1]?.trim() ?? "";
  return label.startsWith("(") ? "" : label;
}

export interface ChapterChartDatum {
  label: string;
  productCode: string;
  gap: number;
  unexplained: number | null;
  /** Share of the chapters' positive gap, e.g. "99.0 %". */
  share: string;
  /** Cumulative share with the larger contributors before it. */
  cumulative: string;
  reliable: boolean;
  flags: string[];
}

/** Bars of the top-contributors chart: "HS 72 Iron and steel", the gap, and its share (and cumulative share) of the positive gap. */
export function toChapterChartData(top: readonly TopContributor[], rows: readonly ChapterRow[], locale = "en"): ChapterChartDatum[] {
  const reliable = new Map(rows.map((r) => [r.productCode, r.reliable] as const));
  return top.map((t) => ({
    label: `HS ${t.productCode}${t.productLabel ? ` ${t.productLabel.length > 28 ? `${t.productLabel.slice(0, 27)}…` : t.productLabel}` : ""}`,
    productCode: t.productCode,
    gap: t.gap ?? 0,
    unexplained: t.unexplainedGap,
    share: formatPct((t.shareOfTotalGap ?? 0) * 100, 1, locale),
    cumulative: formatPct(t.cumulativeShare * 100, 1, locale),
    reliable: reliable.get(t.productCode) ?? isReliable(t),
    flags: t.flags,
  }));
}

/**
 * What a direction's chapters come to in a year (for the page as sent, before the tables load in the browser): the
 * component words it with the "mirrorPanel.summary" template of the page's locale.
 */
export interface ChapterSummaryLine {
  /** ISO3 codes of the direction. */
  exporter: string;
  importer: string;
  year: number;
  /** Chapters with figures from both reporters. */
  count: number;
  /** Their net gap (US dollars). */
  gapSum: number;
}

export function chapterSummary(view: ChapterView, codes: { exporter: string; importer: string }): ChapterSummaryLine {
  return { ...codes, year: view.year, count: view.rows.length, gapSum: view.chapterGapSum };
}
