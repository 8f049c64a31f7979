// The seed: the data pack in prisma/seed-data loaded through the same importers users run. Idempotent: a second
// run reports 0 inserted, 0 updated.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatSummary, importFiles, type FileSummary } from "./pipeline";

const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/seed-data");

/** Order matters only for which file first defines a shared Source (first definition wins). */
export const SEED_FILES = [
  "tidy/trade_mirror.csv",
  "tidy/trade_by_product.csv",
  "tidy/investment.csv",
  "tidy/external_debt.csv",
  "tidy/discrepancy_notes.csv",
  "project/profile_figures.csv",
  "project/notes.csv",
].map((f) => path.join(SEED_DIR, f));

export interface SeedSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  files: FileSummary[];
}

export async function seedDatabase(connectionString: string, options: { log?: (line: string) => void } = {}): Promise<SeedSummary> {
  const files = await importFiles(SEED_FILES, { connectionString });
  const total: SeedSummary = { inserted: 0, updated: 0, unchanged: 0, rejected: 0, files };
  for (const f of files) {
    options.log?.(formatSummary({ ...f, file: path.relative(process.cwd(), f.file) }));
    total.inserted += f.observations.inserted + f.notes.inserted;
    total.updated += f.observations.updated + f.notes.updated;
    total.unchanged += f.observations.unchanged + f.notes.unchanged;
    total.rejected += f.rejected;
  }
  return total;
}
