// Which words of a note a page in a given locale shows: the one place that decides. A note is kept as written, in its
// own language; the project's translation of the words it wrote (NoteTranslation) is shown in the page's locale,
// marked as a translation, with the original beside it. Words that quote a source are always shown as written.
// Pure: the server (queries, pages, /api/notes) calls it; its result travels to the browser as data.
import type { NoteWording } from "../generated/prisma/enums";

/** A note's words as stored: the original, and the project's translation for one locale (if any). */
export interface StoredNoteWords {
  title: string;
  body: string;
  /** The language the note was written in (BCP 47). */
  language: string;
  wording: NoteWording;
  translation: { title: string; summary: string | null; translatedBy: string } | null;
}

/** A translation shown in place of the original: the original wording, its language, and who translated it. */
export interface NoteOriginal {
  language: string;
  title: string;
  /** The original body when the body shown is translated too; null when the body is shown as written. */
  body: string | null;
  translatedBy: string;
}

/** The words a page shows, each with its language (for `lang`), and the original when anything is translated. */
export interface NoteWords {
  title: string;
  titleLang: string;
  body: string;
  bodyLang: string;
  original: NoteOriginal | null;
}

export function noteWords(note: StoredNoteWords, locale: string): NoteWords {
  const asWritten: NoteWords = { title: note.title, titleLang: note.language, body: note.body, bodyLang: note.language, original: null };
  const t = note.translation;
  if (!t || locale === note.language || note.wording === "quoted") return asWritten;
  const bodyTranslated = note.wording === "project" && t.summary !== null;
  return {
    title: t.title,
    titleLang: locale,
    body: bodyTranslated ? t.summary! : note.body,
    bodyLang: bodyTranslated ? locale : note.language,
    original: { language: note.language, title: note.title, body: bodyTranslated ? note.body : null, translatedBy: t.translatedBy },
  };
}
