// What a citation of a dashboard view needs: the view (title, years, permalink naming its data version) and the
// sources of the values it shows, each with the citation the data pack records for it. Pure: the page or API builds a
// CitedView from what it loaded, and lib/citation's formatters turn it into APA, Chicago, BibTeX or RIS.
import type { SourceRef } from "../series/types";

export const MONITOR_NAME = "China–Kazakhstan Economic Monitor";

/** One publisher's dataset behind the values shown. */
export interface CitedSource {
  /** Who publishes the data, e.g. "UN Statistics Division (UN Comtrade), data reported by GACC (China) / Kazakhstan". */
  publisher: string;
  /** The dataset as read, e.g. "IMF Direction of Trade Statistics (DOTS), web export (2021/22 vintage)". */
  title: string;
  /** Where the file or page lives: a URL, or the data pack's "github:owner/repo@commit:path". */
  location: string;
  /** Release or vintage label, when the source has one. */
  vintage?: string | null;
  /** The source's own ready citation (Source.citation). */
  citation: string;
}

/** A view of the dashboard as it was shown: enough to find the same numbers again. */
export interface CitedView {
  /** Title of the view, e.g. "Goods trade between China and Kazakhstan, both directions, as each side reports it". */
  title: string;
  /** First and last year shown. */
  years: [number, number];
  /** URL that reopens the view at this data version: it must carry `v=<dataVersion>`. */
  permalink: string;
  /** The data version the view shows (DataVersion.version). */
  dataVersion: string;
  /** When that data version was made (DataVersion.changedAt), ISO date or timestamp. */
  versionDate: string | Date;
  /** When the reader looked at it, ISO date or timestamp. */
  accessed: string | Date;
  sources: CitedSource[];
  /** Author and publisher of the view (default: the Monitor). */
  author?: string;
}

/** A cited source from a Source row (lib/series/types.ts). */
export function citedSource(source: Pick<SourceRef, "publisher" | "title" | "location" | "vintage" | "citation">): CitedSource {
  return {
    publisher: source.publisher,
    title: source.title,
    location: source.location,
    vintage: source.vintage,
    citation: source.citation,
  };
}

/** Refuses a view whose permalink does not pin its data version: such a citation could not reproduce the numbers. */
export function assertPinned(view: CitedView): void {
  const v = new URL(view.permalink).searchParams.get("v");
  if (v !== view.dataVersion) throw new Error(`permalink ${view.permalink} must carry v=${view.dataVersion} (it has ${v ?? "no v"})`);
}

function toDate(d: string | Date): Date {
  const date = typeof d === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d) : d;
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(d)}`);
  return date;
}

/** Calendar parts in UTC, so a citation does not depend on the server's time zone. */
export function dateParts(d: string | Date): { year: number; month: number; day: number; iso: string } {
  const date = toDate(d);
  const iso = date.toISOString().slice(0, 10);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), iso };
}

/** "December 2, 2026": the date form both APA and Chicago use in English. */
export function longDate(d: string | Date): string {
  return new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(toDate(d));
}

/** The title with its years, unless the title already names them. */
export function titleWithYears(view: CitedView): string {
  const [from, to] = view.years;
  const range = from === to ? String(from) : `${from}–${to}`;
  return view.title.includes(range) ? view.title : `${view.title}, ${range}`;
}

/** A location a reader can open: URLs as they are; data-pack paths ("github:owner/repo@commit:path") as written. */
export function isUrl(location: string): boolean {
  return /^https?:\/\/\S+$/.test(location.trim());
}

/** A dataset cited once, with every file or page of it the view's values come from. */
export interface CitedDataset extends CitedSource {
  locations: string[];
  citations: string[];
}

/** The view's sources by dataset (publisher, title, vintage): two files of one release are one reference. */
export function datasets(view: CitedView): CitedDataset[] {
  const byKey = new Map<string, CitedDataset>();
  for (const s of view.sources) {
    const key = `${s.publisher}\u0000${s.title}\u0000${s.vintage ?? ""}`;
    const d = byKey.get(key);
    if (!d) byKey.set(key, { ...s, locations: [s.location], citations: [s.citation] });
    else {
      if (!d.locations.includes(s.location)) d.locations.push(s.location);
      if (!d.citations.includes(s.citation)) d.citations.push(s.citation);
    }
  }
  return [...byKey.values()];
}
