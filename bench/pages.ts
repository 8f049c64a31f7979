// npm run bench:pages -- [--duration 10] [--runs 3] [--connections 32] [--database URL] [--no-uncached]
// Requests/s and p50/p95/p99 latency of the database-backed pages (/, /trade, /mirror) next to the static /about
// page of the same app, on a production build (`next start`), 32 concurrent connections (autocannon) on 127.0.0.1.
// Every URL is measured `runs` times, interleaved, and the table gives medians and each page's share of the static
// page's throughput measured in the same run. A second server with MONITOR_CACHE=off shows the query cache's effect.
// Default database: monitor_bench_pages (migrated + seeded from the data pack: the real content of the site).
import { existsSync } from "node:fs";
import path from "node:path";
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

export const PAGES = ["/about", "/", "/trade", "/mirror"];

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

async function pass(
  server: NextServer,
  label: string,
  runs: number,
  connections: number,
  seconds: number,
): Promise<{ label: string; page: string; results: LoadResult[] }[]> {
  const out = PAGES.map((page) => ({ label, page, results: [] as LoadResult[] }));
  for (const page of PAGES) {
    // Warm-up: compiles nothing in production, but fills the query cache and the connection pools.
    for (let i = 0; i < 5; i++) await fetch(server.url + page).then((r) => r.arrayBuffer());
  }
  for (let run = 0; run < runs; run++) {
    for (const row of out) {
      const r = await measure(server.url + row.page, connections, seconds);
      row.results.push(r);
      say(
        `  ${label} ${row.page.padEnd(8)} run ${run + 1}: ${fmt.n(r.requestsPerSecond)} req/s, p95 ${fmt.ms(r.p95)} ms, statuses ${JSON.stringify(r.statuses)}`,
      );
    }
  }
  return out;
}

export async function benchPages(opts: Map<string, string>): Promise<string> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("no production build in .next: run `npm run build` first");
  const seconds = Number(opts.get("duration") ?? 10);
  const runs = Number(opts.get("runs") ?? 3);
  const connections = Number(opts.get("connections") ?? 32);
  const url = opts.get("database") ?? "postgresql://postgres@127.0.0.1:5432/monitor_bench_pages";
  const { owner, web } = await seededDatabase(url);
  const observations = await withClient(owner, async (c) => Number((await c.query(`SELECT count(*) AS n FROM "Observation"`)).rows[0].n));

  const rows: { label: string; page: string; results: LoadResult[] }[] = [];
  const variants: [string, Record<string, string>][] = [["cached", {}]];
  if (opts.get("no-uncached") !== "true") variants.push(["uncached", { MONITOR_CACHE: "off" }]);
  for (const [label, env] of variants) {
    const server = await startNext({ DATABASE_URL: owner, WEB_DATABASE_URL: web, ...env });
    say(`next start (${label}) on ${server.url}, next-server pid ${server.serverPid}`);
    try {
      rows.push(...(await pass(server, label, runs, connections, seconds)));
    } finally {
      await server.stop();
    }
  }

  const tableRows = rows.map((r) => {
    const baseline = rows.find((b) => b.label === r.label && b.page === "/about")!;
    const rps = median(r.results.map((x) => x.requestsPerSecond));
    const statuses = Object.entries(
      r.results.reduce<Record<string, number>>((acc, x) => {
        for (const [k, v] of Object.entries(x.statuses)) acc[k] = (acc[k] ?? 0) + v;
        return acc;
      }, {}),
    )
      .map(([k, v]) => `${k}×${v}`)
      .join(" ");
    return [
      `${r.page}${r.page === "/about" ? " (static)" : ""}`,
      r.label,
      fmt.n(rps),
      fmt.ms(median(r.results.map((x) => x.p50))),
      fmt.ms(median(r.results.map((x) => x.p95))),
      fmt.ms(median(r.results.map((x) => x.p99))),
      fmt.pct(rps / median(baseline.results.map((x) => x.requestsPerSecond))),
      String(r.results.reduce((n, x) => n + x.errors, 0)),
      statuses,
    ];
  });
  return [
    `Pages: ${connections} connections × ${seconds} s per run, ${runs} runs per page interleaved (medians); production build; database ${databaseName(owner)} (${fmt.n(observations)} observations). Machine: ${await machine(owner)}.`,
    "",
    table(["page", "query cache", "req/s", "p50 ms", "p95 ms", "p99 ms", "share of static req/s", "errors", "statuses"], tableRows),
  ].join("\n");
}

runWhenMain(import.meta.url, () => benchPages(options()));
