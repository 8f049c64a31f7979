// The dashboard in four languages (issue 10): every page renders in each locale with the right <html lang>, hreflang
// alternates and localized title; no English string of the catalogue is left on a localized page; the switcher keeps
// the view; a Chinese page writes amounts in 亿 and a Russian one in млрд; the first visit follows Accept-Language.
import { readFileSync } from "node:fs";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";

const LOCALES = ["en", "ru", "kk", "zh"] as const;
type Locale = (typeof LOCALES)[number];
const PAGES = ["/", "/trade", "/mirror", "/investment", "/debt", "/notes", "/sources", "/about"];

type Tree = { [key: string]: string | Tree };
const catalogue = (l: Locale) => JSON.parse(readFileSync(`messages/${l}.json`, "utf8")) as Tree;
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [a, b] of leaves(v, path)) out.set(a, b);
  }
  return out;
}
const english = leaves(catalogue("en"));

/** English catalogue texts (plain ones, long enough to be unambiguous) whose translation in `locale` differs. */
function englishOnlyTexts(locale: Locale): string[] {
  const local = leaves(catalogue(locale));
  return (
    [...english]
      // Two words at least: a single word ("Investment") also occurs inside data (source titles) that stays English.
      .filter(([k, v]) => !/[{<]/.test(v) && v.length >= 8 && v.trim().includes(" ") && local.get(k) !== v)
      .map(([, v]) => v.replace(/[“”]/g, '"'))
      .filter((v) => !["Kazakhstan", "China"].includes(v))
  );
}

const prefixed = (locale: Locale, path: string) => (locale === "en" ? path : path === "/" ? `/${locale}` : `/${locale}${path}`);

for (const locale of LOCALES) {
  test(`every page renders in ${locale}: lang, hreflang, title, no catalogue English, accessible @phone`, async ({ page, context }) => {
    test.setTimeout(420_000); // eight pages, each with axe, on two shared cores
    await context.addCookies([{ name: "locale", value: locale, url: test.info().project.use.baseURL! }]);
    const siteName = leaves(catalogue(locale)).get("site.name")!;
    const leftovers = locale === "en" ? [] : englishOnlyTexts(locale);
    for (const path of PAGES) {
      const url = prefixed(locale, path);
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page).toHaveTitle(new RegExp(siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      const alternates = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
      expect(Object.fromEntries(alternates), url).toEqual({
        en: path,
        ru: prefixed("ru", path),
        kk: prefixed("kk", path),
        zh: prefixed("zh", path),
        "x-default": path,
      });
      await expect(page.getByRole("navigation", { name: leaves(catalogue(locale)).get("switcher.label")! })).toBeVisible();
      // Data (notes, citations, the numbers in words) stay in the language they were written in and are marked lang="en".
      const text = await page.evaluate(() => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[lang="en"], script, style').forEach((e) => e.remove());
        return (copy.textContent ?? "").replace(/[“”]/g, '"');
      });
      // Soft: every page is checked, and the report lists what is left on each.
      expect
        .soft(
          leftovers.filter((s) => text.includes(s)),
          `English catalogue strings left on ${url}`,
        )
        .toEqual([]);
      await expectNoSeriousA11yViolations(page);
    }
  });
}

test("the switcher keeps the view (page and URL state) and sets <html lang> @phone", async ({ page, context }) => {
  await context.addCookies([{ name: "locale", value: "en", url: test.info().project.use.baseURL! }]);
  await page.goto("/mirror?cifFob=1.1&from=2005");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/mirror\?cifFob=1\.1&from=2005$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Зеркальная статистика");
  await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/mirror\?cifFob=1\.1&from=2005$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/mirror\?cifFob=1\.1&from=2005$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a Chinese page writes amounts in 亿美元, a Russian one in млрд долл. США, a Kazakh one in АҚШ доллары", async ({ page }) => {
  await page.goto("/zh/mirror");
  await expect(page.locator(".gap-summary").first()).toContainText(/\d+(\.\d)?亿美元/);
  await expect(page.locator(".gap-summary").first()).not.toContainText(/\bbn\b|billion/);
  await page.goto("/ru");
  await expect(page.locator(".cards")).toContainText(/\d+(,\d+)?\s?млрд\s?долл\. США/);
  await page.goto("/kk/mirror");
  await expect(page.locator(".gap-summary").first()).toContainText(/\d+(,\d+)?\s?млрд\s?АҚШ доллары/);
  // The numbers in words under a chart and the HS chapters' coverage are worded in the locale too (no lang="en" left).
  await page.goto("/ru/trade");
  await expect(page.locator(".panel-words").first()).toContainText(/^Последние значения: .+\d+(,\d+)?\s?млрд\s?долл\. США в \d{4} году/);
  await expect(page.locator(".panel-words[lang]")).toHaveCount(0);
  await page.goto("/zh/trade");
  await expect(page.locator("#trade-products li").first()).toContainText(/个HS章，合计\d+(\.\d)?亿美元/);
});

test("first visit: Accept-Language redirects an un-prefixed page once; a chosen locale (cookie) and /en/… do not", async ({ request }) => {
  const first = await request.get("/mirror?cifFob=1.1", { headers: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" }, maxRedirects: 0 });
  expect(first.status()).toBe(307);
  expect(first.headers()["location"]).toBe("/zh/mirror?cifFob=1.1");
  expect(first.headers()["cache-control"]).toMatch(/no-store/);
  expect(first.headers()["set-cookie"]).toMatch(/locale=zh/);
  const english = await request.get("/mirror", { headers: { "Accept-Language": "en-GB,en;q=0.9" }, maxRedirects: 0 });
  expect(english.status()).toBe(200);
  const chosen = await request.get("/mirror", { headers: { "Accept-Language": "ru", Cookie: "locale=en" }, maxRedirects: 0 });
  expect(chosen.status()).toBe(200);
  const en = await request.get("/en/trade?from=2010", { maxRedirects: 0 });
  expect(en.status()).toBe(308);
  expect(en.headers()["location"]).toMatch(/\/trade\?from=2010$/);
  const ruPage = await request.get("/ru/trade", { maxRedirects: 0 });
  expect(ruPage.status()).toBe(200);
  const other = await request.get("/kk/trade");
  expect(other.headers()["etag"]).not.toBe(ruPage.headers()["etag"]);
  expect((await request.get("/ru/no-such-page")).status()).toBe(404);
});
