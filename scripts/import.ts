// npm run import -- <file>... [--format comtrade|dots|wits|wiiw|tidy|…] [--dry-run] [--vintage LABEL]
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { databaseUrl } from "../lib/env";
import { formatSummary, importFiles, ImportUsageError } from "../lib/import/pipeline";
import { PARSERS } from "../lib/import/registry";
import { ImportFileError } from "../lib/import/types";
import { vintageProblem } from "../lib/import/validate";

const usage = `usage: npm run import -- <file>... [--format FORMAT] [--dry-run] [--vintage LABEL]
formats:
${PARSERS.map((p) => `  ${p.format.padEnd(10)} ${p.description}`).join("\n")}
All files are imported in one transaction: any error leaves the database unchanged.`;

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

const vintage = args.values.vintage;
if (vintage !== undefined) {
  const problem = vintageProblem(vintage);
  if (problem) {
    console.error(`--vintage ${JSON.stringify(vintage.slice(0, 120))}${vintage.length > 120 ? "…" : ""}: ${problem}\n\n${usage}`);
    process.exit(2);
  }
}
const dryRun = args.values["dry-run"] ?? false;
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
  const summaries = await importFiles(args.positionals, {
    connectionString: databaseUrl(),
    format: args.values.format,
    dryRun,
    vintage,
    onProgress,
  });
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
