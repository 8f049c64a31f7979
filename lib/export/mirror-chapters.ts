// The mirror by HS chapter as a table to download (/api/export?view=mirror&hs=all): for each year asked, every chapter
// both reporters have, compared as the page compares them (lib/mirror/chapters.ts buildChapterView: each side's
// headline value, the same CIF/FOB factor), with each chapter's share of the direction's TOTAL gap that year.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { loadDeflator } from "../convert/queries";
import { buildChapterView, type ChapterObservations, type ChapterView } from "../mirror/chapters";
import { deflateObservations, type MirrorView } from "../mirror/direction-view";
import { chapterYears, loadChapters } from "../mirror/queries";
import type { MirrorQuery } from "../mirror/query";
import { neutraliseCell } from "./neutralise";

export const MIRROR_CHAPTER_COLUMNS = [
  "exporter",
  "importer",
  "year",
  "hs",
  "label",
  "exporter_reported_usd",
  "importer_reported_usd",
  "cif_fob_factor",
  "importer_fob_usd",
  "gap_usd",
  "gap_pct_of_exporter",
  "unexplained_gap_usd",
  "share_of_chapters_positive_gap",
  "share_of_total_gap",
  "total_gap_usd",
  "exporter_source",
  "exporter_source_key",
  "exporter_vintage",
  "importer_source",
  "importer_source_key",
  "importer_vintage",
  "flags",
  "reliable",
  "reliability_reasons",
  "dollars",
] as const;

export type MirrorChapterRow = Record<(typeof MIRROR_CHAPTER_COLUMNS)[number], string | number | boolean | null>;

/** The chapter views of the years asked (one year, or every year with chapters from both reporters in the view's range). */
export async function mirrorChapterViews(q: MirrorQuery, year: number | null, asOf?: string): Promise<ChapterView[]> {
  const years = year !== null ? [year] : (await chapterYears(q.exporter, q.importer)).filter((y) => (q.from ?? y) <= y && y <= (q.to ?? y));
  const deflator = q.real === undefined ? null : await loadDeflator(q.real);
  const views: ChapterView[] = [];
  for (const y of years) {
    const { chapters } = await loadChapters(q.exporter, q.importer, y, asOf);
    // The page compares each side's headline value per chapter; the other sources' values are in the series export.
    const headline = chapters.map((c) => ({
      ...c,
      exporter: c.exporter.filter((o) => o.headline),
      importer: c.importer.filter((o) => o.headline),
    }));
    const dollars = (list: ChapterObservations[]) =>
      deflator
        ? list.map((c) => ({
            ...c,
            exporter: deflateObservations(c.exporter, deflator),
            importer: deflateObservations(c.importer, deflator),
          }))
        : list;
    views.push(buildChapterView(dollars(headline), y, q.cifFob));
  }
  return views;
}

/** One row per compared chapter and year; `totals` is the direction's view (the same query) for the total gap per year. */
export function mirrorChapterRows(views: readonly ChapterView[], totals: MirrorView): MirrorChapterRow[] {
  const totalGap = new Map(totals.rows.map((r) => [r.year, r.gap] as const));
  const dollars = totals.real ? `constant ${totals.real.baseYear} US dollars (${totals.real.deflator})` : "current US dollars";
  return views.flatMap((v) =>
    [...v.rows]
      .sort((a, b) => (a.productCode < b.productCode ? -1 : 1))
      .map((r) => {
        const total = totalGap.get(v.year) ?? null;
        return {
          exporter: totals.exporter,
          importer: totals.importer,
          year: v.year,
          hs: r.productCode,
          label: r.productLabel,
          exporter_reported_usd: r.exporterReported,
          importer_reported_usd: r.importerReported,
          cif_fob_factor: totals.cifFob,
          importer_fob_usd: r.importerFob,
          gap_usd: r.gap,
          gap_pct_of_exporter: r.gapPctOfExporter,
          unexplained_gap_usd: r.unexplainedGap,
          share_of_chapters_positive_gap: r.shareOfTotalGap,
          share_of_total_gap: total && r.gap !== null ? Math.round((r.gap / total) * 10_000) / 10_000 : null,
          total_gap_usd: total,
          exporter_source: r.exporterSource?.label ?? null,
          exporter_source_key: r.exporterSource?.key ?? null,
          exporter_vintage: r.exporterSource?.vintage ?? null,
          importer_source: r.importerSource?.label ?? null,
          importer_source_key: r.importerSource?.key ?? null,
          importer_vintage: r.importerSource?.vintage ?? null,
          flags: r.flags.join(";"),
          reliable: r.reliable,
          reliability_reasons: r.reliabilityReasons.join("; "),
          dollars,
        };
      }),
  );
}

/** CSV text with a header; text cells neutralised against formula injection. */
export function mirrorChapterCsv(rows: readonly MirrorChapterRow[]): string {
  return stringify([...rows], {
    header: true,
    columns: [...MIRROR_CHAPTER_COLUMNS],
    cast: { string: (v) => neutraliseCell(v), boolean: (v) => (v ? "true" : "false"), number: (v) => String(v) },
  });
}
