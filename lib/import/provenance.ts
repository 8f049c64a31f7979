// The provenance list (prisma/seed-data/project/provenance.csv): for every raw file of the data pack (matched by its
// SHA-256, whoever imports it) and every page the pack quotes, the Source key it belongs to, whose figures it holds
// and its dated vintage. One publication maps to one Source whether the seed or `npm run import` reads it.
import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

export interface ProvenanceEntry {
  sourceKey: string;
  /** Path under prisma/seed-data for raw files; "" for pages. */
  file: string;
  sha256: string;
  /** Whose figures the file holds (the data pack's `publisher`); "" for pages (each row of the pack names its own). */
  publisher: string;
  vintage: string;
  /** YYYY-MM-DD: the release date, else the latest date the file or page can have been retrieved or published. */
  vintageDate: string;
  /** How the date is known. */
  vintageBasis: string;
}

const SEED_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/seed-data");
export const PROVENANCE_FILE = path.join(SEED_DATA, "project/provenance.csv");

const COLUMNS = ["source_key", "file", "sha256", "publisher", "vintage", "vintage_date", "vintage_basis"];

let cache: { byKey: Map<string, ProvenanceEntry>; bySha: Map<string, ProvenanceEntry> } | null = null;

function load() {
  if (cache) return cache;
  const rows = parse(readFileSync(PROVENANCE_FILE), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const byKey = new Map<string, ProvenanceEntry>();
  const bySha = new Map<string, ProvenanceEntry>();
  rows.forEach((r, i) => {
    for (const c of COLUMNS) if (!(c in r)) throw new Error(`${PROVENANCE_FILE}: column ${c} missing`);
    if (!isIsoDate(r.vintage_date!))
      throw new Error(`${PROVENANCE_FILE}:${i + 2}: vintage_date ${JSON.stringify(r.vintage_date)} is not YYYY-MM-DD`);
    const e: ProvenanceEntry = {
      sourceKey: r.source_key!,
      file: r.file!,
      sha256: r.sha256!,
      publisher: r.publisher!,
      vintage: r.vintage!,
      vintageDate: r.vintage_date!,
      vintageBasis: r.vintage_basis!,
    };
    byKey.set(e.sourceKey, e);
    if (e.sha256) bySha.set(e.sha256, e);
  });
  cache = { byKey, bySha };
  return cache;
}

export function provenanceByKey(key: string): ProvenanceEntry | undefined {
  return load().byKey.get(key);
}

export function provenanceByChecksum(sha256: string): ProvenanceEntry | undefined {
  return load().bySha.get(sha256);
}

export function allProvenance(): ProvenanceEntry[] {
  return [...load().byKey.values()];
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export interface SourceOverride {
  key: string;
  location?: string;
  vintage?: string;
  vintageDate?: string;
  publisher?: string;
}

/**
 * The sizes of the raw files the provenance list describes (they are in prisma/seed-data): a file of another size
 * cannot hold the same bytes, and is not read twice to find out (a million-row import spent 0.7 s hashing it before
 * the import read it again). Null when one of them is missing: every file is then hashed.
 */
async function rawFileSizes(): Promise<Set<number> | null> {
  const sizes = new Set<number>();
  for (const e of allProvenance()) {
    if (!e.file || !e.sha256) continue;
    const size = await stat(path.join(SEED_DATA, e.file)).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) return null;
    sizes.add(size);
  }
  return sizes;
}

/** For each file whose bytes are a raw file of the provenance list: the Source it belongs to (for importFiles). */
export async function provenanceOverrides(files: readonly string[]): Promise<Record<string, SourceOverride>> {
  const out: Record<string, SourceOverride> = {};
  const sizes = await rawFileSizes();
  for (const file of files) {
    if (
      sizes &&
      !sizes.has(
        await stat(file).then(
          (s) => s.size,
          () => -1,
        ),
      )
    )
      continue;
    const e = provenanceByChecksum(await sha256Of(file).catch(() => ""));
    if (e)
      out[file] = {
        key: e.sourceKey,
        location: e.sourceKey,
        vintage: e.vintage || undefined,
        vintageDate: e.vintageDate,
        publisher: e.publisher || undefined,
      };
  }
  return out;
}

/**
 * `--vintage`: a date (2025-06-01, also the label) or a release label with a date ("2021/22 release (2022-02-02)" or
 * "2021/22 release, 2022-02-02"). Throws a message naming the forms otherwise.
 */
export function parseVintageOption(text: string): { label: string; date: string } {
  const t = text.trim();
  if (isIsoDate(t)) return { label: t, date: t };
  const m = /^(.*?)[\s,]*\(?(\d{4}-\d{2}-\d{2})\)?$/.exec(t);
  if (m && m[1] && isIsoDate(m[2]!)) return { label: m[1].trim(), date: m[2]! };
  throw new Error(
    `--vintage ${JSON.stringify(text)} has no valid date: give a date (2025-06-01) or a release label with its date ("2025 release (2025-06-01)")`,
  );
}
