// The /sources page's list, compactly: what each entry shows, without the source's key (its anchor is derived from
// the key on the server, and again in the browser from the location when that is the key) — the page sends this once and renders it (components/sources/source-directory.tsx).
import { omitBuiltCitation } from "../citation/source";
import { sourceAnchor } from "../notes/links";
import type { SourceRef } from "../series/types";

export interface DirectoryEntry {
  anchor: string;
  title: string;
  publisher: string;
  location: string;
  vintage: string | null;
  rank: number;
  observations: number;
  notes: number;
  /** "" when it is the built one (lib/citation/source.ts citationOf rebuilds it). */
  citation: string;
}

/**
 * An entry as the page sends it: a field at its usual value (no vintage, no notes, the built citation, the anchor of a
 * source whose key is its location) left out.
 */
export type SentEntry = Omit<DirectoryEntry, "anchor" | "vintage" | "notes" | "citation"> &
  Partial<Pick<DirectoryEntry, "anchor" | "vintage" | "notes" | "citation">>;

export interface DirectoryGroup {
  datasetType: string;
  entries: SentEntry[];
}

/** The entry without the fields at their usual value (every byte of the list is in the page twice: HTML and RSC). */
export function sendEntry({ anchor, vintage, notes, citation, ...rest }: DirectoryEntry): SentEntry {
  return {
    ...(anchor !== sourceAnchor(rest.location) && { anchor }),
    ...rest,
    ...(vintage !== null && { vintage }),
    ...(notes !== 0 && { notes }),
    ...(citation !== "" && { citation }),
  };
}

/** The entry `sendEntry` sent, whole again. */
export function receiveEntry(e: SentEntry): DirectoryEntry {
  return {
    ...e,
    anchor: e.anchor ?? sourceAnchor(e.location),
    vintage: e.vintage ?? null,
    notes: e.notes ?? 0,
    citation: e.citation ?? "",
  };
}

/** Sources grouped by dataset type, in the order the types first appear (the list is sorted by rank). */
export function directoryGroups(sources: readonly (SourceRef & { observationCount: number; noteCount: number })[]): DirectoryGroup[] {
  const groups = new Map<string, SentEntry[]>();
  for (const s of sources) {
    const list = groups.get(s.datasetType) ?? [];
    list.push(
      sendEntry(
        omitBuiltCitation({
          anchor: sourceAnchor(s.key),
          title: s.title,
          publisher: s.publisher,
          location: s.location,
          vintage: s.vintage,
          rank: s.rank,
          observations: s.observationCount,
          notes: s.noteCount,
          citation: s.citation,
        }),
      ),
    );
    groups.set(s.datasetType, list);
  }
  return [...groups].map(([datasetType, entries]) => ({ datasetType, entries }));
}
