// Whether the database already holds the data pack as it is now: every seed file's SHA-256 equals the checksum of the
// last successful import of that file (one query over "ImportRun"). `npm start` / `npm run dev` skip the seed then.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { SEED_FILES } from "./seed";

export interface SeedFileChecksum {
  /** As "ImportRun".file records it (the base name). */
  file: string;
  checksum: string;
}

/** SHA-256 of every seed file (the data pack is ≈3 MB: a few milliseconds). */
export async function seedChecksums(files: readonly string[] = SEED_FILES): Promise<SeedFileChecksum[]> {
  return Promise.all(
    files.map(async (f) => ({
      file: path.basename(f),
      checksum: createHash("sha256")
        .update(await readFile(f))
        .digest("hex"),
    })),
  );
}

/** True when the last successful import of every seed file had the checksum the file has now. */
export async function seedIsCurrent(connectionString: string, files: SeedFileChecksum[]): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ current: boolean }>(
      `SELECT count(*) = cardinality($1::text[]) AS current
         FROM unnest($1::text[], $2::text[]) AS f(file, checksum)
        WHERE f.checksum = (SELECT r.checksum FROM "ImportRun" r WHERE r.file = f.file AND r.status = 'succeeded' ORDER BY r.id DESC LIMIT 1)`,
      [files.map((f) => f.file), files.map((f) => f.checksum)],
    );
    return rows[0]!.current;
  } finally {
    await client.end();
  }
}
