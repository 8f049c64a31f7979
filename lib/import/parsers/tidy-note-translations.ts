// The tidy format's third layout: the project's translations of the notes it wrote, one row per note and locale
// (docs/tidy-format.md, "Note translations"). Checked here row by row; checked against the note itself (its
// language, whose words it is) when written (lib/import/note-writer.ts).
import { type CsvRow, readCsv } from "../csv";
import { ImportFileError, type NoteTranslationRecord, type ParserInput } from "../types";
import { isLocale, LOCALES } from "../../pages/target";

export const TIDY_NOTE_TRANSLATION_HEADER = ["note_key", "locale", "title", "summary", "translated_by"] as const;

export async function* noteTranslations(input: ParserInput): AsyncGenerator<NoteTranslationRecord> {
  function fail(row: CsvRow, column: string, message: string): never {
    throw new ImportFileError(input.file, row.line, row.col(column), message);
  }
  for await (const row of readCsv(input, { header: TIDY_NOTE_TRANSLATION_HEADER })) {
    const locale = row.get("locale");
    if (!isLocale(locale)) fail(row, "locale", `locale must be one of ${LOCALES.join(", ")}, found ${JSON.stringify(locale)}`);
    const title = row.get("title").trim();
    if (!title) fail(row, "title", "title is empty");
    if (title.length > 300) fail(row, "title", `title is ${title.length} characters long (at most 300)`);
    const summary = row.get("summary").trim();
    if (summary.length > 8000) fail(row, "summary", `summary is ${summary.length} characters long (at most 8000)`);
    yield {
      kind: "note_translation",
      noteKey: row.get("note_key").trim() || fail(row, "note_key", "note_key is empty"),
      locale,
      title,
      summary: summary || null,
      translatedBy: row.get("translated_by").trim() || fail(row, "translated_by", "translated_by is empty: say who or what wrote it"),
      line: row.line,
      columns: { noteKey: row.col("note_key"), locale: row.col("locale"), title: row.col("title"), summary: row.col("summary") },
    };
  }
}
