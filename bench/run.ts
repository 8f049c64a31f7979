// npm run bench -- [--sizes 1M,10M[,50M]] [--skip data,export,import,pages,figure,mirror] [--database URL]
// Every benchmark in one run, in an order that reuses data: the 1 M-row benchmark database (bench/data.ts), the CSV
// export on it, the importer, the pages, the figures, then the mirror queries at each size (reloading the database). Prints each
// table and writes them all to bench-out/report-<date>.md. Numbers only: nothing here passes or fails on time.
// Needs a production build for pages and export (`npm run build`).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "./data.ts";
import { benchExport } from "./export.ts";
import { benchFigure } from "./figure.ts";
import { benchImport } from "./import.ts";
import { benchUrl, machine, OUT_DIR, options, say } from "./lib.ts";
import { benchMirror } from "./mirror.ts";
import { benchPages } from "./pages.ts";

const opts = options();
const skip = new Set((opts.get("skip") ?? "").split(",").filter(Boolean));
const url = benchUrl(opts);
const sections: string[] = [`# Benchmarks, ${new Date().toISOString()}`, "", `Machine: ${await machine(url)}`, ""];
const section = (title: string, body: string) => {
  console.log(`\n## ${title}\n\n${body}\n`);
  sections.push(`## ${title}`, "", body, "");
};

if (!skip.has("data")) {
  const r = await generate(url, 1_000_000);
  section(
    "Synthetic data (npm run bench:data -- --rows 1M)",
    `${r.rows.toLocaleString("en-US")} rows: COPY ${r.copySeconds.toFixed(1)} s (${Math.round(r.rows / r.copySeconds).toLocaleString("en-US")} rows/s), indexes and constraints ${r.indexSeconds.toFixed(1)} s, ${r.totalSeconds.toFixed(1)} s in all.`,
  );
}
if (!skip.has("export")) section("CSV export (npm run bench:export)", await benchExport(opts));
if (!skip.has("import")) section("Import (npm run bench:import)", await benchImport(opts));
if (!skip.has("pages")) section("Pages (npm run bench:pages)", await benchPages(opts));
if (!skip.has("figure")) section("Figures (npm run bench:figure)", await benchFigure(opts));
if (!skip.has("mirror"))
  section("Mirror queries (npm run bench:mirror)", await benchMirror(new Map([...opts, ["sizes", opts.get("sizes") ?? "1M,10M"]])));

await mkdir(OUT_DIR, { recursive: true });
const file = path.join(OUT_DIR, `report-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.md`);
await writeFile(file, sections.join("\n"));
say(`report written to ${path.relative(process.cwd(), file)}`);
process.exit(0);
