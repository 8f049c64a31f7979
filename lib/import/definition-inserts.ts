// The sources and series a file defines, inserted before the observations that cite them (batch-writer.ts queues these
// on the import's connection). A series that exists already must mean the same thing: mixing units would corrupt every
// chart of it.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { CopyText } from "./copy-text";
import { SERIES_CLASH_SQL, SERIES_COPY_SQL, SERIES_SQL, SOURCE_SQL } from "./merge-sql";
import { copyText } from "./observation-columns";
import { ImportFileError, type SeriesRecord, type SourceRecord } from "./types";

/** Inserts a source unless its key exists; the number of rows created (0 or 1). */
export async function insertSource(client: pg.Client, s: SourceRecord): Promise<number> {
  const r = await client.query(SOURCE_SQL, [
    s.key,
    s.publisher,
    s.title,
    s.location,
    s.vintage,
    s.retrievedAt,
    s.licence,
    s.datasetType,
    s.rank,
    s.citation,
    s.vintageDate ?? null,
  ]);
  return r.rowCount ?? 0;
}

/**
 * Inserts the series of `part` whose codes do not exist and returns those created (code and id). One that existed
 * with another unit or domain is refused at `uses[i]`, the first observation of `part[i]` in the file.
 */
export async function insertSeries(
  client: pg.Client,
  file: string,
  part: SeriesRecord[],
  uses: ({ line: number; column: number } | undefined)[],
): Promise<{ code: string; id: number }[]> {
  // COPied rather than sent as eleven array parameters: building those arrays' text was most of the JavaScript (and
  // the garbage) of a file defining tens of thousands of series.
  const text = new CopyText(1 << 20);
  part.forEach((s, n) =>
    text.write(
      `${n}\t${[s.code, s.domain, s.title, s.reporter, s.partner, s.flow, s.unit, s.valuation, s.productCode].map(copyText).join("\t")}\t${s.productLevel ?? "\\N"}\t${copyText(s.description)}\n`,
    ),
  );
  await pipeline(Readable.from([text.take().text]), client.query(copyFrom(SERIES_COPY_SQL)));
  const r = await client.query<{ code: string; id: number }>(SERIES_SQL);
  await client.query("TRUNCATE import_series");
  // Only a series that existed already can mean something else (none, when every one was inserted).
  const inserted = new Set(r.rows.map((row) => row.code));
  const existing = inserted.size === part.length ? [] : part.filter((s) => !inserted.has(s.code));
  if (existing.length === 0) return r.rows;
  const clash = (
    await client.query<{ code: string; unit: string; domain: string }>(SERIES_CLASH_SQL, [
      existing.map((s) => s.code),
      existing.map((s) => s.unit),
      existing.map((s) => s.domain),
    ])
  ).rows[0];
  if (clash) {
    const i = part.findIndex((s) => s.code === clash.code);
    const at = uses[i] ?? { line: 1, column: 1 };
    throw new ImportFileError(
      file,
      at.line,
      at.column,
      `series ${clash.code} exists with unit ${clash.unit} (${clash.domain}); this file gives ${part[i]!.unit} (${part[i]!.domain})`,
    );
  }
  return r.rows;
}
