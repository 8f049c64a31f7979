// npm run bench:import -- [--rows 1M[,10M]] [--runs 3] [--database URL]
// A synthetic UN Comtrade Plus "data" CSV (the real 47-column header, every non-empty field quoted, trailing comma;
// reporters × partners × flows × HS chapters × years), imported by the real importer (`scripts/import.ts`, as
// `npm run import -- file` runs it) into an emptied benchmark database, next to PostgreSQL's own
// `COPY … FROM STDIN (FORMAT csv)` of the same file into a staging table of text columns, in the same run.
// Prints medians and the importer's share of COPY's rows/s, the importer's peak RSS (/usr/bin/time -v) and its growth
// over the peak RSS of the same command importing a one-row file, and the load average before and after.
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { COMTRADE_COLUMNS } from "../lib/import/parsers/comtrade.ts";
import {
  ensureBenchDatabase,
  fmt,
  machine,
  median,
  OUT_DIR,
  options,
  parseCount,
  ROOT,
  say,
  table,
  withClient,
  runWhenMain,
} from "./lib.ts";

const REPORTERS: [string, string, string][] = [
  ["156", "CHN", "China"],
  ["398", "KAZ", "Kazakhstan"],
  ["643", "RUS", "Russian Federation"],
  ["417", "KGZ", "Kyrgyzstan"],
  ["860", "UZB", "Uzbekistan"],
  ["842", "USA", "USA"],
  ["276", "DEU", "Germany"],
  ["792", "TUR", "Türkiye"],
  ["410", "KOR", "Rep. of Korea"],
  ["392", "JPN", "Japan"],
  ["699", "IND", "India"],
  ["380", "ITA", "Italy"],
  ["251", "FRA", "France"],
  ["528", "NLD", "Netherlands"],
  ["826", "GBR", "United Kingdom"],
  ["616", "POL", "Poland"],
  ["112", "BLR", "Belarus"],
  ["804", "UKR", "Ukraine"],
  ["762", "TJK", "Tajikistan"],
  ["795", "TKM", "Turkmenistan"],
];
// Added after the first 20 (their pairs come after every pair of the first 20, so a 1 M-row file is the same as before).
const MORE_REPORTERS: [string, string, string][] = [
  ["032", "ARG", "Argentina"],
  ["036", "AUS", "Australia"],
  ["040", "AUT", "Austria"],
  ["056", "BEL", "Belgium"],
  ["076", "BRA", "Brazil"],
  ["124", "CAN", "Canada"],
  ["152", "CHL", "Chile"],
  ["203", "CZE", "Czechia"],
  ["208", "DNK", "Denmark"],
  ["246", "FIN", "Finland"],
  ["300", "GRC", "Greece"],
  ["348", "HUN", "Hungary"],
  ["360", "IDN", "Indonesia"],
  ["364", "IRN", "Iran"],
  ["372", "IRL", "Ireland"],
  ["376", "ISR", "Israel"],
  ["458", "MYS", "Malaysia"],
  ["484", "MEX", "Mexico"],
  ["554", "NZL", "New Zealand"],
  ["579", "NOR", "Norway"],
  ["586", "PAK", "Pakistan"],
  ["608", "PHL", "Philippines"],
  ["620", "PRT", "Portugal"],
  ["642", "ROU", "Romania"],
  ["682", "SAU", "Saudi Arabia"],
  ["702", "SGP", "Singapore"],
  ["710", "ZAF", "South Africa"],
  ["724", "ESP", "Spain"],
  ["752", "SWE", "Sweden"],
  ["757", "CHE", "Switzerland"],
  ["764", "THA", "Thailand"],
  ["784", "ARE", "United Arab Emirates"],
  ["704", "VNM", "Viet Nam"],
];
const CHAPTERS = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, "0")).filter((c) => c !== "77");

/** Writes `rows` data lines (plus the header) in Comtrade Plus's layout. */
export async function writeComtradeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const q = (v: string | number) => `"${v}"`;
  out.write(`${COMTRADE_COLUMNS.join(",")}\n`);
  let n = 0;
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let chunk = "";
  const all = [...REPORTERS, ...MORE_REPORTERS];
  // Pass 0: pairs of the first 20 reporters (2.19 M rows over 30 years); pass 1: every pair involving one of the others.
  const pairs = [0, 1].flatMap((pass) =>
    all.flatMap((r, i) =>
      all
        .filter(
          (p, j) => p !== r && (pass === 0 ? i < REPORTERS.length && j < REPORTERS.length : i >= REPORTERS.length || j >= REPORTERS.length),
        )
        .map((p) => [pass, r, p] as const),
    ),
  );
  outer: for (const pass of [0, 1]) {
    for (let year = 1995; year <= 2024; year++) {
      for (const [pairPass, [rCode, rIso, rDesc], [pCode, pIso, pDesc]] of pairs) {
        if (pairPass !== pass) continue;
        for (const [flowCode, flowDesc] of [
          ["M", "Import"],
          ["X", "Export"],
        ] as const) {
          for (const cmd of CHAPTERS) {
            if (n++ >= rows) break outer;
            const value = Math.round(
              Math.exp(Math.log(5e6) + 2 * Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random())),
            );
            const weight = Math.round(value / (1 + 10 * random()));
            chunk +=
              [
                q("C"),
                q("A"),
                q(`${year}0101`),
                q(year),
                q(52),
                q(year),
                q(rCode),
                q(rIso),
                q(rDesc),
                q(flowCode),
                q(flowDesc),
                q(pCode),
                q(pIso),
                q(pDesc),
                q(0),
                q("W00"),
                q("World"),
                q("H4"),
                q("HS"),
                q("true"),
                q(cmd),
                q(`Chapter ${cmd}, goods of the synthetic benchmark, n.e.s. or not`),
                q(2),
                q("false"),
                q("C00"),
                q("TOTAL CPC"),
                q(0),
                q(0),
                q("TOTAL MOT"),
                q(8),
                q("kg"),
                "",
                q("false"),
                q(-1),
                q("N/A"),
                "",
                q("false"),
                q(weight),
                q("false"),
                "",
                q("false"),
                flowCode === "M" ? q(value) : "",
                flowCode === "X" ? q(value) : "",
                q(value),
                q(0),
                q("true"),
                q("false"),
              ].join(",") + ",\n";
            if (chunk.length > 1 << 20) {
              if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
              chunk = "";
            }
          }
        }
      }
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  if (n - 1 < rows) say(`note: the generator's grid holds ${n - 1} rows; wrote that many`);
}

interface Timed {
  seconds: number;
  peakRssBytes?: number;
  output?: string;
}

function runImporter(url: string, file: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    // What `npm run import -- file` runs (tsx scripts/import.ts), under /usr/bin/time -v for the peak RSS.
    const child = spawn(
      "/usr/bin/time",
      [
        "-v",
        process.execPath,
        "--import",
        "tsx",
        path.join(ROOT, "scripts/import.ts"),
        file,
        "--vintage",
        "synthetic benchmark (2026-01-01)",
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => {
      const seconds = (performance.now() - t) / 1000;
      if (code !== 0) return reject(new Error(`import failed (${code}):\n${out}\n${err.slice(-3000)}`));
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      resolve({ seconds, peakRssBytes: kb * 1024, output: out.trim() });
    });
  });
}

async function resetData(url: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(
      `TRUNCATE "ObservationRevision", "Observation", "Series", "Source", "Note", "ImportRun", "DataVersionLog" RESTART IDENTITY CASCADE`,
    );
    await c.query(`UPDATE "DataVersion" SET version = 0`);
  });
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

async function copyStaging(url: string, file: string): Promise<Timed> {
  return withClient(url, async (c) => {
    const cols = [...COMTRADE_COLUMNS, "trailing"].map((n) => `"${n}" text`).join(", ");
    await c.query(`DROP TABLE IF EXISTS bench_comtrade_staging`);
    await c.query(`CREATE TABLE bench_comtrade_staging (${cols})`);
    const t = performance.now();
    await pipeline(createReadStream(file), c.query(copyFrom(`COPY bench_comtrade_staging FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const seconds = (performance.now() - t) / 1000;
    await c.query(`DROP TABLE bench_comtrade_staging`);
    return { seconds };
  });
}

export async function benchImport(opts: Map<string, string>): Promise<string> {
  const sizes = (opts.get("rows") ?? "1M").split(",").map(parseCount);
  const runs = Number(opts.get("runs") ?? 3);
  // Its own database, emptied before every run: the import is measured into an empty schema each time.
  const url = opts.get("database") ?? process.env.BENCH_IMPORT_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/monitor_bench_import";
  if (!/bench/.test(new URL(url).pathname)) throw new Error("the import benchmark database must have 'bench' in its name");
  await ensureBenchDatabase(url);
  await mkdir(OUT_DIR, { recursive: true });

  // The importer's own footprint: the same command importing a one-row file.
  const tiny = await benchFile(1);
  await resetData(url);
  const baseline = await runImporter(url, tiny);
  say(`baseline: the importer on a one-row file peaks at ${fmt.mb(baseline.peakRssBytes!)} MB RSS`);

  const out = [`Machine: ${await machine(url)}.`, ""];
  const rows: string[][] = [];
  for (const size of sizes) {
    const file = await benchFile(size);
    const bytes = (await stat(file)).size;
    say(`file: ${fmt.n(size)} rows, ${fmt.mb(bytes)} MB; ${runs} run(s) each, alternating; load average ${load()}`);
    const loadBefore = load();
    const imports: Timed[] = [];
    const copies: Timed[] = [];
    for (let i = 0; i < runs; i++) {
      await resetData(url);
      const imp = await runImporter(url, file);
      imports.push(imp);
      say(
        `  import run ${i + 1}: ${imp.seconds.toFixed(1)} s, peak RSS ${fmt.mb(imp.peakRssBytes!)} MB — ${imp.output?.split("\n").at(-1)}`,
      );
      const copy = await copyStaging(url, file);
      copies.push(copy);
      say(`  COPY run ${i + 1}: ${copy.seconds.toFixed(1)} s`);
    }
    await resetData(url);
    const impS = median(imports.map((r) => r.seconds));
    const copyS = median(copies.map((r) => r.seconds));
    const peak = median(imports.map((r) => r.peakRssBytes!));
    const mbs = (s: number) => fmt.n(bytes / 1048576 / s, 1);
    rows.push(
      [
        `npm run import (one transaction)`,
        fmt.n(size),
        fmt.n(impS, 1),
        fmt.n(size / impS),
        mbs(impS),
        fmt.mb(peak),
        fmt.mb(peak - baseline.peakRssBytes!),
        fmt.pct(copyS / impS),
        `${loadBefore} → ${load()}`,
      ],
      [`COPY into a text staging table`, fmt.n(size), fmt.n(copyS, 1), fmt.n(size / copyS), mbs(copyS), "–", "–", "100 %", ""],
    );
  }
  out.push(
    `Import of a synthetic UN Comtrade Plus CSV, median of ${runs} run(s) per size; RSS growth is over the importer's peak on a one-row file (${fmt.mb(baseline.peakRssBytes!)} MB).`,
    "",
    table(
      ["loader", "rows", "median s", "rows/s", "MB/s", "peak RSS MB", "RSS growth MB", "share of COPY", "load average (1, 5, 15 min)"],
      rows,
    ),
  );
  return out.join("\n");
}

/** The benchmark file of `rows` rows (written once, kept in bench-out/). */
async function benchFile(rows: number): Promise<string> {
  const file = path.join(OUT_DIR, `comtrade-${rows}.csv`);
  if (!existsSync(file)) {
    const t = performance.now();
    say(`writing ${path.relative(ROOT, file)} (${fmt.n(rows)} rows)…`);
    await writeComtradeCsv(file, rows);
    say(`  written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return file;
}

runWhenMain(import.meta.url, () => benchImport(options()));
