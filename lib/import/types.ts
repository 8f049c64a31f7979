// The records every parser yields; the pipeline (lib/import/pipeline.ts) validates, stages and upserts them.
import type { Domain, Frequency, NoteKind, NoteWording, Valuation } from "../generated/prisma/enums";

export const OBSERVATION_FLAGS = ["estimate", "incomplete", "derived", "preliminary", "rounded"] as const;
export type ObservationFlag = (typeof OBSERVATION_FLAGS)[number];

export interface SourceRecord {
  kind: "source";
  /** Stable identity: re-imports of the same file find the same Source row. */
  key: string;
  publisher: string;
  title: string;
  /** URL, or repo@commit:path. */
  location: string;
  vintage: string | null;
  datasetType:
    | "official_database"
    | "official_database_via_third_party"
    | "derived_from_official_publication"
    | "news_statement"
    | "project_transcription";
  /** Lower wins the headline pick; see lib/series/headline.ts. */
  rank: number;
  citation: string;
  licence: string | null;
  retrievedAt: string | null;
  /**
   * Date of the release (or of the download/job when the publisher dates none), YYYY-MM-DD: the vintage date of every
   * value read from this source unless the value names its own. Comes from the file, `--vintage` or raw/provenance.csv.
   */
  vintageDate?: string | null;
}

export interface SeriesRecord {
  kind: "series";
  code: string;
  domain: Domain;
  title: string;
  reporter: string;
  partner: string;
  flow: string;
  unit: string;
  valuation: Valuation;
  productCode: string;
  productLevel: number | null;
  description: string | null;
}

export interface ObservationRecord {
  kind: "observation";
  seriesCode: string;
  sourceKey: string;
  frequency: Frequency;
  period: string;
  year: number;
  /** Exact decimal as text (never a float). */
  value: string;
  vintage: string;
  /** This value's vintage date (YYYY-MM-DD) when it differs from its source's, e.g. a statement's publication date. */
  vintageDate?: string | null;
  /** Whose figure this is, when the publication quotes a publisher other than its own (default: the source's publisher). */
  publisher?: string | null;
  flags: ObservationFlag[];
  qualifier: string | null;
  asPublished: string | null;
  note: string | null;
  /** Where the value came from in the file, for error messages and duplicate detection. */
  line: number;
  column: number;
}

export interface NoteRecord {
  kind: "note";
  key: string;
  noteKind: NoteKind;
  title: string;
  body: string;
  yearFrom: number | null;
  yearTo: number | null;
  periodLabel: string | null;
  quotedValue: string | null;
  domains: Domain[];
  seriesCodes: string[];
  sourceKey: string | null;
  /** Whose statement or data the note reports, when not the source's publisher. */
  publisher?: string | null;
  /** The language the title and body are written in (BCP 47); default "en". */
  language?: string;
  /** Whose words these are (default "quoted": a statement as its source worded it, never translated). */
  wording?: NoteWording;
  line: number;
}

/** The project's translation of a note it wrote (docs/tidy-format.md, "Note translations"). */
export interface NoteTranslationRecord {
  kind: "note_translation";
  noteKey: string;
  locale: string;
  title: string;
  /** The body in `locale`; null when the note's body quotes its source (shown in the original). */
  summary: string | null;
  translatedBy: string;
  line: number;
  /** 1-based columns of the row's fields, for errors found when the translation meets its note. */
  columns: { noteKey: number; locale: number; title: number; summary: number };
}

/** A row the parser read correctly but deliberately does not load (counted as rejected, with the reason printed). */
export interface RejectedRecord {
  kind: "rejected";
  line: number;
  column: number;
  reason: string;
}

export type ImportRecord = SourceRecord | SeriesRecord | ObservationRecord | NoteRecord | NoteTranslationRecord | RejectedRecord;

/** Input the pipeline hands a parser. */
export interface ParserInput {
  /** Path as given on the command line (used in messages). */
  file: string;
  /** Opens a fresh byte stream of the file (already checked to be valid UTF-8 for text formats). */
  open(): NodeJS.ReadableStream;
}

export interface Parser {
  /** Name used by `--format`. */
  format: string;
  description: string;
  /** Text formats are checked for valid UTF-8 before parsing. */
  binary: boolean;
  /** Whether this parser recognises the file, from its name and first bytes. */
  detect(fileName: string, head: Buffer): boolean;
  /** Records in file order, one by one or in arrays (a large file's parser yields a chunk's records together). */
  parse(input: ParserInput): AsyncIterable<ImportRecord | readonly ImportRecord[]>;
}

/** Whether a parser's item is an array of records (else one record). */
export function isRecordArray(item: ImportRecord | readonly ImportRecord[]): item is readonly ImportRecord[] {
  return Array.isArray(item);
}

/** A parser's records one by one, whether it yields them singly or in arrays. */
export async function* eachRecord(items: AsyncIterable<ImportRecord | readonly ImportRecord[]>): AsyncGenerator<ImportRecord> {
  for await (const item of items) {
    if (isRecordArray(item)) yield* item;
    else yield item;
  }
}

/** Longest message detail: a huge field or header cell quoted in a message is cut, never echoed whole. */
export const MAX_DETAIL = 480;

/** A problem in an input file, reported as `file:line:column: message`. */
export class ImportFileError extends Error {
  readonly detail: string;
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    const short = detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 40)}… (${detail.length} characters in all)` : detail;
    super(`${file}:${line}:${column}: ${short}`);
    this.detail = short;
    this.name = "ImportFileError";
  }
}

/** Text from a file quoted in a message: JSON-quoted, and cut to 80 characters with its full length named. */
export function quoteForMessage(text: string, max = 80): string {
  return text.length <= max ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, max))}… (${text.length} characters)`;
}
