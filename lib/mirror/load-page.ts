// Everything /mirror shows, loaded once per data version: the pairs of economies the database can compare, both
// directions of the chosen pair with every source's value, their notes, the years with chapter detail and the chapters
// of one year. The browser computes every view from this (lib/mirror/workbench.ts).
import "server-only";
import { compactSource } from "../citation/source";
import { countryName } from "../countries";
import { loadDeflator } from "../convert/queries";
import { REAL_BASE_YEAR } from "../convert/real";
import { sharedNoteInfo } from "../panel/load-series";
import { buildChapterView, chapterSummary } from "./chapters";
import { CIF_FOB_DEFAULT } from "./cif-fob";
import { compactObservations, expandChapters, type CompactChapter, type DirectionPayload, type MirrorPagePayload } from "./payload";
import { chapterYears, listMirrorPairs, loadChapterYear, loadDirectionNotes, loadMirrorDirection, type MirrorPair } from "./queries";
import { DEFAULT_EXPORTER, DEFAULT_IMPORTER } from "./url-state";
import type { MirrorDirection } from "./types";

function choosePair(pairs: MirrorPair[], exporter: string, importer: string): MirrorPair | undefined {
  return (
    pairs.find((p) => p.exporter === exporter && p.importer === importer) ??
    pairs.find((p) => p.exporter === DEFAULT_EXPORTER && p.importer === DEFAULT_IMPORTER) ??
    pairs[0]
  );
}

async function direction(
  pair: MirrorPair,
  index: Map<string, number>,
  asOf: string | undefined,
  locale: string | undefined,
): Promise<{ data: MirrorDirection; payload: Omit<DirectionPayload, "exporterObs" | "importerObs"> } | null> {
  const [data, notes, years] = await Promise.all([
    loadMirrorDirection({ ...pair, asOf }),
    loadDirectionNotes(pair.exporter, pair.importer, {}, locale),
    chapterYears(pair.exporter, pair.importer),
  ]);
  if (!data) return null;
  for (const key of data.sources.keys()) if (!index.has(key)) index.set(key, index.size);
  return {
    data,
    payload: {
      exporter: pair.exporter,
      importer: pair.importer,
      exporterName: countryName(pair.exporter, pair.exporter),
      importerName: countryName(pair.importer, pair.importer),
      series: data.series,
      notes: notes.map(sharedNoteInfo),
      chapterYears: years,
    },
  };
}

/** The page's payload (as of data version `asOf` when pinned; notes worded for `locale`) for the pair and year asked for (the default pair when that pair cannot be compared); null when none can. */
export async function loadMirrorPage(
  state: {
    exporter: string;
    importer: string;
    year: number | null;
  },
  asOf?: string,
  locale?: string,
): Promise<MirrorPagePayload | null> {
  const pairs = await listMirrorPairs();
  const pair = choosePair(pairs, state.exporter, state.importer);
  if (!pair) return null;
  const reversePair = pairs.find((p) => p.exporter === pair.importer && p.importer === pair.exporter) ?? null;
  const index = new Map<string, number>();
  const forward = await direction(pair, index, asOf, locale);
  if (!forward) return null;
  const reverse = reversePair ? await direction(reversePair, index, asOf, locale) : null;
  // A file's location is usually its key, its citation usually the built one: each sent once (payload.ts expandSources
  // restores them).
  const sources = [...new Map([...forward.data.sources, ...(reverse?.data.sources ?? [])]).values()]
    .sort((a, b) => index.get(a.key)! - index.get(b.key)!)
    .map(compactSource);
  const toPayload = (d: NonNullable<typeof forward>): DirectionPayload => ({
    ...d.payload,
    exporterObs: compactObservations(d.data.observations.exporter, index),
    importerObs: compactObservations(d.data.observations.importer, index),
  });
  const years = forward.payload.chapterYears;
  const year = state.year !== null && years.includes(state.year) ? state.year : years.at(-1);
  const [chapters, deflator] = await Promise.all([
    year === undefined ? null : loadChapterYear(pair.exporter, pair.importer, year, asOf),
    loadDeflator(REAL_BASE_YEAR),
  ]);
  const summaryOf = (list: CompactChapter[], names: { exporter: string; importer: string }) =>
    chapterSummary(buildChapterView(expandChapters(list, chapters!.sources), chapters!.year, CIF_FOB_DEFAULT), names);
  return {
    pairs: pairs.map((p) => ({
      ...p,
      exporterName: countryName(p.exporter, p.exporter),
      importerName: countryName(p.importer, p.importer),
    })),
    forward: toPayload(forward),
    reverse: reverse ? toPayload(reverse) : null,
    sources,
    deflator,
    chapterSummary: chapters
      ? {
          year: chapters.year,
          lines: [
            summaryOf(chapters.forward, { exporter: forward.payload.exporter, importer: forward.payload.importer }),
            ...(reverse ? [summaryOf(chapters.reverse, { exporter: reverse.payload.exporter, importer: reverse.payload.importer })] : []),
          ],
        }
      : null,
  };
}
