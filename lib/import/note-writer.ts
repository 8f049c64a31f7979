// Notes and their translations, written at the end of a file's import inside the import's transaction. A translation
// meets its note here (in this file or already stored): only the project's own words may be translated — a note whose
// title and body quote its source is refused, and so is a translated body where the body is a quotation.
import type pg from "pg";
import type { Counts } from "./batch-writer";
import { NOTE_SQL, NOTE_TRANSLATION_SQL, PUBLISHERS_SQL } from "./merge-sql";
import { ImportFileError, type NoteRecord, type NoteTranslationRecord } from "./types";
import type { NoteWording } from "../generated/prisma/enums";

function tally(counts: Counts, row: { inserted: boolean } | undefined): void {
  if (!row) counts.unchanged++;
  else if (row.inserted) counts.inserted++;
  else counts.updated++;
}

export async function writeNotes(client: pg.Client, file: string, notes: NoteRecord[]): Promise<Counts> {
  const counts: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  const seen = new Map<string, number>();
  for (const n of notes) {
    const earlier = seen.get(n.key);
    if (earlier !== undefined)
      throw new ImportFileError(file, n.line, 1, `duplicate note key ${JSON.stringify(n.key)} (first on line ${earlier})`);
    seen.set(n.key, n.line);
    await client.query(
      `${PUBLISHERS_SQL.replace("unnest($1::text[])", `unnest(ARRAY[COALESCE($1, (SELECT publisher FROM "Source" WHERE key = $2))])`)}`,
      [n.publisher ?? null, n.sourceKey],
    );
    const r = await client.query<{ inserted: boolean }>(NOTE_SQL, [
      n.key,
      n.noteKind,
      n.title,
      n.body,
      n.yearFrom,
      n.yearTo,
      n.periodLabel,
      n.quotedValue,
      n.domains,
      n.seriesCodes,
      n.sourceKey,
      n.publisher ?? null,
      n.language ?? "en",
      n.wording ?? "quoted",
    ]);
    tally(counts, r.rows[0]);
  }
  return counts;
}

export async function writeNoteTranslations(client: pg.Client, file: string, translations: NoteTranslationRecord[]): Promise<Counts> {
  const counts: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  const seen = new Map<string, number>();
  for (const t of translations) {
    const fail = (column: number, message: string): never => {
      throw new ImportFileError(file, t.line, column, message);
    };
    const id = `${t.noteKey}\u0000${t.locale}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) fail(t.columns.locale, `a second ${t.locale} translation of ${t.noteKey} (first on line ${earlier})`);
    seen.set(id, t.line);
    const found = await client.query<{ id: number; language: string; wording: NoteWording }>(
      `SELECT id, language, wording FROM "Note" WHERE key = $1`,
      [t.noteKey],
    );
    const note = found.rows[0] ?? fail(t.columns.noteKey, `unknown note ${JSON.stringify(t.noteKey)}: import its note first`);
    if (note.language === t.locale)
      fail(t.columns.locale, `${t.noteKey} is written in ${t.locale}: its original is shown, not a translation`);
    if (note.wording === "quoted")
      fail(t.columns.title, `${t.noteKey} quotes its source (wording "quoted"): a quoted statement is shown as worded, never translated`);
    if (note.wording === "quoted_body" && t.summary !== null)
      fail(
        t.columns.summary,
        `${t.noteKey}'s body quotes its source (wording "quoted_body"): leave summary empty, only the title is translated`,
      );
    const r = await client.query<{ inserted: boolean }>(NOTE_TRANSLATION_SQL, [note.id, t.locale, t.title, t.summary, t.translatedBy]);
    tally(counts, r.rows[0]);
  }
  return counts;
}
