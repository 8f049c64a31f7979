// The seed: the data pack in prisma/seed-data loaded through the same importers users run. Idempotent: a second
// run reports 0 inserted, 0 updated.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatSummary, importFiles, type FileSummary } from "./pipeline";

const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/seed-data");

const seedPath = (f: string) => path.join(SEED_DIR, f);

/**
 * Raw publisher files loaded through their own parsers, each tied to the provenance in raw/SOURCES.txt so that
 * its values land on the same Source as the data pack's transcription of it (equal values: "unchanged").
 * They add what the transcription left out: every DOTS partner of China and Kazakhstan, every wiiw partner.
 * (The WITS API and WITS xlsx files are transcribed rounded to whole dollars, so they stay transcription-only;
 * the .dta files have no JavaScript reader: see README.)
 */
const RAW_SOURCES: Record<string, { key: string; vintage?: string }> = {
  "raw/DOTS_103.xlsx": {
    key: "github:SamLeBlanc/Direction-of-Trade-Map@a769819d9b25a21a362d6cabfb10f150903f834d:data/DOTS/DOTS_103.xlsx",
    vintage: "2021/22 vintage",
  },
  "raw/DOTS_40.xlsx": {
    key: "github:SamLeBlanc/Direction-of-Trade-Map@a769819d9b25a21a362d6cabfb10f150903f834d:data/DOTS/DOTS_40.xlsx",
    vintage: "2021/22 vintage",
  },
  "raw/comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv": {
    key: "github:omirbeknikar-ship-it/dissertation-final@1078ec9feac9ecf46b92636cfb833cd9e80bad23:Collected_Raw_Data/raw_downloads/comtrade_chn_reporter.csv",
  },
  "raw/comtrade_kaz_reporter__EXCERPT_2014_partner_CHN.csv": {
    key: "github:omirbeknikar-ship-it/dissertation-final@1078ec9feac9ecf46b92636cfb833cd9e80bad23:Collected_Raw_Data/raw_downloads/comtrade_kaz_reporter.csv",
  },
  "raw/wiiw_partners.csv": { key: "github:dfshapir/kazakhstan_ipe@e07b99d70b2077a4d3df1e8780913692563d1e84:wiiw_partners.csv" },
  "raw/china_imports_from_world_reference_2015_2024_wits.csv": {
    key: "github:AkshatSharma03/KazPaper-data-analysis@40ce7d4bf3ec4a98d022e97ff1ae56a9b45b479a:data/wits_raw/china_imports_from_world_reference_2015_2024_wits.csv",
  },
};

/** Order matters only for which file first defines a shared Source or annotation (first definition wins). */
export const SEED_FILES = [
  "tidy/trade_mirror.csv",
  "tidy/trade_by_product.csv",
  "tidy/investment.csv",
  "tidy/external_debt.csv",
  "tidy/discrepancy_notes.csv",
  "project/profile_figures.csv",
  "project/notes.csv",
  ...Object.keys(RAW_SOURCES),
].map(seedPath);

const SOURCE_OVERRIDE = Object.fromEntries(Object.entries(RAW_SOURCES).map(([f, s]) => [seedPath(f), { ...s, location: s.key }]));

export interface SeedSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  files: FileSummary[];
}

export async function seedDatabase(connectionString: string, options: { log?: (line: string) => void } = {}): Promise<SeedSummary> {
  const files = await importFiles(SEED_FILES, { connectionString, sourceOverride: SOURCE_OVERRIDE });
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
