// The /sources page's list, compactly: what each entry shows, without the source's key (its anchor is derived from
// the key on the server) — the page sends this once and renders it (components/sources/source-directory.tsx).
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

export interface DirectoryGroup {
  datasetType: string;
  entries: DirectoryEntry[];
}

/** Sources grouped by dataset type, in the order the types first appear (the list is sorted by rank). */
export function directoryGroups(sources: readonly (SourceRef & { observationCount: number; noteCount: number })[]): DirectoryGroup[] {
  const groups = new Map<string, DirectoryEntry[]>();
  for (const s of sources) {
    const list = groups.get(s.datasetType) ?? [];
    list.push(
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
    );
    groups.set(s.datasetType, list);
  }
  return [...groups].map(([datasetType, entries]) => ({ datasetType, entries }));
}
