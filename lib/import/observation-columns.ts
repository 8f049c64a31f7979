// The one list of what an observation carries from a parser to "Observation": the staging table, the COPY text, the
// merge and the history (ObservationRevision) are all built from it. A new observation column is one entry here,
// plus the column in prisma/schema.prisma on Observation AND ObservationRevision, a migration adding both and
// re-creating observations_as_of(v) with it, and the field on ObservationRecord (types.ts) and its zod rule
// (validate.ts).
import type { ObservationRecord } from "./types";

/**
 * key      identifies the observation (with the series and the source): never changes
 * follows  the file's value wins: a different value updates the row (and the old one goes to the history)
 * fills    kept from the first file that gave it, filled when empty (two files describing one figure never
 *          overwrite each other's wording)
 */
export type MergeRule = "key" | "follows" | "fills";

export interface ObservationColumn {
  /** Column of "Observation" and "ObservationRevision". */
  column: string;
  /** Column of the staging tables, and its type (the target's, so COPY parses it). */
  staging: string;
  type: string;
  rule: MergeRule;
  /**
   * The COPY text of the value (already escaped), from the record; `vintage` is the --vintage override, `vintageDate`
   * the date the record sink resolved. Absent for a column the merge resolves itself (publisher_id: the "Publisher"
   * row of the staged publisher name).
   */
  encode?(o: ObservationRecord, vintage: string | undefined, vintageDate: string): string;
}

/** A value in PostgreSQL's COPY text format. */
export function copyText(value: string | null): string {
  if (value === null) return "\\N";
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : value;
}
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function flagsText(flags: readonly string[]): string {
  return flags.length === 0 ? "{}" : `{${[...new Set(flags)].sort().join(",")}}`;
}

export const OBSERVATION_COLUMNS: readonly ObservationColumn[] = [
  { column: "period", staging: "period", type: "text", rule: "key", encode: (o) => copyText(o.period) },
  { column: "vintage", staging: "vintage", type: "text", rule: "key", encode: (o, v) => copyText(v ?? o.vintage) },
  { column: "value", staging: "value", type: "numeric(30,10)", rule: "follows", encode: (o) => o.value },
  { column: "flags", staging: "flags", type: "text[]", rule: "follows", encode: (o) => flagsText(o.flags) },
  { column: "frequency", staging: "frequency", type: '"Frequency"', rule: "follows", encode: (o) => o.frequency },
  { column: "year", staging: "year", type: "int", rule: "follows", encode: (o) => String(o.year) },
  { column: "qualifier", staging: "qualifier", type: "text", rule: "fills", encode: (o) => copyText(o.qualifier) },
  { column: "asPublished", staging: "as_published", type: "text", rule: "fills", encode: (o) => copyText(o.asPublished) },
  { column: "note", staging: "note", type: "text", rule: "fills", encode: (o) => copyText(o.note) },
  // Set by the record sink from the value, --vintage or its source (every value has a date and a publisher).
  { column: "vintageDate", staging: "vintage_date", type: "date", rule: "follows", encode: (_o, _v, vintageDate) => vintageDate },
  { column: "publisherId", staging: "publisher_id", type: "int", rule: "follows" },
];

const COPIED = OBSERVATION_COLUMNS.filter((c) => c.encode);

/** Staging columns before the observation's own: where it is in the file, its series, source and publisher (by name). */
const LEAD = [
  ["line", "int"],
  ["col", "int"],
  ["series_code", "text"],
  ["source_key", "text"],
  ["publisher", "text"],
] as const;

export const STAGING_COLUMNS = [...LEAD.map(([name]) => name), ...COPIED.map((c) => c.staging)];

/** The staging table a batch is COPied into (per session, dropped at the end of the transaction). */
export const STAGING_DDL = `CREATE TEMP TABLE import_batch (${[
  ...LEAD.map(([name, type]) => `${name} ${type}${name === "col" || name === "line" ? " NOT NULL" : ""}`),
  ...COPIED.map((c) => `${c.staging} ${c.type}`),
].join(", ")}) ON COMMIT DROP`;

export const COPY_SQL = `COPY import_batch (${STAGING_COLUMNS.join(", ")}) FROM STDIN`;

/**
 * One line of COPY text for an observation (tab-separated, newline-terminated), with the vintage date and publisher
 * the record sink resolved for it (its own, else --vintage's or its source's).
 */
export function copyLine(o: ObservationRecord, vintage: string | undefined, vintageDate: string, publisher: string): string {
  let line = `${o.line}\t${o.column}\t${copyText(o.seriesCode)}\t${copyText(o.sourceKey)}\t${copyText(publisher)}`;
  for (const c of COPIED) line += `\t${c.encode!(o, vintage, vintageDate)}`;
  return `${line}\n`;
}

/**
 * Straight into "Observation", for an observation of a series this file created whose source and publisher ids are
 * known (batch-writer.ts): no staging, no merge. The ImportRun id and data version end each line.
 */
export const DIRECT_COPY_SQL = `COPY "Observation" ("seriesId", "sourceId", "publisherId", ${COPIED.map((c) => `"${c.column}"`).join(", ")}, "importRunId", version) FROM STDIN`;

/** One line of DIRECT_COPY_SQL's text; `end` is the tab-separated ImportRun id and version, and the newline. */
export function directLine(
  o: ObservationRecord,
  seriesId: number,
  sourceId: number,
  publisherId: number,
  vintage: string | undefined,
  vintageDate: string,
  end: string,
): string {
  let line = `${seriesId}\t${sourceId}\t${publisherId}`;
  for (const c of COPIED) line += `\t${c.encode!(o, vintage, vintageDate)}`;
  return line + end;
}
