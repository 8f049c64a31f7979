// npm run bench:export -- [--rows 1M] [--runs 3] [--database URL]
// CSV export of ~1 M observations through the app (`/api/export?group=hs-chapters&from&to&all=1` on `next start`)
// next to `psql \copy (the same SELECT) to stdout with csv`, in the same run: MB/s and rows/s medians, their ratio,
// and the next-server process's memory (VmRSS before, VmHWM after: the export must stream, not buffer).
// Uses the benchmark database (npm run bench:data); picks the year range that holds about --rows chapter values.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { exportSql } from "../lib/export/observations.ts";
import {
  benchUrl,
  databaseName,
  fmt,
  machine,
  median,
  memoryOf,
  OUT_DIR,
  options,
  parseCount,
  ROOT,
  say,
  startNext,
  table,
  withClient,
  runWhenMain,
} from "./lib.ts";
import { seededDatabase } from "./pages.ts";

async function download(url: string): Promise<{ bytes: number; seconds: number; status: number; lines: number }> {
  const t = performance.now();
  const res = await fetch(url);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { bytes, seconds: (performance.now() - t) / 1000, status: res.status, lines };
}

function psqlCopy(url: string, sqlFile: string): Promise<{ bytes: number; seconds: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", sqlFile], { stdio: ["ignore", "pipe", "pipe"] });
    let bytes = 0;
    let lines = 0;
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) =>
      code === 0 ? resolve({ bytes, seconds: (performance.now() - t) / 1000, lines }) : reject(new Error(`psql failed (${code}): ${err}`)),
    );
  });
}

/** Inlines $n parameters as literals, for psql. */
function inline(text: string, values: unknown[]): string {
  const literal = (v: unknown): string => {
    if (Array.isArray(v))
      return `${pg.Client.prototype.escapeLiteral(`{${v.map((x) => `"${String(x).replace(/["\\]/g, "\\$&")}"`).join(",")}}`)}`;
    if (typeof v === "number") return String(v);
    return pg.Client.prototype.escapeLiteral(String(v));
  };
  return text.replace(/\$(\d+)/g, (_, n: string) => literal(values[Number(n) - 1]));
}

export async function benchExport(opts: Map<string, string>): Promise<string> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("no production build in .next: run `npm run build` first");
  const target = parseCount(opts.get("rows") ?? "1M");
  const runs = Number(opts.get("runs") ?? 3);
  const url = benchUrl(opts);
  const { web } = await seededDatabase(url).catch(async () => ({ web: url }));

  // Year range holding about `target` chapter values (all sources), from the latest year back.
  const { codes, from, to, expected } = await withClient(url, async (c) => {
    const codes = (await c.query<{ code: string }>(`SELECT code FROM "Series" WHERE "productLevel" = 2 ORDER BY code`)).rows.map(
      (r) => r.code,
    );
    const perYear = (
      await c.query<{ year: number; n: string }>(
        `SELECT o.year, count(*) AS n FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" WHERE s."productLevel" = 2 AND o.frequency = 'A' GROUP BY o.year ORDER BY o.year DESC`,
      )
    ).rows;
    let n = 0;
    let from = perYear[0]?.year ?? 2024;
    for (const r of perYear) {
      if (n >= target) break;
      n += Number(r.n);
      from = r.year;
    }
    return { codes, from, to: perYear[0]?.year ?? 2024, expected: n };
  });
  say(`exporting ${fmt.n(expected)} observations of ${fmt.n(codes.length)} chapter series, ${from}–${to}`);
  const { text, values } = exportSql({ codes, from, to, all: true });
  await mkdir(OUT_DIR, { recursive: true });
  const sqlFile = path.join(OUT_DIR, "export-copy.sql");
  await writeFile(sqlFile, `\\copy (${inline(text, values).replace(/\s+/g, " ")}) to stdout with (format csv, header)\n`);

  const server = await startNext({ DATABASE_URL: url, WEB_DATABASE_URL: web });
  const apiUrl = `${server.url}/api/export?group=hs-chapters&from=${from}&to=${to}&all=1&format=csv`;
  const app: { bytes: number; seconds: number; lines: number }[] = [];
  const copy: { bytes: number; seconds: number; lines: number }[] = [];
  let rssBefore = 0;
  let hwmAfter = 0;
  const samples: number[] = [];
  try {
    // Warm-up with a small export, so memory growth below is the big export's own.
    await download(`${server.url}/api/export?series=${codes[0]}&all=1`);
    rssBefore = (await memoryOf(server.serverPid))?.rss ?? NaN;
    for (let i = 0; i < runs; i++) {
      const sampler = setInterval(() => void memoryOf(server.serverPid).then((m) => m && samples.push(m.rss)), 250);
      const a = await download(apiUrl);
      clearInterval(sampler);
      if (a.status !== 200) throw new Error(`export answered ${a.status}`);
      app.push(a);
      say(`  app run ${i + 1}: ${fmt.mb(a.bytes)} MB, ${fmt.n(a.lines - 1)} rows in ${a.seconds.toFixed(1)} s`);
      const c = await psqlCopy(url, sqlFile);
      copy.push(c);
      say(`  psql run ${i + 1}: ${fmt.mb(c.bytes)} MB, ${fmt.n(c.lines - 1)} rows in ${c.seconds.toFixed(1)} s`);
    }
    hwmAfter = (await memoryOf(server.serverPid))?.hwm ?? NaN;
  } finally {
    await server.stop();
  }
  const appS = median(app.map((r) => r.seconds));
  const copyS = median(copy.map((r) => r.seconds));
  const appMBs = app[0]!.bytes / 1048576 / appS;
  const copyMBs = copy[0]!.bytes / 1048576 / copyS;
  return [
    `CSV export: ${fmt.n(app[0]!.lines - 1)} observations (${fmt.n(codes.length)} HS-chapter series, ${from}–${to}, all sources), database ${databaseName(url)}; median of ${runs} runs. Machine: ${await machine(url)}.`,
    "",
    table(
      ["exporter", "MB", "median s", "MB/s", "rows/s", "share of COPY MB/s"],
      [
        [
          "GET /api/export?group=hs-chapters&…&all=1 (next start)",
          fmt.mb(app[0]!.bytes),
          fmt.n(appS, 1),
          fmt.n(appMBs, 1),
          fmt.n((app[0]!.lines - 1) / appS),
          fmt.pct(appMBs / copyMBs),
        ],
        [
          "psql \\copy (same SELECT) to stdout with csv",
          fmt.mb(copy[0]!.bytes),
          fmt.n(copyS, 1),
          fmt.n(copyMBs, 1),
          fmt.n((copy[0]!.lines - 1) / copyS),
          "100 %",
        ],
      ],
    ),
    "",
    `next-server memory: VmRSS ${fmt.mb(rssBefore)} MB before the exports, highest VmRSS sampled during them ${fmt.mb(Math.max(...samples))} MB, VmHWM ${fmt.mb(hwmAfter)} MB after — growth ${fmt.mb(hwmAfter - rssBefore)} MB (target < 100 MB).`,
  ].join("\n");
}

runWhenMain(import.meta.url, () => benchExport(options()));
