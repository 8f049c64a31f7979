import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from "./a11y";
import { readPackCsv } from "./data-pack";
import { expect, test } from "./fixtures";

interface PackNote {
  note_key: string;
  kind: string;
  title: string;
  year_from: string;
  year_to: string;
}

const packNotes = () => readPackCsv<PackNote>("project/notes.csv");

test.describe("notes", () => {
  test("lists every note of the data pack with its source", async ({ page }) => {
    await page.goto("/notes");
    const list = page.getByRole("main");
    for (const n of packNotes()) await expect(list.getByRole("heading", { name: n.title, exact: true })).toBeVisible();
    const items = page.locator(".note-list > li");
    const total = await items.count();
    expect(total).toBeGreaterThanOrEqual(packNotes().length);
    await expect(page.getByText(new RegExp(`^${total} notes`))).toBeVisible();
    await expect(items.first()).toContainText("Source:");
  });

  test("filters by kind and year range in the URL, surviving a reload", async ({ page }) => {
    await page.goto("/notes");
    await page.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Caveat" });
    await expect(page).toHaveURL(/kind=caveat/);
    const items = page.locator(".note-list > li");
    await expect(items.first()).toContainText("Caveat");
    const caveats = await items.count();
    for (let i = 0; i < caveats; i++) await expect(items.nth(i).locator(".tag")).toHaveText("Caveat");
    for (const n of packNotes().filter((x) => x.kind === "caveat"))
      await expect(page.getByRole("heading", { name: n.title, exact: true })).toBeVisible();

    // A year range keeps dated notes that touch it (and notes for every year).
    const dated = packNotes().filter((n) => n.kind === "caveat" && n.year_from);
    const first = dated.reduce((a, b) => (Number(a.year_from) < Number(b.year_from) ? a : b));
    await page.getByRole("combobox", { name: "To" }).selectOption(first.year_to || first.year_from);
    await expect(page).toHaveURL(new RegExp(`to=${first.year_to || first.year_from}`));
    await expect(page.getByRole("heading", { name: first.title, exact: true })).toBeVisible();
    const later = dated.filter((n) => Number(n.year_from) > Number(first.year_to || first.year_from));
    for (const n of later) await expect(page.getByRole("heading", { name: n.title, exact: true })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Kind" })).toHaveValue("caveat");
    await expect(page.getByRole("heading", { name: first.title, exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Show all notes" }).click();
    await expect(page).not.toHaveURL(/kind=/);
  });

  test("a note keeps its reference (N…) on every page and at every year range, and the reference finds it", async ({ page }) => {
    test.slow(); // four pages, /mirror among them
    const statements = readPackCsv<{ kind: string; title: string; year_from: string }>("project/notes.csv").filter(
      (n) => n.kind === "discrepancy_statement" && Number(n.year_from) >= 2015,
    );
    const title = statements[0]!.title.slice(0, 40);
    await page.goto("/notes");
    const item = page.locator("li[id^=note-N]").filter({ hasText: title }).first();
    const ref = (await item.getAttribute("id"))!.replace(/^note-/, "");
    expect(ref).toMatch(/^N\d+$/);
    await expect(item.locator(".note-number")).toHaveText(ref);
    for (const url of ["/mirror", "/mirror?from=2010", "/?from=2014"]) {
      await page.goto(url);
      // A series panel's list of drawn notes starts closed (one tab stop instead of one per note): open it.
      for (const summary of await page.locator("details.panel-notes:not([open]) > summary").all()) await summary.click();
      const listed = page.locator(".note-number", { hasText: new RegExp(`^${ref}$`) }).first();
      await listed.scrollIntoViewIfNeeded();
      await expect(listed, url).toBeVisible();
      await expect(page.locator("li").filter({ has: listed }).first(), url).toContainText(title);
    }
    await page.goto(`/notes#note-${ref}`);
    await expect(page.locator(`[id="note-${ref}"]`)).toBeInViewport();
  });

  test("is usable on a phone and accessible", { tag: "@phone" }, async ({ page }) => {
    test.slow(); // axe on a long page
    await page.goto("/notes");
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("sources", () => {
  test("every source with publisher, location, vintage, rank, count, by kind, and a citation on demand that copies", async ({
    page,
    context,
    browserName,
  }) => {
    await page.goto("/sources");
    // Every source the data pack's headline trade table cites is listed (by its location).
    const headline = readPackCsv<{ source_url_or_path: string }>("tidy/trade_mirror_headline.csv");
    const locations = [...new Set(headline.map((r) => r.source_url_or_path.split(/\s+\(|;\s/)[0]!.trim()))];
    for (const loc of locations) await expect(page.locator(".source-card .location", { hasText: loc }).first()).toBeAttached();

    const section = page.locator("main section").first();
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Official statistical database");
    const card = section.locator(".source-card").first();
    for (const label of ["Publisher", "Location", "Vintage", "Rank", "Values"])
      await expect(card.getByRole("term").filter({ hasText: label })).toBeVisible();
    await expect(card).toContainText(/\d+ observations/);
    const location = card.getByRole("link").first();
    await expect(location).toHaveAttribute("href", /^https:\/\//);

    if (browserName === "chromium") await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await card.getByRole("button", { name: "Cite this source" }).click();
    const citation = (await card.locator(".citation span").innerText()).trim();
    expect(citation).toContain(await card.getByRole("heading", { level: 3 }).innerText());
    await card.getByRole("button", { name: /Copy citation/ }).click();
    await expect(card.getByRole("status")).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
  });

  test("a card's source link lands on its entry", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("article").filter({ hasText: "Net FDI inflow" }).getByRole("link", { name: /wiiw/ }).click();
    await expect(page).toHaveURL(/\/sources#src-/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toContainText("wiiw");
  });

  test("is usable on a phone and accessible", { tag: "@phone" }, async ({ page }) => {
    test.slow(); // axe on a long page
    await page.goto("/sources");
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  });
});
