// npm run bench:import-merge -- [--rows 200k] [--runs 3] [--database URL]
// What keeping the history costs the merge when nothing is updated (a first import inserts only): the same staged
// batches merged into an empty "Observation" by the importer's merge (MERGE_SQL: keys, insert, revisions, update) and
// by the merge it replaced (INSERT … ON CONFLICT DO UPDATE, no history, keys kept in a second staging table), each in
// a transaction rolled back afterwards, alternating, in the same run. Prints medians and the ratio.
import os from "node:os";
import { KEYS_DDL, MERGE_SQL } from "../lib/import/merge-sql.ts";
import { STAGING_DDL } from "../lib/import/observation-columns.ts";
import { ensureBenchDatabase, fmt, median, options, parseCount, runWhenMain, say, table, withClient } from "./lib.ts";

/** The merge as it was before the history (main at 8e80e43, lib/import/pipeline.ts), for the comparison only. */
const PREVIOUS_MERGE = `WITH src AS (
    SELECT DISTINCT ON (se.id, st.period, so.id, st.vintage) se.id AS series_id, so.id AS source_id, pu.id AS pub_id, st.*
    FROM import_batch st JOIN "Series" se ON se.code = st.series_code JOIN "Source" so ON so.key = st.source_key
      JOIN "Publisher" pu ON pu.name = st.publisher
    ORDER BY se.id, st.period, so.id, st.vintage, st.line
  ), upserted AS (
    INSERT INTO "Observation" ("seriesId", "sourceId", "publisherId", frequency, period, year, value, vintage, "vintageDate", flags, qualifier, "asPublished", note, "importRunId")
    SELECT series_id, source_id, pub_id, frequency, period, year, value, vintage, vintage_date, flags, qualifier, as_published, note, $1 FROM src
    ON CONFLICT ("seriesId", period, "sourceId", vintage) DO UPDATE SET
      value = EXCLUDED.value, flags = EXCLUDED.flags, frequency = EXCLUDED.frequency, year = EXCLUDED.year,
      "publisherId" = EXCLUDED."publisherId", "vintageDate" = EXCLUDED."vintageDate",
      qualifier = COALESCE("Observation".qualifier, EXCLUDED.qualifier),
      "asPublished" = COALESCE("Observation"."asPublished", EXCLUDED."asPublished"),
      note = COALESCE("Observation".note, EXCLUDED.note), "importRunId" = EXCLUDED."importRunId"
    WHERE ("Observation".value, "Observation".flags, "Observation".frequency, "Observation".year) IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.flags, EXCLUDED.frequency, EXCLUDED.year)
       OR ("Observation".qualifier IS NULL AND EXCLUDED.qualifier IS NOT NULL)
       OR ("Observation"."asPublished" IS NULL AND EXCLUDED."asPublished" IS NOT NULL)
       OR ("Observation".note IS NULL AND EXCLUDED.note IS NOT NULL)
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM upserted`;

const BATCH = 20_000;

async function mergeAll(url: string, rows: number, history: boolean): Promise<number> {
  return withClient(url, async (c) => {
    await c.query("SET temp_buffers = '256MB'");
    await c.query("SET work_mem = '128MB'");
    await c.query("BEGIN");
    try {
      await c.query(STAGING_DDL);
      await c.query(KEYS_DDL);
      await c.query(`CREATE TEMP TABLE import_staging (LIKE import_batch) ON COMMIT DROP`);
      const run = (
        await c.query<{ id: number }>(
          `INSERT INTO "ImportRun" (file, checksum, format) VALUES ('bench', repeat('0', 64), 'bench') RETURNING id`,
        )
      ).rows[0]!.id;
      let seconds = 0;
      for (let from = 0; from < rows; from += BATCH) {
        // Batches like the importer's: 20,000 observations of 1,000 series × 20 years.
        await c.query(
          `INSERT INTO import_batch (line, col, series_code, source_key, publisher, period, vintage, value, flags, frequency, year, qualifier, as_published, note, vintage_date)
           SELECT i + 2, 5, 'trade.BENCH.' || (i / 20), 'bench-merge', 'bench', (2000 + i % 20)::text, '', 1000 + i, '{}', 'A', 2000 + i % 20, NULL, (1000 + i) || ' USD', NULL, '2026-01-01'
             FROM generate_series($1::int, $2::int) AS i`,
          [from, Math.min(from + BATCH, rows) - 1],
        );
        const t = performance.now();
        if (history) await c.query(MERGE_SQL, [run, 1]);
        else {
          await c.query(`INSERT INTO import_staging SELECT * FROM import_batch`);
          await c.query(PREVIOUS_MERGE, [run]);
        }
        seconds += (performance.now() - t) / 1000;
        await c.query("TRUNCATE import_batch");
      }
      return seconds;
    } finally {
      await c.query("ROLLBACK");
    }
  });
}

export async function benchImportMerge(opts: Map<string, string>): Promise<string> {
  const rows = parseCount(opts.get("rows") ?? "200k");
  const runs = Number(opts.get("runs") ?? 3);
  const url = opts.get("database") ?? "postgresql://postgres@127.0.0.1:5432/monitor_bench_merge";
  if (!/bench/.test(new URL(url).pathname)) throw new Error("the import benchmark database must have 'bench' in its name");
  await ensureBenchDatabase(url);
  await withClient(url, async (c) => {
    await c.query(`INSERT INTO "Publisher" (name) VALUES ('bench') ON CONFLICT DO NOTHING`);
    await c.query(`INSERT INTO "Source" (key, publisher, title, location, "datasetType", citation)
      VALUES ('bench-merge', 'bench', 'bench', 'bench', 'project_transcription', 'bench') ON CONFLICT DO NOTHING`);
    await c.query(
      `INSERT INTO "Series" (code, domain, title, reporter, partner, flow, unit)
       SELECT 'trade.BENCH.' || s, 'trade', 'bench', 'AAA', 'BBB', 'X', 'USD' FROM generate_series(0, $1::int) s ON CONFLICT DO NOTHING`,
      [Math.ceil(rows / 20)],
    );
  });
  const withHistory: number[] = [];
  const previous: number[] = [];
  const loadBefore = os.loadavg()[0]!.toFixed(1);
  for (let i = 0; i < runs; i++) {
    previous.push(await mergeAll(url, rows, false));
    withHistory.push(await mergeAll(url, rows, true));
    say(`run ${i + 1}: previous merge ${previous.at(-1)!.toFixed(2)} s, merge with history ${withHistory.at(-1)!.toFixed(2)} s`);
  }
  const [p, h] = [median(previous), median(withHistory)];
  return [
    `Merging ${fmt.n(rows)} new observations (batches of ${fmt.n(BATCH)}, nothing updated), median of ${runs} runs; load average ${loadBefore} → ${os.loadavg()[0]!.toFixed(1)}.`,
    "",
    table(
      ["merge", "median s", "rows/s", "relative"],
      [
        ["before the history (ON CONFLICT upsert + staging copy)", fmt.n(p, 2), fmt.n(rows / p), "100 %"],
        ["with the history (keys, insert, revisions, update in one statement)", fmt.n(h, 2), fmt.n(rows / h), fmt.pct(h / p)],
      ],
    ),
  ].join("\n");
}

runWhenMain(import.meta.url, () => benchImportMerge(options()));
