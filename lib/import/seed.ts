// The seed: the data pack in prisma/seed-data loaded through the same importers users run. Idempotent: a second
// run reports 0 inserted, 0 updated. Raw files are tied to their Source by the provenance list
// (prisma/seed-data/project/provenance.csv, matched by SHA-256): `npm run import` of the same file finds the same
// Source, so one publication is one source whoever imports it.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatSummary, importFiles, type FileSummary } from "./pipeline";
import { provenanceOverrides } from "./provenance";

const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/seed-data");

const seedPath = (f: string) => path.join(SEED_DIR, f);

/**
 * Raw publisher files loaded through their own parsers. Those the pack also transcribes (DOTS, Comtrade, wiiw) meet
 * the transcription on the same Source (equal values: "unchanged") and add what it left out: every DOTS partner of
 * China and Kazakhstan, every wiiw partner. The reference files (CPI-U, FX, AidData) exist only raw.
 */
const RAW_FILES = [
  "raw/DOTS_103.xlsx",
  "raw/DOTS_40.xlsx",
  "raw/comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv",
  "raw/comtrade_kaz_reporter__EXCERPT_2014_partner_CHN.csv",
  "raw/wiiw_partners.csv",
  "raw/china_imports_from_world_reference_2015_2024_wits.csv",
  "raw/us_cpi_u_monthly_bls.csv",
  "raw/fx_annual_federal_reserve.csv",
  "raw/aiddata_gcdf3_china_official_finance_to_kazakhstan_2000_2021.csv",
];

/** Files of the pack the seed does not load, and why (printed by `npm run db:seed`, stated in the README). */
export const SEED_SKIPS: Record<string, string> = {
  "raw/wits_total_trade_kazakhstan_china.csv":
    "its figures are loaded from tidy/trade_mirror.csv, which transcribes them rounded to whole dollars; loading the file too would replace them with the unrounded values on every run (one publication, one source)",
  "raw/Kazakhstan China Data.xlsx":
    "same as the WITS API file: its figures are loaded, rounded to whole dollars, from tidy/trade_mirror.csv",
  "raw/kazakhstan_*_wits.dta (4 files)":
    "Stata .dta has no maintained JavaScript reader (README); their figures are loaded, summed to HS chapters, from tidy/trade_by_product.csv",
  "tidy/trade_mirror_headline.csv":
    "a convenience pick from trade_mirror.csv (every value is loaded from there; the headline rule picks its own)",
  "tidy/discrepancy_computed.csv":
    "gaps computed from stored values; the mirror maths computes them itself (lib/mirror/datapack.test.ts checks every row)",
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
  "project/notes_translations.csv",
  ...RAW_FILES,
].map(seedPath);

export interface SeedSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  files: FileSummary[];
}

export async function seedDatabase(connectionString: string, options: { log?: (line: string) => void } = {}): Promise<SeedSummary> {
  const overrides = await provenanceOverrides(SEED_FILES);
  const missing = RAW_FILES.map(seedPath).filter((f) => !overrides[f]);
  if (missing.length)
    throw new Error(`raw files without an entry in prisma/seed-data/project/provenance.csv (or changed bytes): ${missing.join(", ")}`);
  const files = await importFiles(SEED_FILES, { connectionString, sourceOverride: overrides });
  const total: SeedSummary = { inserted: 0, updated: 0, unchanged: 0, rejected: 0, files };
  for (const f of files) {
    options.log?.(formatSummary({ ...f, file: path.relative(process.cwd(), f.file) }));
    const shown = path.relative(process.cwd(), f.file);
    for (const reason of f.rejectedReasons)
      options.log?.(`    ${reason.startsWith(f.file) ? shown + reason.slice(f.file.length) : reason}`);
    if (f.rejected > f.rejectedReasons.length)
      options.log?.(`    … and ${f.rejected - f.rejectedReasons.length} more skipped rows (the importer lists the first 20 of a file)`);
    total.inserted += f.observations.inserted + f.notes.inserted + f.translations.inserted;
    total.updated += f.observations.updated + f.notes.updated + f.translations.updated;
    total.unchanged += f.observations.unchanged + f.notes.unchanged + f.translations.unchanged;
    total.rejected += f.rejected;
  }
  for (const [file, why] of Object.entries(SEED_SKIPS)) options.log?.(`not loaded: ${file}: ${why}`);
  return total;
}
