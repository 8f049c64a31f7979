// What the mirror page sends to the browser, compactly: each direction's observations with a source index instead of
// the source's key, label and rank repeated on every value. `expandDirection` rebuilds the MirrorDirection that the
// pure view functions (lib/mirror/direction-view.ts) take. Pure.
import type { Deflator } from "../convert/real";
import type { NoteInfo, SourceInfo } from "../panel/types";
import type { SeriesInfo, SourceRef as SourceMeta } from "../series/types";
import type { ChapterObservations, ChapterSummaryLine } from "./chapters";
import type { MirrorDirection, MirrorObservation } from "./types";
import { expandSource } from "../citation/source";
import { sourceLabel } from "../labels";

/** What a stored value carries beyond year, value and source, when it has it. */
export interface CompactExtras {
  /** vintage; left out, with `d`, when vintage and date are those of the previous value of the same source ("" for none) */
  t?: string;
  /** vintage date (YYYY-MM-DD; "" when unknown), given with `t` */
  d?: string;
  /** flags, when any */
  f?: string[];
  /** qualifier ("nearly", "about"…), when any */
  q?: string;
}

/**
 * A stored value, compactly (the page carries hundreds of them, twice: as HTML and as the page's data):
 * [year, value as exact decimal text, index into the payload's sources, 1 when the value is its year's headline else 0,
 * extras when any].
 */
export type CompactObservation = [y: number, v: string, s: number, h: 0 | 1, x?: CompactExtras];

/** One HS chapter of one direction and year, compactly (lib/mirror/queries.ts loadChapterYear). */
export interface CompactChapter {
  code: string;
  label?: string;
  exporter: CompactObservation[];
  importer: CompactObservation[];
}

export function compactChapters(list: readonly ChapterObservations[], index: ReadonlyMap<string, number>): CompactChapter[] {
  return list.map((c) => ({
    code: c.productCode,
    ...(c.productLabel ? { label: c.productLabel } : {}),
    exporter: compactObservations(c.exporter, index),
    importer: compactObservations(c.importer, index),
  }));
}

export function expandChapters(list: readonly CompactChapter[], sources: readonly SourceInfo[]): ChapterObservations[] {
  return list.map((c) => ({
    productCode: c.code,
    productLabel: c.label ?? "",
    exporter: expandObservations(c.exporter, sources),
    importer: expandObservations(c.importer, sources),
  }));
}

export interface DirectionPayload {
  exporter: string;
  importer: string;
  exporterName: string;
  importerName: string;
  series: { exporter: SeriesInfo; importer: SeriesInfo };
  exporterObs: CompactObservation[];
  importerObs: CompactObservation[];
  /** Statements, events and caveats about the direction's two series (every year). */
  notes: NoteInfo[];
  /** Years in which at least one HS chapter has a value from both reporters. */
  chapterYears: number[];
}

export interface CountryPair {
  exporter: string;
  importer: string;
  exporterName: string;
  importerName: string;
}

export interface MirrorPagePayload {
  pairs: CountryPair[];
  forward: DirectionPayload;
  reverse: DirectionPayload | null;
  /** Every source either direction cites (indexes of the compact observations). */
  sources: SourceMeta[];
  /** The constant-dollar view's deflator (CPI-U by year), or null when the database has no CPI for the base year. */
  deflator: Deflator | null;
  /** The by-product section in words for the year the page was rendered for (its tables load in the browser). */
  chapterSummary: { year: number; lines: ChapterSummaryLine[] } | null;
}

/** The payload's sources as SourceMeta: an empty location is the source's key, an empty citation the built one (left out by the page loader). */
export function expandSources(sources: readonly SourceMeta[]): SourceMeta[] {
  return sources.map(expandSource);
}

export function compactObservations(list: readonly MirrorObservation[], index: ReadonlyMap<string, number>): CompactObservation[] {
  // A source's values mostly share one vintage: it is written where it changes for that source, not on every value.
  const last = new Map<number, string>();
  return list.map((o) => {
    const s = index.get(o.sourceKey)!;
    const vintage = `${o.vintage}|${o.vintageDate ?? ""}`;
    const x: CompactExtras = {
      ...((last.get(s) ?? "|") === vintage ? {} : { t: o.vintage, d: o.vintageDate ?? "" }),
      ...(o.flags.length ? { f: o.flags } : {}),
      ...(o.qualifier ? { q: o.qualifier } : {}),
    };
    last.set(s, vintage);
    const h = o.headline ? 1 : 0;
    return Object.keys(x).length ? [o.year, String(o.value), s, h, x] : [o.year, String(o.value), s, h];
  });
}

export function expandObservations(
  list: readonly CompactObservation[],
  sources: readonly { key: string; title: string; vintage: string | null; rank: number }[],
): MirrorObservation[] {
  const last = new Map<number, { vintage: string; date: string }>();
  return list.map(([year, value, s, headline, x = {}]) => {
    const meta = sources[s]!;
    if (x.t !== undefined) last.set(s, { vintage: x.t, date: x.d ?? "" });
    const { vintage, date } = last.get(s) ?? { vintage: "", date: "" };
    return {
      year,
      value,
      sourceKey: meta.key,
      sourceLabel: sourceLabel(meta),
      sourceRank: meta.rank,
      vintage,
      vintageDate: date || null,
      flags: x.f ?? [],
      qualifier: x.q ?? null,
      headline: headline === 1,
    };
  });
}

/** The MirrorDirection of a direction payload (every source of the page in its map). */
export function expandDirection(d: DirectionPayload, sources: readonly SourceMeta[]): MirrorDirection {
  return {
    exporter: d.exporter,
    importer: d.importer,
    hs: null,
    series: d.series,
    observations: { exporter: expandObservations(d.exporterObs, sources), importer: expandObservations(d.importerObs, sources) },
    sources: new Map(sources.map((s) => [s.key, s])),
  };
}
