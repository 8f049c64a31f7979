// The notes of a file, written at its end inside the import transaction (lib/import/pipeline.ts).
import type pg from "pg";
import type { Counts } from "./batch-writer";
import { NOTE_SQL, PUBLISHERS_SQL } from "./merge-sql";
import { ImportFileError, type NoteRecord } from "./types";

export async function writeNotes(client: pg.Client, file: string, notes: NoteRecord[]): Promise<Counts> {
  const counts: Counts = { inserted: 0, updated: 0, unchanged: 0 };
  const seen = new Map<string, number>();
  for (const n of notes) {
    const earlier = seen.get(n.key);
    if (earlier !== undefined)
      throw new ImportFileError(file, n.line, 1, `duplicate note key ${JSON.stringify(n.key)} (first on line ${earlier})`);
    seen.set(n.key, n.line);
    await client.query(
      `${PUBLISHERS_SQL.replace("unnest($1::text[])", `unnest(ARRAY[COALESCE($1, (SELECT publisher FROM "Source" WHERE key = $2))])`)}`,
      [n.publisher ?? null, n.sourceKey],
    );
    const r = await client.query<{ inserted: boolean }>(NOTE_SQL, [
      n.key,
      n.noteKind,
      n.title,
      n.body,
      n.yearFrom,
      n.yearTo,
      n.periodLabel,
      n.quotedValue,
      n.domains,
      n.seriesCodes,
      n.sourceKey,
      n.publisher ?? null,
    ]);
    const row = r.rows[0];
    if (!row) counts.unchanged++;
    else if (row.inserted) counts.inserted++;
    else counts.updated++;
  }
  return counts;
}
