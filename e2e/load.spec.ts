// A shortened `npm run load`: 16 clients for 10 s over pages, JSON API and CSV export on the e2e server.
// Every request must get a complete answer below 500; the full run (64 clients × 60 s) is `npm run load`.
import { expect, test } from "@playwright/test";
import { formatLoadReport, pidListeningOn, runLoad } from "../scripts/lib/load";

test("16 clients × 10 s of mixed traffic: 0 errors", async ({ baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const port = Number(new URL(baseURL!).port);
  const report = await runLoad({
    baseUrl: baseURL!,
    clients: 16,
    durationMs: 10_000,
    serverPid: await pidListeningOn(port),
    timeoutMs: 30_000,
  });
  const text = formatLoadReport(report, 16);
  await testInfo.attach("load-report", { body: text, contentType: "text/markdown" });
  console.log(text);
  expect(report.requests).toBeGreaterThanOrEqual(16); // every client finished at least one request
  expect(report.errors, text).toBe(0);
  for (const [path, s] of Object.entries(report.byPath)) {
    for (const status of Object.keys(s.statuses)) expect(["200"], `${path} answered ${status}`).toContain(status);
  }
});
