// What the mirror page sends to the browser, compactly: each direction's observations with a source index instead of
// the source's key, label and rank repeated on every value. `expandDirection` rebuilds the MirrorDirection that the
// pure view functions (lib/mirror/direction-view.ts) take. Pure.
import type { Deflator } from "../convert/real";
import type { NoteInfo, SourceInfo } from "../panel/types";
import type { SeriesInfo, SourceRef as SourceMeta } from "../series/types";
import type { ChapterObservations, ChapterSummaryLine } from "./chapters";
import type { MirrorDirection, MirrorObservation } from "./types";
import { sourceLabel } from "../labels";

/** A stored value, compactly: fields that would be empty are left out (the page carries hundreds of them). */
export interface CompactObservation {
  /** year */
  y: number;
  /** value, exact decimal text */
  v: string;
  /** index into the payload's sources */
  s: number;
  /** vintage; left out, with `d`, when vintage and date are those of the previous value of the list ("" for none) */
  t?: string;
  /** vintage date (YYYY-MM-DD; "" when unknown), given with `t` */
  d?: string;
  /** flags, when any */
  f?: string[];
  /** qualifier ("nearly", "about"…), when any */
  q?: string;
  /** 1 when the value is its year's headline */
  h?: 1;
}

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

/** The payload's sources as SourceMeta: an empty location is the source's key (left out by the page loader). */
export function expandSources(sources: readonly SourceMeta[]): SourceMeta[] {
  return sources.map((s) => (s.location === "" ? { ...s, location: s.key } : s));
}

export function compactObservations(list: readonly MirrorObservation[], index: ReadonlyMap<string, number>): CompactObservation[] {
  // A source's values mostly share one vintage: it is written where it changes, not on every value.
  let vintage = "";
  let date = "";
  return list.map((o) => {
    const same = o.vintage === vintage && (o.vintageDate ?? "") === date;
    vintage = o.vintage;
    date = o.vintageDate ?? "";
    return {
      y: o.year,
      v: String(o.value),
      s: index.get(o.sourceKey)!,
      ...(same ? {} : { t: vintage, d: date }),
      ...(o.flags.length ? { f: o.flags } : {}),
      ...(o.qualifier ? { q: o.qualifier } : {}),
      ...(o.headline ? { h: 1 as const } : {}),
    };
  });
}

export function expandObservations(
  list: readonly CompactObservation[],
  sources: readonly { key: string; title: string; vintage: string | null; rank: number }[],
): MirrorObservation[] {
  let vintage = "";
  let date = "";
  return list.map((o) => {
    const meta = sources[o.s]!;
    if (o.t !== undefined) [vintage, date] = [o.t, o.d ?? ""];
    return {
      year: o.y,
      value: o.v,
      sourceKey: meta.key,
      sourceLabel: sourceLabel(meta),
      sourceRank: meta.rank,
      vintage,
      vintageDate: date || null,
      flags: o.f ?? [],
      qualifier: o.q ?? null,
      headline: o.h === 1,
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
