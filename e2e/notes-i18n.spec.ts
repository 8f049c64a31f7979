// Notes are data (issue 10): on a localized page the project's own notes show its translation, marked as one, with
// the original wording a click away; statements quoted from a source keep their words and figures, their language
// marked. English pages show every note as written. Expected texts come from the data pack, never typed in.
import { readFileSync } from "node:fs";
import { readPackCsv } from "./data-pack";
import { expect, test } from "./fixtures";

interface PackNote {
  note_key: string;
  title: string;
  body: string;
  quoted_value: string;
  wording: string;
}
interface PackTranslation {
  note_key: string;
  locale: string;
  title: string;
  summary: string;
}
interface PackStatement {
  statement: string;
  value: string;
}

const notes = readPackCsv<PackNote>("project/notes.csv");
const translations = readPackCsv<PackTranslation>("project/notes_translations.csv");
const ru = JSON.parse(readFileSync("messages/ru.json", "utf8")) as { notes_panel: { translated: string } };
const noteOf = (key: string) => notes.find((n) => n.note_key === key)!;
const article = (page: import("@playwright/test").Page, title: string) =>
  page.locator(".note-list article").filter({ has: page.getByRole("heading", { name: title }) });

test("/ru/notes: a project note in Russian, marked, with its original; quoted words as written @phone", async ({ page }) => {
  await page.goto("/ru/notes");

  // A note the project wrote: its translation, the marker, the original behind a disclosure.
  const translated = translations.find((t) => t.locale === "ru" && noteOf(t.note_key).wording === "project" && t.summary)!;
  const original = noteOf(translated.note_key);
  const item = article(page, translated.title);
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("heading").locator('[lang="ru"]')).toHaveText(translated.title);
  await expect(item.locator(".note-translated")).toHaveText(ru.notes_panel.translated);
  await expect(item.locator('[lang="ru"]', { hasText: translated.summary })).toBeVisible();
  await expect(item.getByText(original.body)).toBeHidden();
  await item.locator(".note-original > summary").click();
  const wording = item.locator(".note-original > p[lang='en']");
  await expect(wording).toContainText(original.title);
  await expect(wording).toContainText(original.body);
  if (original.quoted_value) await expect(item.locator('[lang="en"]', { hasText: original.quoted_value }).first()).toBeVisible();

  // A note whose body quotes its source: the title is translated, the body and its figure stay as written.
  const quotedBody = notes.find((n) => n.wording === "quoted_body" && n.quoted_value)!;
  const title = translations.find((t) => t.locale === "ru" && t.note_key === quotedBody.note_key)!.title;
  const mixed = article(page, title);
  await expect(mixed.locator(".note-translated")).toHaveCount(1);
  await expect(mixed.locator('h3 + p > [lang="en"]').first()).toHaveText(quotedBody.body);
  await expect(mixed.locator('[lang="en"]', { hasText: quotedBody.quoted_value }).first()).toBeVisible();

  // A statement quoted from a source: never translated — its own words and figure, its language marked.
  const statement = readPackCsv<PackStatement>("tidy/discrepancy_notes.csv")[0]!;
  const quoted = page.locator(".note-list article").filter({ hasText: statement.statement });
  await expect(quoted).toHaveCount(1);
  await expect(quoted.locator('h3 + p > [lang="en"]').first()).toHaveText(statement.statement);
  await expect(quoted.locator(".note-as-written")).toBeVisible();
  await expect(quoted.locator(".note-translated")).toHaveCount(0);
  await expect(quoted.locator('[lang="en"]', { hasText: statement.value }).first()).toBeVisible();
});

test("/notes (English): every note as written, nothing marked as translated", async ({ page }) => {
  await page.goto("/notes");
  const note = noteOf(translations[0]!.note_key);
  await expect(article(page, note.title).locator('h3 + p > [lang="en"]').first()).toHaveText(note.body);
  await expect(page.locator(".note-translated, .note-original, .note-as-written")).toHaveCount(0);
});

test("a chart's note list on /ru/trade shows the translated title, marked, and its original once opened", async ({ page }) => {
  await page.goto("/ru/trade");
  const ruTitles = new Map(translations.filter((t) => t.locale === "ru").map((t) => [t.title, t]));
  // The lists under a chart start closed: open them.
  for (const summary of await page.locator("details.panel-notes:not([open]) > summary, details.panel-caveats:not([open]) > summary").all())
    await summary.click();
  const marked = page
    .locator("li")
    .filter({ has: page.locator(".note-translated") })
    .first();
  await marked.scrollIntoViewIfNeeded();
  const shown = (await marked.locator('summary > [lang="ru"]').first().textContent())!;
  const t = ruTitles.get(shown);
  expect(t, `"${shown}" is a translation from the data pack`).toBeDefined();
  await marked.locator("summary").first().click();
  await marked.locator(".note-original > summary").click();
  await expect(marked.locator(".note-original > p[lang='en']")).toContainText(noteOf(t!.note_key).title);
});
