// What the mirror page's methodology section (components/mirror/methodology.tsx) shows of each stored note: the page
// sends this, once, and the section renders it. Pure.
import type { NoteRow } from "../notes/queries";

/** What the section shows of a note. */
export interface MethodologyItem {
  ref: string;
  /** The anchor: the note's key, as an id. */
  id: string;
  title: string;
  titleLang: string;
  periodLabel?: string;
  original?: { language: string; title: string };
  body: string;
  bodyLang: string;
  source?: { citation: string; link?: string };
}

/** The section's items of the stored notes (server side). */
export function methodologyItems(notes: readonly NoteRow[]): MethodologyItem[] {
  return notes.map((n) => ({
    ref: n.ref,
    id: n.key.replace(/[^a-z0-9-]/gi, "-"),
    title: n.title,
    titleLang: n.titleLang,
    ...(n.periodLabel ? { periodLabel: n.periodLabel } : {}),
    ...(n.original ? { original: { language: n.original.language, title: n.original.title } } : {}),
    body: n.body,
    bodyLang: n.bodyLang,
    ...(n.source
      ? { source: { citation: n.source.citation, ...(n.source.location.startsWith("http") ? { link: n.source.location } : {}) } }
      : {}),
  }));
}
