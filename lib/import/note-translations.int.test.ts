// The project's note translations through the one import pipeline, on a real PostgreSQL: the data pack's file loads,
// a second import changes nothing, and a bad row is refused at its file:line:column with the database unchanged —
// including a translation of words that quote a source (a quoted statement is never translated).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, tableFingerprint, type TestDatabase } from "../testing/db";
import { TIDY_NOTE_TRANSLATION_HEADER } from "./parsers/tidy-note-translations";
import { importFiles } from "./pipeline";
import { query, ROOT, runCli } from "./test-support";
import { ImportFileError } from "./types";

const NOTES = path.join(ROOT, "prisma/seed-data/project/notes.csv");
const TRANSLATIONS = path.join(ROOT, "prisma/seed-data/project/notes_translations.csv");
type Row = Record<string, string>;
let db: TestDatabase;
let dir: string;
let translations: Row[];
let notes: Row[];

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "monitor-note-translations-"));
  translations = parse(await readFile(TRANSLATIONS), { columns: true }) as Row[];
  notes = parse(await readFile(NOTES), { columns: true }) as Row[];
});
afterAll(async () => {
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

async function translationFile(name: string, rows: string[][]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, stringify([[...TIDY_NOTE_TRANSLATION_HEADER], ...rows]));
  return file;
}

const by = (wording: string) => notes.find((n) => n.wording === wording)!.note_key!;

describe("note translations", () => {
  it("loads the pack's translations beside their notes, and a second import changes nothing", async () => {
    await query(db.url, `DELETE FROM "NoteTranslation"`);
    const [, first] = await importFiles([NOTES, TRANSLATIONS], { connectionString: db.url });
    expect(first!.translations).toEqual({ inserted: translations.length, updated: 0, unchanged: 0 });
    const sample = translations.find((t) => t.summary !== "")!;
    const stored = await query<{ title: string; summary: string | null; language: string }>(
      db.url,
      `SELECT t.title, t.summary, n.language FROM "NoteTranslation" t JOIN "Note" n ON n.id = t."noteId" WHERE n.key = $1 AND t.locale = $2`,
      [sample.note_key, sample.locale],
    );
    expect(stored).toEqual([{ title: sample.title, summary: sample.summary, language: "en" }]);

    const before = await tableFingerprint(db.url, { exclude: ["ImportRun"] });
    const again = await runCli(db.url, [TRANSLATIONS]);
    expect(again.code).toBe(0);
    expect(again.stdout + again.stderr).toContain(`note translations 0 inserted, 0 updated, ${translations.length} unchanged`);
    expect(await tableFingerprint(db.url, { exclude: ["ImportRun"] })).toEqual(before);
  });

  const quoted = async () => (await query<{ key: string }>(db.url, `SELECT key FROM "Note" WHERE wording = 'quoted' LIMIT 1`))[0]!.key;
  const bad: [string, () => Promise<string[][]>, number, number, RegExp][] = [
    ["an unknown note", async () => [["no:such-note", "ru", "Заголовок", "", "project"]], 2, 1, /unknown note "no:such-note"/],
    ["an unknown locale", async () => [[by("project"), "fr", "Titre", "", "project"]], 2, 2, /locale must be one of/],
    ["a translated quoted body", async () => [[by("quoted_body"), "ru", "Заголовок", "Текст", "project"]], 2, 4, /body quotes its source/],
    ["a translated quoted statement", async () => [[await quoted(), "kk", "Тақырып", "", "project"]], 2, 3, /never translated/],
    [
      "a second translation for the same locale, after a good row",
      async () => [
        [by("project"), "zh", "标题", "", "project"],
        [by("project"), "zh", "标题二", "", "project"],
      ],
      3,
      2,
      /a second zh translation/,
    ],
    ["no translator named", async () => [[by("project"), "ru", "Заголовок", "", ""]], 2, 5, /translated_by is empty/],
  ];
  it.each(bad)("refuses %s at its file:line:column and leaves the database unchanged", async (name, rows, line, column, message) => {
    const file = await translationFile(`${name.replace(/\W+/g, "-")}.csv`, await rows());
    const before = await tableFingerprint(db.url);
    const error = await importFiles([file], { connectionString: db.url }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).message.startsWith(`${file}:${line}:${column}: `)).toBe(true);
    expect((error as ImportFileError).detail).toMatch(message);
    expect(await tableFingerprint(db.url)).toEqual(before);
  });

  it("exits non-zero naming the file, line and column", async () => {
    const file = await translationFile("cli.csv", [[by("quoted_body"), "ru", "Заголовок", "Текст", "project"]]);
    const result = await runCli(db.url, [file]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${file}:2:4: `);
  });
});
