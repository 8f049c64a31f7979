// npm run bench:mirror -- [--sizes 1M,10M,50M] [--runs 15] [--database URL] [--keep]
// The mirror page's queries at several table sizes: for each size the benchmark database is filled by
// bench/data.ts (unless --keep: measure what is there), then
//   - the mirror view of one pair and one HS chapter over 30 years (getMirrorView → loadMirrorDirection, the code the
//     page, /api/mirror and the mirror export run), end to end with the query cache off;
//   - every SQL statement those calls send, captured from the pg driver and re-run `runs` times (p50, p95);
//   - EXPLAIN (ANALYZE, BUFFERS) of each statement, written to bench-out/mirror-plans-<rows>.txt.
// The other queries of the mirror page (pairs list, chapter years, chapters of a year) are measured the same way.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { generate } from "./data.ts";
import {
  benchUrl,
  fmt,
  machine,
  median,
  observationCount,
  OUT_DIR,
  options,
  parseCount,
  percentile,
  say,
  table,
  withClient,
  runWhenMain,
} from "./lib.ts";

interface Captured {
  text: string;
  values: unknown[];
}

/** Records the SQL the pg driver sends while fn runs (the app's queries go through pg, via Prisma's adapter). */
async function capture<T>(fn: () => Promise<T>): Promise<{ result: T; queries: Captured[] }> {
  const queries: Captured[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; values?: unknown[] };
    const text = typeof first === "string" ? first : first?.text;
    const values = (typeof first === "string" ? args[1] : first?.values) as unknown[] | undefined;
    if (text && !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW|DEALLOCATE)\b/i.test(text)) queries.push({ text, values: values ?? [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await fn(), queries };
  } finally {
    pg.Client.prototype.query = original;
  }
}

interface Timing {
  label: string;
  p50: number;
  p95: number;
  rows: number;
}

async function timeSql(client: pg.Client, q: Captured, runs: number): Promise<{ p50: number; p95: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  await client.query(q.text, q.values); // warm
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await client.query(q.text, q.values);
    times.push(performance.now() - t);
    rows = r.rowCount ?? r.rows.length;
  }
  return { p50: median(times), p95: percentile(times, 95), rows };
}

async function timeCall(fn: () => Promise<unknown>, runs: number): Promise<{ p50: number; p95: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { p50: median(times), p95: percentile(times, 95) };
}

function shortSql(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 90);
}

export async function benchMirrorAt(url: string, runs: number, plansFile: string): Promise<{ rows: number; timings: Timing[] }> {
  process.env.DATABASE_URL = url;
  process.env.WEB_DATABASE_URL = url;
  process.env.MONITOR_CACHE = "off";
  const { getMirrorView } = await import("../lib/mirror/get-mirror-view.ts");
  const { parseMirrorQuery } = await import("../lib/mirror/params.ts");
  const mirror = await import("../lib/mirror/queries.ts");
  const rows = await observationCount(url);

  const calls: [string, () => Promise<unknown>][] = [
    [
      "mirror view CHN→KAZ HS 72, 30 years (getMirrorView)",
      () => getMirrorView(parseMirrorQuery(new URLSearchParams("exporter=CHN&importer=KAZ&hs=72"))),
    ],
    ["mirror view CHN→KAZ total (getMirrorView)", () => getMirrorView(parseMirrorQuery(new URLSearchParams("exporter=CHN&importer=KAZ")))],
    ["chapter years of the pair (chapterYears)", () => mirror.chapterYears("CHN", "KAZ")],
    ["chapters of one year (loadChapters)", () => mirror.loadChapters("CHN", "KAZ", 2010)],
    ["pairs with both totals (listMirrorPairs)", () => mirror.listMirrorPairs()],
  ];
  const timings: Timing[] = [];
  const plans: string[] = [`# Mirror queries at ${fmt.n(rows)} observations (${new Date().toISOString()})\n`];
  await withClient(url, async (client) => {
    for (const [label, fn] of calls) {
      const { queries } = await capture(fn);
      const end = await timeCall(fn, runs);
      timings.push({ label: `${label}: end to end`, ...end, rows: NaN });
      for (const q of queries) {
        const t = await timeSql(client, q, runs);
        timings.push({ label: `  SQL ${shortSql(q.text)}`, ...t });
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
        plans.push(
          `## ${label}\n\n${q.text.replace(/\s+/g, " ").trim()}\n\nparameters: ${JSON.stringify(q.values).slice(0, 300)}\n\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}\n`,
        );
      }
    }
  });
  const { db } = await import("../lib/db/client.ts");
  await db().$disconnect();
  (globalThis as { prisma?: unknown }).prisma = undefined;
  await writeFile(plansFile, plans.join("\n"));
  return { rows, timings };
}

export async function benchMirror(opts: Map<string, string>): Promise<string> {
  const url = benchUrl(opts);
  const runs = Number(opts.get("runs") ?? 15);
  const sizes = opts.get("keep") === "true" ? [null] : (opts.get("sizes") ?? "1M,10M").split(",").map(parseCount);
  await mkdir(OUT_DIR, { recursive: true });
  const sections: string[] = [];
  for (const size of sizes) {
    if (size !== null) await generate(url, size);
    const rows = await observationCount(url);
    const plansFile = path.join(OUT_DIR, `mirror-plans-${rows}.txt`);
    const { timings } = await benchMirrorAt(url, runs, plansFile);
    say(`plans in ${plansFile}`);
    sections.push(
      `Mirror queries at ${fmt.n(rows)} observations (p50/p95 of ${runs} runs, query cache off; plans: ${path.relative(process.cwd(), plansFile)}):`,
      "",
      table(
        ["query", "p50 ms", "p95 ms", "rows"],
        timings.map((t) => [t.label, fmt.ms(t.p50), fmt.ms(t.p95), Number.isNaN(t.rows) ? "" : String(t.rows)]),
      ),
      "",
    );
  }
  return [`Machine: ${await machine(url)}.`, "", ...sections].join("\n");
}

runWhenMain(import.meta.url, () => benchMirror(options()));
