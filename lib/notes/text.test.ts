import { describe, expect, it } from "vitest";
import { noteWords, type StoredNoteWords } from "./text";

const note: StoredNoteWords = {
  title: "Border treaty signed",
  body: "The dispute was resolved in April 1994.",
  language: "en",
  wording: "project",
  translation: { title: "Подписано соглашение о границе", summary: "Спор урегулирован в апреле 1994 г.", translatedBy: "project" },
};

describe("noteWords", () => {
  it("shows the project's translation in its locale, with the original beside it", () => {
    const w = noteWords(note, "ru");
    expect(w).toMatchObject({ title: note.translation!.title, titleLang: "ru", body: note.translation!.summary, bodyLang: "ru" });
    expect(w.original).toEqual({ language: "en", title: note.title, body: note.body, translatedBy: "project" });
  });

  it("shows the original in the note's own language and where no translation exists", () => {
    expect(noteWords(note, "en")).toEqual({ title: note.title, titleLang: "en", body: note.body, bodyLang: "en", original: null });
    expect(noteWords({ ...note, translation: null }, "ru").original).toBeNull();
  });

  it("never shows a quoted body translated, and never a quoted note at all", () => {
    const quotedBody = noteWords({ ...note, wording: "quoted_body" }, "ru");
    expect(quotedBody).toMatchObject({ title: note.translation!.title, titleLang: "ru", body: note.body, bodyLang: "en" });
    expect(quotedBody.original?.body).toBeNull();
    expect(noteWords({ ...note, wording: "quoted" }, "ru")).toMatchObject({ title: note.title, body: note.body, original: null });
  });
});
