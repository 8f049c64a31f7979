// Database access for the mirror view. Totals go through THE query module (lib/series/queries.ts), so the mirror
// sees exactly the observations — and the SQL headline flag — that /api/series returns; the chapter and pair
// look-ups that module has no query for are here.
import { Prisma } from "../generated/prisma/client";
import { cachedByDataVersion } from "../cache";
import { db } from "../db/client";
import { getNotes, type NoteRow } from "../notes/queries";
import { HEADLINE_ORDER } from "../series/headline";
import { findSeries, getObservations, getSources, trimDecimal } from "../series/queries";
import type { ObservationRow, SeriesInfo, SourceRef } from "../series/types";
import { chapterLabelFromTitle, shortSourceLabel, type ChapterObservations, type MirrorObservation } from "./view";

export interface MirrorPair {
  exporter: string;
  importer: string;
}

export interface MirrorDirection extends MirrorPair {
  /** Two-digit HS chapter, or null for total trade. */
  hs: string | null;
  series: { exporter: SeriesInfo; importer: SeriesInfo };
  /** Every source's annual value for each side (all vintages), by year. */
  observations: { exporter: MirrorObservation[]; importer: MirrorObservation[] };
  /** Every source cited by either side. */
  sources: Map<string, SourceRef>;
}

/** trade.{REPORTER}.{PARTNER}.{X|M}[.HS{nn}] — the series code convention of prisma/schema.prisma. */
export function tradeSeriesCode(reporter: string, partner: string, flow: "X" | "M", hs: string | null = null): string {
  return `trade.${reporter}.${partner}.${flow}${hs ? `.HS${hs}` : ""}`;
}

/** The two series of one direction: E's exports to I and I's imports from E. */
export function directionCodes(exporter: string, importer: string, hs: string | null = null): { exporter: string; importer: string } {
  return { exporter: tradeSeriesCode(exporter, importer, "X", hs), importer: tradeSeriesCode(importer, exporter, "M", hs) };
}

function toMirrorObservation(o: ObservationRow, sources: Map<string, SourceRef>): MirrorObservation {
  const meta = sources.get(o.sourceKey);
  return {
    year: o.year,
    value: o.value,
    sourceKey: o.sourceKey,
    sourceLabel: meta ? shortSourceLabel(meta) : o.sourceKey,
    sourceRank: meta?.rank ?? Number.MAX_SAFE_INTEGER,
    vintage: o.vintage,
    vintageDate: o.vintageDate,
    flags: o.flags,
    qualifier: o.qualifier,
    headline: o.headline,
  };
}

/**
 * Both sides of one direction with every source's annual value (not only the headline), or null when either
 * series does not exist. Values of other frequencies (ranges, dates) are left out: the mirror is annual.
 */
export async function loadMirrorDirection(args: {
  exporter: string;
  importer: string;
  hs?: string | null;
  from?: number;
  to?: number;
}): Promise<MirrorDirection | null> {
  const hs = args.hs ?? null;
  const codes = directionCodes(args.exporter, args.importer, hs);
  const found = await findSeries([codes.exporter, codes.importer]);
  const exporterSeries = found.find((s) => s.code === codes.exporter);
  const importerSeries = found.find((s) => s.code === codes.importer);
  if (!exporterSeries || !importerSeries) return null;
  const rows = await getObservations([codes.exporter, codes.importer], { from: args.from, to: args.to, all: true });
  const sourceList = await getSources([...new Set(rows.map((r) => r.sourceKey))]);
  const sources = new Map(sourceList.map((s) => [s.key, s] as const));
  return {
    exporter: args.exporter,
    importer: args.importer,
    hs,
    series: { exporter: exporterSeries, importer: importerSeries },
    observations: {
      exporter: rows.filter((r) => r.seriesCode === codes.exporter).map((r) => toMirrorObservation(r, sources)),
      importer: rows.filter((r) => r.seriesCode === codes.importer).map((r) => toMirrorObservation(r, sources)),
    },
    sources,
  };
}

/**
 * Every exporter → importer direction with both total series present and holding annual values: importing a file
 * for another pair makes it appear here, nothing is listed by hand.
 */
async function listMirrorPairsUncached(): Promise<MirrorPair[]> {
  return db().$queryRaw<MirrorPair[]>`
    SELECT x.reporter AS exporter, x.partner AS importer
    FROM "Series" x
    JOIN "Series" m ON m.domain = 'trade' AND m.reporter = x.partner AND m.partner = x.reporter AND m.flow = 'M' AND m."productCode" = 'TOTAL'
    WHERE x.domain = 'trade' AND x.flow = 'X' AND x."productCode" = 'TOTAL' AND x.reporter <> x.partner
      AND EXISTS (SELECT 1 FROM "Observation" o WHERE o."seriesId" = x.id AND o.frequency = 'A')
      AND EXISTS (SELECT 1 FROM "Observation" o WHERE o."seriesId" = m.id AND o.frequency = 'A')
    ORDER BY x.reporter, x.partner`;
}

const SIDE_CONDITION = (exporter: string, importer: string) =>
  Prisma.sql`((s.reporter = ${exporter} AND s.partner = ${importer} AND s.flow = 'X') OR (s.reporter = ${importer} AND s.partner = ${exporter} AND s.flow = 'M'))`;

/** Years in which at least one HS chapter has a value from both reporters (ascending). */
async function chapterYearsUncached(exporter: string, importer: string): Promise<number[]> {
  const rows = await db().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT year FROM (
      SELECT o.year, s."productCode"
      FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId"
      WHERE s.domain = 'trade' AND s."productLevel" = 2 AND o.frequency = 'A' AND ${SIDE_CONDITION(exporter, importer)}
      GROUP BY o.year, s."productCode"
      HAVING count(DISTINCT s.flow) = 2
    ) x ORDER BY year`;
  return rows.map((r) => r.year);
}

interface ChapterSqlRow {
  flow: string;
  productCode: string;
  title: string;
  year: number;
  value: string;
  sourceKey: string;
  vintage: string;
  vintageDate: string;
  flags: string[];
  qualifier: string | null;
  headline: boolean;
}

/** Every HS chapter either reporter has for `year`, with every source's value per side. */
async function loadChaptersUncached(
  exporter: string,
  importer: string,
  year: number,
): Promise<{ chapters: ChapterObservations[]; sources: Map<string, SourceRef> }> {
  const rows = await db().$queryRaw<ChapterSqlRow[]>`
    SELECT s.flow, s."productCode", s.title, o.year, o.value::text AS value, so.key AS "sourceKey", o.vintage, to_char(o."vintageDate", 'YYYY-MM-DD') AS "vintageDate", o.flags, o.qualifier,
      row_number() OVER (PARTITION BY o."seriesId", o.period ORDER BY ${HEADLINE_ORDER}) = 1 AS headline
    FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
    WHERE s.domain = 'trade' AND s."productLevel" = 2 AND o.frequency = 'A' AND o.year = ${year} AND ${SIDE_CONDITION(exporter, importer)}
    ORDER BY s."productCode", s.flow, so.rank, so.key`;
  const sourceList = await getSources([...new Set(rows.map((r) => r.sourceKey))]);
  const sources = new Map(sourceList.map((s) => [s.key, s] as const));
  const byCode = new Map<string, ChapterObservations & { exporter: MirrorObservation[]; importer: MirrorObservation[] }>();
  for (const r of rows) {
    let c = byCode.get(r.productCode);
    if (!c) byCode.set(r.productCode, (c = { productCode: r.productCode, productLabel: "", exporter: [], importer: [] }));
    if (!c.productLabel) c.productLabel = chapterLabelFromTitle(r.title);
    const meta = sources.get(r.sourceKey);
    const o: MirrorObservation = {
      year: r.year,
      value: trimDecimal(r.value),
      sourceKey: r.sourceKey,
      sourceLabel: meta ? shortSourceLabel(meta) : r.sourceKey,
      sourceRank: meta?.rank ?? Number.MAX_SAFE_INTEGER,
      vintage: r.vintage,
      vintageDate: r.vintageDate,
      flags: r.flags,
      qualifier: r.qualifier,
      headline: r.headline,
    };
    (r.flow === "X" ? c.exporter : c.importer).push(o);
  }
  return { chapters: [...byCode.values()], sources };
}

// Cached by data version like every query of lib/series/queries.ts (lib/cache.ts): a committed import shows at once.
export const listMirrorPairs: typeof listMirrorPairsUncached = cachedByDataVersion("mirror.listMirrorPairs", listMirrorPairsUncached);
export const chapterYears: typeof chapterYearsUncached = cachedByDataVersion("mirror.chapterYears", chapterYearsUncached);
export const loadChapters: typeof loadChaptersUncached = cachedByDataVersion("mirror.loadChapters", loadChaptersUncached);

/** Notes drawn on and listed under a direction's chart: statements, events and caveats about its two series. */
export async function loadDirectionNotes(exporter: string, importer: string, range: { from: number; to: number }): Promise<NoteRow[]> {
  const codes = directionCodes(exporter, importer);
  return getNotes({
    seriesCodes: [codes.exporter, codes.importer],
    kinds: ["discrepancy_statement", "event", "caveat"],
    from: range.from,
    to: range.to,
    datedOnly: true,
  });
}

export const METHODOLOGY_NOTE_KEYS = [
  "methodology:cif-fob",
  "methodology:partner-attribution",
  "methodology:timing",
  "methodology:transit-reexports",
  "methodology:undervaluation",
  "event:eaeu-2015",
] as const;

/** The methodology texts (stored Notes with their Sources), in the order the page explains them. */
export async function loadMethodologyNotes(): Promise<NoteRow[]> {
  const notes = await getNotes({ kinds: ["methodology", "event"] });
  const order = new Map<string, number>(METHODOLOGY_NOTE_KEYS.map((k, i) => [k, i]));
  return notes.filter((n) => order.has(n.key)).sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}
