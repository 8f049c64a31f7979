// A source's ready-to-paste citation: built by the importers from the source's publisher, title, location and vintage
// (a data file may give its own instead). Pages send a source's citation only when it is not the built one — the
// browser rebuilds it (most sources: ~250 bytes each, twice, on /sources and /mirror), and so with a location that is
// the source's key. Pure.

interface CitedSource {
  publisher: string;
  title: string;
  location: string;
  vintage: string | null;
  citation: string;
}

/** Ready-to-paste citation. */
export function citationFor(publisher: string, title: string, location: string, vintage: string | null): string {
  const v = vintage ? ` (${vintage})` : "";
  return `${publisher}. ${title}${v}. ${location}. Retrieved via the China–Kazakhstan Economic Monitor data pack.`;
}

/** The source with its citation left out ("") when `citationFor` rebuilds it. */
export function omitBuiltCitation<T extends CitedSource>(s: T): T {
  return s.citation === citationFor(s.publisher, s.title, s.location, s.vintage) ? { ...s, citation: "" } : s;
}

/** The citation of a source sent through `omitBuiltCitation`. */
export function citationOf(s: CitedSource): string {
  return s.citation || citationFor(s.publisher, s.title, s.location, s.vintage);
}

/** A source as a page sends it: its built citation left out, and its location when that is its key ("" for either). */
export function compactSource<T extends CitedSource & { key: string }>(s: T): T {
  const compact = omitBuiltCitation(s);
  return s.location === s.key ? { ...compact, location: "" } : compact;
}

/** The source `compactSource` sent, whole again. */
export function expandSource<T extends CitedSource & { key: string }>(s: T): T {
  const located = s.location === "" ? { ...s, location: s.key } : s;
  return { ...located, citation: citationOf(located) };
}
