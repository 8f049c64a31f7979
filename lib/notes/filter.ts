// The notes page's filter: by kind and by the years a note touches (a note without a year applies to every year). Pure.
import type { NoteKind } from "../generated/prisma/enums";

export interface NoteFilter {
  kind: NoteKind | null;
  from: number | null;
  to: number | null;
}

const KIND_NOUN: Record<NoteKind | "all", [string, string]> = {
  all: ["note", "notes"],
  event: ["event", "events"],
  discrepancy_statement: ["statement on the discrepancy", "statements on the discrepancy"],
  methodology: ["methodology note", "methodology notes"],
  caveat: ["caveat", "caveats"],
};

/** "3 statements on the discrepancy touching 2019–the last year". */
export function describeNotes(count: number, filter: NoteFilter): string {
  const [one, many] = KIND_NOUN[filter.kind ?? "all"];
  const years =
    filter.from !== null || filter.to !== null ? ` touching ${filter.from ?? "the first year"}–${filter.to ?? "the last year"}` : "";
  return `${count} ${count === 1 ? one : many}${years}`;
}

/** A reversed range is swapped, as everywhere else on the site. */
export function normaliseFilter(f: NoteFilter): NoteFilter {
  return f.from !== null && f.to !== null && f.from > f.to ? { ...f, from: f.to, to: f.from } : f;
}

export function filterNotes<N extends { kind: NoteKind; yearFrom: number | null; yearTo: number | null }>(
  notes: readonly N[],
  f: NoteFilter,
): N[] {
  return notes.filter(
    (n) =>
      (f.kind === null || n.kind === f.kind) &&
      (f.from === null || n.yearFrom === null || (n.yearTo ?? n.yearFrom) >= f.from) &&
      (f.to === null || n.yearFrom === null || n.yearFrom <= f.to),
  );
}
