// Shared Playwright fixtures. Import { test, expect } from "./fixtures" instead of "@playwright/test".
//  - consoleErrors (automatic): collects console.error messages, uncaught page errors and failed same-origin
//    requests; the test fails afterwards if there was any. Nothing is ignored: a missing favicon, a CSP
//    violation or a hydration warning is a real defect of the page. (If a test provokes an error on purpose,
//    it can remove it from the array before it ends.)
//  - waitForChart(page): waits until Recharts has drawn (charts render only in the browser).
//  - readDownload(page, trigger): clicks/runs trigger, returns the downloaded file's text and suggested name.
import { readFile } from "node:fs/promises";
import { expect, test as base, type Locator, type Page } from "@playwright/test";

export interface ConsoleError {
  kind: "console" | "pageerror" | "requestfailed" | "http";
  text: string;
  url?: string;
}

export const test = base.extend<{ consoleErrors: ConsoleError[] }>({
  consoleErrors: [
    async ({ page, baseURL }, use, testInfo) => {
      const errors: ConsoleError[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push({ kind: "console", text: message.text(), url: message.location().url });
      });
      page.on("pageerror", (error) => errors.push({ kind: "pageerror", text: error.stack ?? error.message }));
      page.on("requestfailed", (request) => {
        // A navigation away aborts pending requests (net::ERR_ABORTED): not a defect of the page.
        const failure = request.failure()?.errorText ?? "";
        if (baseURL && request.url().startsWith(baseURL) && !failure.includes("ERR_ABORTED")) {
          errors.push({ kind: "requestfailed", text: `${request.method()} ${request.url()}: ${failure}`, url: request.url() });
        }
      });
      page.on("response", (response) => {
        if (baseURL && response.url().startsWith(baseURL) && response.status() >= 500) {
          errors.push({ kind: "http", text: `${response.status()} ${response.request().method()} ${response.url()}`, url: response.url() });
        }
      });
      await use(errors);
      if (errors.length > 0) {
        await testInfo.attach("console-errors", { body: JSON.stringify(errors, null, 2), contentType: "application/json" });
      }
      expect(errors, "console errors, page errors or failed requests during the test").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until at least one Recharts chart has rendered its SVG (optionally inside `scope`). A panel below the first
 * screen loads its data when the reader gets near it, so the scope is scrolled into view first, as a reader would.
 */
export async function waitForChart(page: Page, scope?: Locator): Promise<Locator> {
  if (scope) await scope.scrollIntoViewIfNeeded();
  const chart = (scope ?? page.locator("body")).locator("svg.recharts-surface").first();
  await expect(chart).toBeVisible();
  return chart;
}

export interface DownloadedFile {
  text: string;
  suggestedFilename: string;
}

/** Starts a download with `trigger` (a locator to click, or a function) and returns the file's contents. */
export async function readDownload(page: Page, trigger: Locator | (() => Promise<unknown>)): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent("download"), typeof trigger === "function" ? trigger() : trigger.click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`download of ${download.suggestedFilename()} failed: ${failure}`);
  const file = await download.path();
  return { text: await readFile(file, "utf8"), suggestedFilename: download.suggestedFilename() };
}
