// npm run import -- <file>... [--format comtrade|dots|wits|wiiw|tidy|…] [--dry-run] [--vintage LABEL]
// Into DATABASE_URL, or with none set into the embedded PostgreSQL of `npm run dev` (scripts/lib/owner-database.ts).
import { parseArgs } from "node:util";
import v8 from "node:v8";
import cliProgress from "cli-progress";
import { formatSummary, importFiles, ImportUsageError } from "../lib/import/pipeline";
import { parseVintageOption, provenanceOverrides } from "../lib/import/provenance";
import { PARSERS } from "../lib/import/registry";
import { ImportFileError } from "../lib/import/types";
import { vintageProblem } from "../lib/import/validate";
import { withOwnerDatabase } from "./lib/owner-database";

// V8 sizes the old generation for the allocation rate (up to 4× what was live at the last full collection), and a
// large import's garbage filled it: at most 2× keeps a million-row import's peak RSS ~30 MB lower (223–229 MB against
// 249–256 MB); 1.5× saved another 15 MB but cost 0.3 s (docs/benchmarks.md). The importer's own process only.
v8.setFlagsFromString("--heap-growing-percent=100");
// V8 "pretenures" objects made where most survived a young-generation collection: the rows held while their series
// were inserted (the first rows of a large file) made every later row's record start in the old generation, where only
// full collections free it. Off for the importer: a million rows took 7.1 s instead of 8.3–9.1 (docs/benchmarks.md).
v8.setFlagsFromString("--no-allocation-site-pretenuring");

const usage = `usage: npm run import -- <file>... [--format FORMAT] [--dry-run] [--vintage DATE | "LABEL (DATE)"]
formats:
${PARSERS.map((p) => `  ${p.format.padEnd(10)} ${p.description}`).join("\n")}
Every value needs a dated vintage: from the file, --vintage (2025-06-01 or "2025 release (2025-06-01)"), or the
provenance list (prisma/seed-data/project/provenance.csv), which also ties the data pack's raw files to their source.
All files are imported in one transaction: any error leaves the database unchanged.
Database: DATABASE_URL, else the embedded PostgreSQL of \`npm run dev\` (.data/postgres), running or not.`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      vintage: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (args.values.help || args.positionals.length === 0) {
  console.error(usage);
  process.exit(args.values.help ? 0 : 2);
}

const dryRun = args.values["dry-run"] ?? false;
let vintage: { label: string; date: string } | undefined;
try {
  vintage = args.values.vintage === undefined ? undefined : parseVintageOption(args.values.vintage);
} catch (error) {
  console.error(`${(error as Error).message.slice(0, 300)}\n\n${usage}`);
  process.exit(2);
}
// The label is stored on every value (Observation.vintage): at most 100 characters of a plain form.
const vintageLabelProblem = vintage && vintageProblem(vintage.label);
if (vintage && vintageLabelProblem) {
  const shown = `${JSON.stringify(vintage.label.slice(0, 120))}${vintage.label.length > 120 ? "…" : ""}`;
  console.error(`--vintage ${shown}: ${vintageLabelProblem}\n\n${usage}`);
  process.exit(2);
}
let bar = null as cliProgress.SingleBar | null;
let barFile = "";
const startedAt = Date.now();
const onProgress = (file: string, read: number, total: number) => {
  // A bar only on a terminal, and only once a file has taken more than a second.
  if (!process.stderr.isTTY || Date.now() - startedAt < 1000) return;
  if (!bar || barFile !== file) {
    bar?.stop();
    barFile = file;
    bar = new cliProgress.SingleBar(
      { format: `${file} [{bar}] {percentage}% | {value}/{total} bytes | ETA {eta}s`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, read);
  }
  bar.update(read);
};

try {
  // A file the data pack holds goes to the pack's own Source, whoever imports it (one publication, one source).
  const sourceOverride = await provenanceOverrides(args.positionals);
  const summaries = await withOwnerDatabase(
    (connectionString) =>
      importFiles(args.positionals, {
        connectionString,
        format: args.values.format,
        dryRun,
        vintage: vintage?.label,
        vintageDate: vintage?.date,
        sourceOverride,
        onProgress,
      }),
    (line) => console.error(line),
  );
  bar?.stop();
  for (const s of summaries) {
    for (const reason of s.rejectedReasons) console.log(reason);
    if (s.revised > 0) console.log(`${s.file}: ${s.revised} earlier values kept in the history (ObservationRevision)`);
    if (s.rejected > s.rejectedReasons.length) console.log(`… and ${s.rejected - s.rejectedReasons.length} more skipped rows`);
    console.log(formatSummary(s, dryRun));
  }
  if (dryRun) console.log("dry run: nothing was written");
} catch (error) {
  bar?.stop();
  if (error instanceof ImportUsageError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof ImportFileError) {
    console.error(`${error.message}\nnothing was imported (the database is unchanged)`);
    process.exit(1);
  }
  console.error(`import failed: ${(error as Error).message}\nnothing was imported (the database is unchanged)`);
  process.exit(1);
}
