// The SQL of the import transaction, built from the observation column list (observation-columns.ts).
import { OBSERVATION_COLUMNS } from "./observation-columns";

const q = (name: string) => `"${name}"`;
const KEYS = OBSERVATION_COLUMNS.filter((c) => c.rule === "key");
const FOLLOWS = OBSERVATION_COLUMNS.filter((c) => c.rule === "follows");
const FILLS = OBSERVATION_COLUMNS.filter((c) => c.rule === "fills");
const VALUES = [...FOLLOWS, ...FILLS];

const KEY_LIST = ["series_id", "source_id", ...KEYS.map((c) => c.staging)].join(", ");

/**
 * Where each key of the current file was given, so a key given twice is found and its two lines named:
 * import_lines holds every staged row (no index: it is read only to name the lines of a duplicate), import_keys only
 * the ids of the observations a key matched that this file had not written (a unique index: an untouched observation
 * leaves no other trace; one bigint rather than the key's four columns, two of them text, takes a tenth off a re-import's
 * merge). A key new to the database is found again through "Observation" itself: the row the file inserted
 * carries this file's ImportRun id. Inserting a million keys into an indexed table cost a quarter of the merge
 * (docs/benchmarks.md, Import).
 */
export const KEYS_DDL = `CREATE TEMP TABLE import_keys (observation_id bigint PRIMARY KEY) ON COMMIT DROP;
CREATE TEMP TABLE import_lines (series_id int NOT NULL, source_id int NOT NULL, ${KEYS.map((c) => `${c.staging} text NOT NULL`).join(", ")},
  line int NOT NULL, col int NOT NULL) ON COMMIT DROP`;

const keyMatch = (o: string, s: string) =>
  [
    `${o}."seriesId" = ${s}.series_id`,
    `${o}."sourceId" = ${s}.source_id`,
    ...KEYS.map((c) => `${o}.${q(c.column)} = ${s}.${c.staging}`),
  ].join(" AND ");

/**
 * Merges the batch in import_batch into "Observation" ($1: the ImportRun id, $2: the data version this transaction
 * writes). One statement: records where the batch's keys were given, inserts new observations, and for each
 * observation whose value changes writes its old state to "ObservationRevision" (valid from the version that
 * introduced it to $2) and updates it. A state introduced by this same transaction (two files of one command giving
 * the same figure) was never visible at any version, so it gets no revision row.
 * Returns the counts: staged, keyed (staged − keyed = keys this file gave before), inserted, updated, revised.
 */
export const MERGE_SQL = `WITH batch AS (
  SELECT se.id AS series_id, so.id AS source_id, pu.id AS publisher_id, b.*
    FROM import_batch b JOIN "Series" se ON se.code = b.series_code JOIN "Source" so ON so.key = b.source_key
    JOIN "Publisher" pu ON pu.name = b.publisher
), lines AS (
  INSERT INTO import_lines (${KEY_LIST}, line, col) SELECT ${KEY_LIST}, line, col FROM batch
), src AS (
  -- A key twice in one batch: merge the first (the duplicate refuses the file once the counts come back).
  SELECT DISTINCT ON (${KEY_LIST}) * FROM batch ORDER BY ${KEY_LIST}, line, col
), m AS (
  SELECT src.*, o.id AS o_id, o.version AS o_version, o."importRunId" AS o_import_run_id,
         ${VALUES.map((c) => `o.${q(c.column)} AS o_${c.staging}`).join(", ")}
    FROM src LEFT JOIN "Observation" o ON ${keyMatch("o", "src")}
), keyed AS (
  -- An observation this file wrote (inserted or updated) was given earlier in the file; one it left as it was is
  -- found in import_keys.
  INSERT INTO import_keys (observation_id) SELECT o_id FROM m WHERE o_id IS NOT NULL AND o_import_run_id IS DISTINCT FROM $1
  ON CONFLICT DO NOTHING RETURNING 1
), inserted AS (
  INSERT INTO "Observation" ("seriesId", "sourceId", ${OBSERVATION_COLUMNS.map((c) => q(c.column)).join(", ")}, "importRunId", version)
  SELECT series_id, source_id, ${OBSERVATION_COLUMNS.map((c) => c.staging).join(", ")}, $1, $2 FROM m WHERE o_id IS NULL
  RETURNING 1
), changed AS (
  SELECT * FROM m
   WHERE o_id IS NOT NULL
     AND ((${FOLLOWS.map((c) => `o_${c.staging}`).join(", ")}) IS DISTINCT FROM (${FOLLOWS.map((c) => c.staging).join(", ")})
          ${FILLS.map((c) => `OR (o_${c.staging} IS NULL AND ${c.staging} IS NOT NULL)`).join("\n          ")})
), revised AS (
  INSERT INTO "ObservationRevision" ("observationId", "seriesId", "sourceId", ${KEYS.map((c) => q(c.column)).join(", ")},
         ${VALUES.map((c) => q(c.column)).join(", ")}, "importRunId", "validFrom", "validTo")
  SELECT o_id, series_id, source_id, ${KEYS.map((c) => c.staging).join(", ")}, ${VALUES.map((c) => `o_${c.staging}`).join(", ")},
         o_import_run_id, o_version, $2
    FROM changed WHERE o_version < $2
  RETURNING 1
), updated AS (
  UPDATE "Observation" o SET
    ${FOLLOWS.map((c) => `${q(c.column)} = c.${c.staging}`).join(", ")},
    ${FILLS.map((c) => `${q(c.column)} = COALESCE(o.${q(c.column)}, c.${c.staging})`).join(", ")},
    "importRunId" = $1, version = $2
    FROM changed c WHERE o.id = c.o_id
  RETURNING 1
)
SELECT (SELECT count(*) FROM batch)::int AS staged,
       ((SELECT count(*) FROM inserted) + (SELECT count(*) FROM keyed))::int AS keyed,
       (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM updated)::int AS updated,
       (SELECT count(*) FROM revised)::int AS revised`;

/** The first line of the batch that repeats a key given earlier in the file, and where it was first given. */
export const DUPLICATE_SQL = `SELECT b.line, b.col, k.line AS first_line, b.series_code, b.period
  FROM import_batch b JOIN "Series" se ON se.code = b.series_code JOIN "Source" so ON so.key = b.source_key
  JOIN import_lines k ON k.series_id = se.id AND k.source_id = so.id AND ${KEYS.map((c) => `k.${c.staging} = b.${c.staging}`).join(" AND ")}
 WHERE (k.line, k.col) < (b.line, b.col)
 ORDER BY b.line, b.col, k.line, k.col LIMIT 1`;

// Sources, series and notes that exist already are filtered out before the INSERT: ON CONFLICT alone would draw an id
// from the sequence for every row it skips (a re-import of a million rows burnt 73 k series ids).

/** First definition wins: re-imports and other files citing the same source never flip its metadata. */
export const SOURCE_SQL = `INSERT INTO "Source" (key, publisher, title, location, vintage, "retrievedAt", licence, "datasetType", rank, citation, "vintageDate")
  SELECT $1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10, $11::date WHERE NOT EXISTS (SELECT 1 FROM "Source" WHERE key = $1)
  ON CONFLICT (key) DO NOTHING`;

/** The publishers a batch names (by name; the merge joins them). */
export const PUBLISHERS_SQL = `INSERT INTO "Publisher" (name)
  SELECT n FROM unnest($1::text[]) AS n WHERE n IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Publisher" p WHERE p.name = n)
  ON CONFLICT (name) DO NOTHING`;

/** Ids of publishers by name. */
export const PUBLISHER_IDS_SQL = `SELECT id, name AS key FROM "Publisher" WHERE name = ANY($1::text[])`;

/** Ids of sources by key. */
export const SOURCE_IDS_SQL = `SELECT id, key FROM "Source" WHERE key = ANY($1::text[])`;

/** The series of a part of a file's definitions, COPied (`n`: the order of the file) before SERIES_SQL. */
export const SERIES_STAGING_DDL = `CREATE TEMP TABLE import_series (n int NOT NULL, code text, domain text, title text, reporter text,
  partner text, flow text, unit text, valuation text, product_code text, product_level int, description text) ON COMMIT DROP`;

export const SERIES_COPY_SQL = `COPY import_series (n, code, domain, title, reporter, partner, flow, unit, valuation, product_code,
  product_level, description) FROM STDIN`;

/** The staged series in file order, first definition wins; returns the ones created. */
export const SERIES_SQL = `INSERT INTO "Series" (code, domain, title, reporter, partner, flow, unit, valuation, "productCode", "productLevel", description)
  SELECT code, domain::"Domain", title, reporter, partner, flow, unit, valuation::"Valuation", product_code, product_level, description
    FROM import_series x
   WHERE NOT EXISTS (SELECT 1 FROM "Series" s WHERE s.code = x.code)
   ORDER BY n
  ON CONFLICT (code) DO NOTHING
  RETURNING code, id`;

/** A series that already exists must mean the same thing: mixing units would corrupt every chart of it. */
export const SERIES_CLASH_SQL = `SELECT code, unit, domain::text FROM "Series" s
  JOIN unnest($1::text[], $2::text[], $3::text[]) AS i(c, u, d) ON s.code = i.c
 WHERE s.unit <> i.u OR s.domain::text <> i.d LIMIT 1`;

const NOTE_COLUMNS = [
  "kind",
  "title",
  "body",
  '"yearFrom"',
  '"yearTo"',
  '"periodLabel"',
  '"quotedValue"',
  "domains",
  '"seriesCodes"',
  '"sourceId"',
  '"publisherId"',
  "language",
  "wording",
];
const list = (prefix: string) => NOTE_COLUMNS.map((c) => `${prefix}.${c}`).join(", ");

/**
 * A note is updated when anything in it differs, inserted when its key is new; returns a row only for a change. Its
 * publisher ($12, else its source's) must exist (PUBLISHERS_SQL first).
 */
export const NOTE_SQL = `WITH n AS (
  SELECT $1::text AS key, $2::"NoteKind" AS kind, $3::text AS title, $4::text AS body, $5::int AS "yearFrom", $6::int AS "yearTo",
         $7::text AS "periodLabel", $8::text AS "quotedValue", $9::"Domain"[] AS domains, $10::text[] AS "seriesCodes",
         (SELECT id FROM "Source" WHERE key = $11) AS "sourceId",
         (SELECT id FROM "Publisher" WHERE name = COALESCE($12, (SELECT publisher FROM "Source" WHERE key = $11))) AS "publisherId",
         $13::text AS language, $14::"NoteWording" AS wording
), updated AS (
  UPDATE "Note" t SET (${NOTE_COLUMNS.join(", ")}) = (${list("n")}) FROM n
   WHERE t.key = n.key AND (${list("t")}) IS DISTINCT FROM (${list("n")})
  RETURNING false AS inserted
), inserted AS (
  INSERT INTO "Note" (key, ${NOTE_COLUMNS.join(", ")}) SELECT n.key, ${list("n")} FROM n
   WHERE NOT EXISTS (SELECT 1 FROM "Note" x WHERE x.key = n.key)
  RETURNING true AS inserted
)
SELECT inserted FROM updated UNION ALL SELECT inserted FROM inserted`;

/** A translation is updated when its words or translator differ, inserted when new for its note and locale. */
export const NOTE_TRANSLATION_SQL = `WITH t AS (
  SELECT $1::int AS "noteId", $2::text AS locale, $3::text AS title, $4::text AS summary, $5::text AS "translatedBy"
), updated AS (
  UPDATE "NoteTranslation" x SET (title, summary, "translatedBy") = (t.title, t.summary, t."translatedBy") FROM t
   WHERE x."noteId" = t."noteId" AND x.locale = t.locale
     AND (x.title, x.summary, x."translatedBy") IS DISTINCT FROM (t.title, t.summary, t."translatedBy")
  RETURNING false AS inserted
), inserted AS (
  INSERT INTO "NoteTranslation" ("noteId", locale, title, summary, "translatedBy") SELECT * FROM t
   WHERE NOT EXISTS (SELECT 1 FROM "NoteTranslation" x WHERE x."noteId" = t."noteId" AND x.locale = t.locale)
  RETURNING true AS inserted
)
SELECT inserted FROM updated UNION ALL SELECT inserted FROM inserted`;
