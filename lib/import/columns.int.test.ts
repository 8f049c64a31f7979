// The importer's one list of observation columns (observation-columns.ts) must cover every column of "Observation"
// and "ObservationRevision", and observations_as_of(v) must still return "Observation"'s row: a column added to the
// schema but not to the importer (or to the history) fails here, by name.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { OBSERVATION_COLUMNS } from "./observation-columns";
import { query } from "./test-support";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
});
afterAll(() => db?.drop());

const columnsOf = async (table: string) =>
  (
    await query<{ name: string }>(
      db.url,
      `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    )
  ).map((r) => r.name);

it("every observation column is staged, merged and kept in the history", async () => {
  const listed = OBSERVATION_COLUMNS.map((c) => c.column).sort();
  // Set by the importer itself, not read from files.
  const own = ["id", "seriesId", "sourceId", "importRunId", "version"];
  expect((await columnsOf("Observation")).filter((c) => !own.includes(c)).sort()).toEqual(listed);
  const history = ["id", "observationId", "seriesId", "sourceId", "importRunId", "validFrom", "validTo"];
  expect((await columnsOf("ObservationRevision")).filter((c) => !history.includes(c)).sort()).toEqual(listed);
});

it('observations_as_of(v) returns the columns of "Observation"', async () => {
  const fields = await query(db.url, `SELECT * FROM observations_as_of(0) LIMIT 0`).then(async () => {
    const rows = await query<{ name: string }>(
      db.url,
      `SELECT a.attname AS name FROM pg_proc p JOIN pg_type t ON t.oid = p.prorettype JOIN pg_attribute a ON a.attrelid = t.typrelid
        WHERE p.proname = 'observations_as_of' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    );
    return rows.map((r) => r.name);
  });
  expect(fields).toEqual(await columnsOf("Observation"));
});
