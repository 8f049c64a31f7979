// Database access for the mirror view. Totals go through THE query module (lib/series/queries.ts), so the mirror
// sees exactly the observations — and the SQL headline flag — that /api/series returns; the chapter and pair
// look-ups that module has no query for are here.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { directionCodes } from "../codes";
import { toSourceInfo } from "../panel/load-series";
import type { SourceInfo } from "../panel/types";
import { cachedByDataVersion } from "../cache";
import { db } from "../db/client";
import { getNotes, type NoteRow } from "../notes/queries";
import { findSeries, getObservations, getSources, selectObservations, toObservationRow } from "../series/queries";
import type { ObservationRow, SourceRef } from "../series/types";
import { sourceLabel } from "../labels";
import { chapterLabelFromTitle, type ChapterObservations } from "./chapters";
import { compactChapters, type CompactChapter } from "./payload";
import type { MirrorDirection, MirrorObservation, MirrorPair } from "./types";

export type { MirrorDirection, MirrorPair };

/** One year of HS-chapter data for a pair of countries, both directions: what /trade and /mirror draw by product. */
export interface ChapterYearPayload {
  /** The forward direction: exporter → importer. */
  exporter: string;
  importer: string;
  year: number;
  /** Chapters with a compact value list each (source indexes into `sources`; lib/mirror/payload.ts expandChapters). */
  forward: CompactChapter[];
  reverse: CompactChapter[];
  /** Headline totals of the year by series code (trade.E.I.X, trade.I.E.M, trade.I.E.X, trade.E.I.M). */
  totals: Record<string, { value: string; flags: string[] }>;
  sources: SourceInfo[];
}

function toMirrorObservation(o: ObservationRow, sources: Map<string, SourceRef>): MirrorObservation {
  const meta = sources.get(o.sourceKey);
  return {
    year: o.year,
    value: o.value,
    sourceKey: o.sourceKey,
    sourceLabel: meta ? sourceLabel(meta) : o.sourceKey,
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
  /** The values as they were at this data version (`v=`). */
  asOf?: string;
}): Promise<MirrorDirection | null> {
  const hs = args.hs ?? null;
  const codes = directionCodes(args.exporter, args.importer, hs);
  const found = await findSeries([codes.exporter, codes.importer]);
  const exporterSeries = found.find((s) => s.code === codes.exporter);
  const importerSeries = found.find((s) => s.code === codes.importer);
  if (!exporterSeries || !importerSeries) return null;
  const rows = await getObservations([codes.exporter, codes.importer], { from: args.from, to: args.to, all: true, asOf: args.asOf });
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

/** Every HS chapter either reporter has for `year`, with every source's value per side (the one observations query). */
async function loadChaptersUncached(
  exporter: string,
  importer: string,
  year: number,
  asOf?: string,
): Promise<{ chapters: ChapterObservations[]; sources: Map<string, SourceRef> }> {
  const rows = await selectObservations({ chapters: { exporter, importer }, from: year, to: year, all: true, asOf });
  const sourceList = await getSources([...new Set(rows.map((r) => r.source_key))]);
  const sources = new Map(sourceList.map((s) => [s.key, s] as const));
  const byCode = new Map<string, ChapterObservations & { exporter: MirrorObservation[]; importer: MirrorObservation[] }>();
  for (const r of rows) {
    const code = r.product_code!;
    let c = byCode.get(code);
    if (!c) byCode.set(code, (c = { productCode: code, productLabel: "", exporter: [], importer: [] }));
    if (!c.productLabel) c.productLabel = chapterLabelFromTitle(r.title);
    (r.flow === "X" ? c.exporter : c.importer).push(toMirrorObservation(toObservationRow(r), sources));
  }
  return { chapters: [...byCode.values()], sources };
}

/** Both directions' HS chapters of one year with every source's value, and the year's headline totals. */
export async function loadChapterYear(exporter: string, importer: string, year: number, asOf?: string): Promise<ChapterYearPayload> {
  const forwardCodes = directionCodes(exporter, importer);
  const reverseCodes = directionCodes(importer, exporter);
  const totalCodes = [forwardCodes.exporter, forwardCodes.importer, reverseCodes.exporter, reverseCodes.importer];
  const [forward, reverse, totals] = await Promise.all([
    loadChapters(exporter, importer, year, asOf),
    loadChapters(importer, exporter, year, asOf),
    getObservations(totalCodes, { from: year, to: year, asOf }),
  ]);
  // The by-product views compare each side's headline value per chapter: the other sources' values stay in the export.
  const headlineOnly = (list: ChapterObservations[]) =>
    list.map((c) => ({ ...c, exporter: c.exporter.filter((o) => o.headline), importer: c.importer.filter((o) => o.headline) }));
  const [f, r] = [headlineOnly(forward.chapters), headlineOnly(reverse.chapters)];
  const cited = new Set([...f, ...r].flatMap((c) => [...c.exporter, ...c.importer].map((o) => o.sourceKey)));
  const sources = [...new Map([...forward.sources, ...reverse.sources]).values()].filter((s) => cited.has(s.key));
  const index = new Map(sources.map((s, i) => [s.key, i]));
  return {
    exporter,
    importer,
    year,
    forward: compactChapters(f, index),
    reverse: compactChapters(r, index),
    totals: Object.fromEntries(totals.filter((t) => t.headline).map((t) => [t.seriesCode, { value: t.value, flags: t.flags }])),
    sources: sources.map(toSourceInfo),
  };
}

// Cached by data version like every query of lib/series/queries.ts (lib/cache.ts): a committed import shows at once.
export const listMirrorPairs: typeof listMirrorPairsUncached = cachedByDataVersion("mirror.listMirrorPairs", listMirrorPairsUncached);
export const chapterYears: typeof chapterYearsUncached = cachedByDataVersion("mirror.chapterYears", chapterYearsUncached);
export const loadChapters: typeof loadChaptersUncached = cachedByDataVersion("mirror.loadChapters", loadChaptersUncached);

/** Notes drawn on and listed under a direction's chart: statements, events and caveats about its two series. */
export async function loadDirectionNotes(
  exporter: string,
  importer: string,
  range: { from?: number; to?: number } = {},
  locale?: string,
): Promise<NoteRow[]> {
  const codes = directionCodes(exporter, importer);
  return getNotes({
    seriesCodes: [codes.exporter, codes.importer],
    kinds: ["discrepancy_statement", "event", "caveat"],
    from: range.from,
    to: range.to,
    datedOnly: true,
    locale,
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

/** The methodology texts (stored Notes with their Sources), in the order the page explains them, worded for `locale`. */
export async function loadMethodologyNotes(locale?: string): Promise<NoteRow[]> {
  const notes = await getNotes({ kinds: ["methodology", "event"], locale });
  const order = new Map<string, number>(METHODOLOGY_NOTE_KEYS.map((k, i) => [k, i]));
  return notes.filter((n) => order.has(n.key)).sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}
