// npm run bench:pages -- [--duration 10] [--runs 3] [--connections 32] [--database URL]
// Requests/s and p50/p95/p99 latency of the database-backed pages — /, /trade, /mirror and one URL-state view of each, and
// four localized pages (/ru/mirror, /kk/trade, /zh, /ru/notes) —
// next to the static /about page of the same app, on a production build (scripts/serve.mjs, as `npm start` runs it),
// 32 concurrent connections (autocannon) on 127.0.0.1, after each URL's first request (which renders the view once per
// data version). Every URL is measured `runs` times, interleaved; the table gives medians and each URL's share of the
// static page's throughput in the same run. It also reports, per page, the HTML bytes of the view and its first-load
// JavaScript (every <script src> of the HTML but the noModule polyfills, gzip level 6), against the limits of issue 9.
// Default database: monitor_bench_pages (migrated + seeded from the data pack: the real content of the site).
import { existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { ensureReadOnlyRole } from "../lib/db/roles.ts";
import { migrate, seed, webRolePassword } from "../scripts/lib/launch.ts";
import {
  databaseName,
  ensureBenchDatabase,
  fmt,
  machine,
  median,
  options,
  percentile,
  ROOT,
  say,
  startNext,
  table,
  withClient,
  type NextServer,
  runWhenMain,
} from "./lib.ts";

/** The static baseline first, then each database-backed page and a view of it with URL state, then localized pages. */
export const PAGES = [
  "/about",
  "/",
  "/?from=2005&scale=log",
  "/trade",
  "/trade?from=2010&turnover.tab=table&real=true",
  "/mirror",
  "/mirror?cifFob=1.08&from=2005",
  // The localized pages are cached the same way (issue 10): one view per other language.
  "/ru/mirror",
  "/kk/trade",
  "/zh",
  "/ru/notes",
];

/** Issue 9's limits: share of the static page's req/s, p95 after the first request, HTML and first-load JS. */
const LIMITS = { share: 0.8, p95Ms: 100, htmlBytes: 100 * 1024, jsGzipBytes: 200 * 1024 };

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
}

/** autocannon with every response time recorded (its own summary has no p95). */
export async function measure(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 30 }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses,
  };
}

/** A seeded database with the read-only role; returns { owner, web } URLs. */
export async function seededDatabase(url: string): Promise<{ owner: string; web: string }> {
  await ensureBenchDatabase(url);
  const count = await withClient(url, async (c) => Number((await c.query(`SELECT count(*) AS n FROM "Observation"`)).rows[0].n));
  if (count === 0) {
    say(`seeding ${databaseName(url)} from the data pack…`);
    await migrate(url, say);
    await seed(url, say);
  }
  const web = await ensureReadOnlyRole(url, { password: webRolePassword(url) });
  return { owner: url, web };
}

/** HTML bytes of a view and the gzip size of the scripts its HTML loads (first-load JS). */
export async function pageWeight(baseUrl: string, page: string): Promise<{ html: number; js: number; scripts: number }> {
  const html = await (await fetch(baseUrl + page)).text();
  // Scripts marked noModule (Next's legacy polyfills) are not loaded by the browsers that run modules.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/\snomodule\b/i.test(t));
  const srcs = [...new Set(tags.flatMap((t) => /\ssrc="([^"]+)"/.exec(t)?.[1] ?? []))];
  let js = 0;
  for (const src of srcs) js += gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer()), { level: 6 }).length;
  return { html: Buffer.byteLength(html), js, scripts: srcs.length };
}

async function pass(
  server: NextServer,
  runs: number,
  connections: number,
  seconds: number,
): Promise<{ page: string; results: LoadResult[] }[]> {
  const out = PAGES.map((page) => ({ page, results: [] as LoadResult[] }));
  // The first request of each view renders it (once per data version); the measured requests come after.
  for (const page of PAGES) for (let i = 0; i < 3; i++) await fetch(server.url + page).then((r) => r.arrayBuffer());
  for (let run = 0; run < runs; run++) {
    for (const row of out) {
      const r = await measure(server.url + row.page, connections, seconds);
      row.results.push(r);
      say(
        `  ${row.page.padEnd(48)} run ${run + 1}: ${fmt.n(r.requestsPerSecond)} req/s, p95 ${fmt.ms(r.p95)} ms, statuses ${JSON.stringify(r.statuses)}`,
      );
    }
  }
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

export async function benchPages(opts: Map<string, string>): Promise<string> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("no production build in .next: run `npm run build` first");
  const seconds = Number(opts.get("duration") ?? 10);
  const runs = Number(opts.get("runs") ?? 3);
  const connections = Number(opts.get("connections") ?? 32);
  const url = opts.get("database") ?? "postgresql://postgres@127.0.0.1:5432/monitor_bench_pages";
  const { owner, web } = await seededDatabase(url);
  const observations = await withClient(owner, async (c) => Number((await c.query(`SELECT count(*) AS n FROM "Observation"`)).rows[0].n));

  const server = await startNext({ DATABASE_URL: owner, WEB_DATABASE_URL: web });
  say(`production server on ${server.url}, pid ${server.serverPid}`);
  let rows: { page: string; results: LoadResult[] }[];
  const weights = new Map<string, Awaited<ReturnType<typeof pageWeight>>>();
  try {
    rows = await pass(server, runs, connections, seconds);
    for (const page of PAGES) weights.set(page, await pageWeight(server.url, page));
  } finally {
    await server.stop();
  }

  const baseline = median(rows.find((r) => r.page === "/about")!.results.map((x) => x.requestsPerSecond));
  const loadRows = rows.map((r) => {
    const rps = median(r.results.map((x) => x.requestsPerSecond));
    const p95 = median(r.results.map((x) => x.p95));
    const statuses = Object.entries(
      r.results.reduce<Record<string, number>>((acc, x) => {
        for (const [k, v] of Object.entries(x.statuses)) acc[k] = (acc[k] ?? 0) + v;
        return acc;
      }, {}),
    )
      .map(([k, v]) => `${k}×${v}`)
      .join(" ");
    const met = r.page === "/about" ? "baseline" : rps / baseline >= LIMITS.share && p95 < LIMITS.p95Ms ? "yes" : "no";
    return [
      `\`${r.page}\`${r.page === "/about" ? " (static)" : ""}`,
      fmt.n(rps),
      fmt.ms(median(r.results.map((x) => x.p50))),
      fmt.ms(p95),
      fmt.ms(median(r.results.map((x) => x.p99))),
      fmt.pct(rps / baseline),
      String(r.results.reduce((n, x) => n + x.errors, 0)),
      statuses,
      met,
    ];
  });
  const weightRows = PAGES.map((page) => {
    const w = weights.get(page)!;
    return [
      `\`${page}\``,
      kb(w.html),
      w.html <= LIMITS.htmlBytes ? "yes" : "no",
      kb(w.js),
      String(w.scripts),
      page === "/about" ? "–" : w.js <= LIMITS.jsGzipBytes ? "yes" : "no",
    ];
  });
  return [
    `Pages: ${connections} connections × ${seconds} s per run, ${runs} runs per URL interleaved (medians), after each URL's first request; production build; database ${databaseName(owner)} (${fmt.n(observations)} observations). Machine: ${await machine(owner)}.`,
    "",
    table(
      [
        "URL",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "share of static req/s",
        "errors",
        "statuses",
        `≥ ${fmt.pct(LIMITS.share)} and p95 < ${LIMITS.p95Ms} ms`,
      ],
      loadRows,
    ),
    "",
    table(["URL", "HTML KB", "≤ 100 KB", "first-load JS KB (gzip)", "scripts", "≤ 200 KB"], weightRows),
  ].join("\n");
}

runWhenMain(import.meta.url, () => benchPages(options()));
