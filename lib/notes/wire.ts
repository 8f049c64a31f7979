// The notes /notes lists, as the page sends them to its browser component: each note a tuple, not an object with its
// keys written 39 times, and each source once (its notes point to it by index). The component unpacks them once. Pure.
import type { Domain, NoteKind } from "../generated/prisma/enums";
import type { NoteDetail } from "../panel/types";

/**
 * A note as /notes lists it: the original of a translated text is fetched when the reader opens it. Its source carries
 * its key (the anchor on /sources); the notes of one source share one object.
 */
export type BrowsedNote = Omit<NoteDetail, "originalBody" | "translatedBy" | "source"> & {
  domains: Domain[];
  source: (NonNullable<NoteDetail["source"]> & { key: string }) | null;
};

type BrowsedSource = NonNullable<BrowsedNote["source"]>;

/** ref, kind, title, its language, body, its language, years, period, quoted figure, original, source index (-1: none), domains. */
type PackedNote = [
  string,
  NoteKind,
  string,
  string,
  string,
  string,
  number | null,
  number | null,
  string | null,
  string | null,
  { language: string; title: string } | null,
  number,
  Domain[],
];

export interface PackedNotes {
  sources: BrowsedSource[];
  notes: PackedNote[];
}

export function packNotes(notes: readonly BrowsedNote[]): PackedNotes {
  const sources: BrowsedSource[] = [];
  const index = new Map<string, number>();
  const sourceIndex = (s: BrowsedSource | null) => {
    if (!s) return -1;
    if (!index.has(s.key)) index.set(s.key, sources.push(s) - 1);
    return index.get(s.key)!;
  };
  return {
    sources,
    notes: notes.map((n) => [
      n.ref,
      n.kind,
      n.title,
      n.titleLang,
      n.body,
      n.bodyLang,
      n.yearFrom,
      n.yearTo,
      n.periodLabel,
      n.quotedValue,
      n.original ?? null,
      sourceIndex(n.source),
      n.domains,
    ]),
  };
}

export function unpackNotes(packed: PackedNotes): BrowsedNote[] {
  return packed.notes.map(
    ([ref, kind, title, titleLang, body, bodyLang, yearFrom, yearTo, periodLabel, quotedValue, original, source, domains]) => ({
      ref,
      kind,
      title,
      titleLang,
      body,
      bodyLang,
      yearFrom,
      yearTo,
      periodLabel,
      quotedValue,
      ...(original ? { original } : {}),
      source: packed.sources[source] ?? null,
      domains,
    }),
  );
}
