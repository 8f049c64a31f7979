// npm run bench:import -- [--rows 1M] [--runs 3] [--database URL]
// A synthetic UN Comtrade Plus "data" CSV (the real 47-column header, every non-empty field quoted, trailing comma;
// reporters × partners × flows × HS chapters × years), imported by the real importer (`scripts/import.ts`, as
// `npm run import -- file` runs it) into an emptied benchmark database, next to PostgreSQL's own
// `COPY … FROM STDIN (FORMAT csv)` of the same file into a staging table of text columns, in the same run.
// Prints medians and the importer's share of COPY's rows/s, and the importer's peak RSS (/usr/bin/time -v).
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
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
  outer: for (let year = 1995; year <= 2024; year++) {
    for (const [rCode, rIso, rDesc] of REPORTERS) {
      for (const [pCode, pIso, pDesc] of REPORTERS) {
        if (rIso === pIso) continue;
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
    const child = spawn("/usr/bin/time", ["-v", process.execPath, "--import", "tsx", path.join(ROOT, "scripts/import.ts"), file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
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
  await withClient(url, (c) => c.query(`TRUNCATE "Observation", "Series", "Source", "Note", "ImportRun" RESTART IDENTITY CASCADE`));
}

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
  const rows = parseCount(opts.get("rows") ?? "1M");
  const runs = Number(opts.get("runs") ?? 3);
  // Its own database, emptied before every run: the import is measured into an empty schema each time.
  const url = opts.get("database") ?? process.env.BENCH_IMPORT_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/monitor_bench_import";
  if (!/bench/.test(new URL(url).pathname)) throw new Error("the import benchmark database must have 'bench' in its name");
  await ensureBenchDatabase(url);
  await mkdir(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `comtrade-${rows}.csv`);
  if (!existsSync(file)) {
    const t = performance.now();
    say(`writing ${path.relative(ROOT, file)} (${fmt.n(rows)} rows)…`);
    await writeComtradeCsv(file, rows);
    say(`  written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const bytes = (await stat(file)).size;
  say(`file: ${fmt.n(rows)} rows, ${fmt.mb(bytes)} MB; ${runs} runs each, alternating`);

  const imports: Timed[] = [];
  const copies: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    await resetData(url);
    const imp = await runImporter(url, file);
    imports.push(imp);
    say(`  import run ${i + 1}: ${imp.seconds.toFixed(1)} s, peak RSS ${fmt.mb(imp.peakRssBytes!)} MB — ${imp.output?.split("\n").at(-1)}`);
    const copy = await copyStaging(url, file);
    copies.push(copy);
    say(`  COPY run ${i + 1}: ${copy.seconds.toFixed(1)} s`);
  }
  await resetData(url);
  const impS = median(imports.map((r) => r.seconds));
  const copyS = median(copies.map((r) => r.seconds));
  const result = [
    `Import of a synthetic UN Comtrade Plus CSV: ${fmt.n(rows)} rows, ${fmt.mb(bytes)} MB; median of ${runs} runs. Machine: ${await machine(url)}.`,
    "",
    table(
      ["loader", "median s", "rows/s", "MB/s", "peak RSS MB", "share of COPY"],
      [
        [
          "npm run import (parse, validate, stage, upsert, one transaction)",
          fmt.n(impS, 1),
          fmt.n(rows / impS),
          fmt.n(bytes / 1048576 / impS, 1),
          fmt.mb(median(imports.map((r) => r.peakRssBytes!))),
          fmt.pct(copyS / impS),
        ],
        [
          "COPY … FROM STDIN (FORMAT csv) into a text staging table",
          fmt.n(copyS, 1),
          fmt.n(rows / copyS),
          fmt.n(bytes / 1048576 / copyS, 1),
          "–",
          "100 %",
        ],
      ],
    ),
  ].join("\n");
  return result;
}

runWhenMain(import.meta.url, () => benchImport(options()));
