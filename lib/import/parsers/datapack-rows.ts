// What every reader of the data pack's tidy files shares: the parse context (failing with file:line:column, emitting
// each source and series once), flags, vintage labels, qualified numbers and the observation record.
import { type CsvRow } from "../csv";
import { parsePeriodLabel, type ParsedPeriod } from "../periods";
import { isIso3, type TradeFlow } from "../../codes";
import { provenanceByKey } from "../provenance";
import { citationFor } from "../../citation/source";
import { isDatasetType, rankFor, sourceKeyFromLocation } from "../sources";
import {
  ImportFileError,
  type ImportRecord,
  type ObservationFlag,
  type ObservationRecord,
  type ParserInput,
  type SeriesRecord,
  type SourceRecord,
} from "../types";

const INTEGER_OR_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Flags from the pack's free-text flag column. */
export function flagsFrom(text: string): ObservationFlag[] {
  const t = text.toLowerCase();
  const flags: ObservationFlag[] = [];
  if (t.includes("estimate")) flags.push("estimate");
  if (t.includes("incomplete")) flags.push("incomplete");
  if (t.includes("derived")) flags.push("derived");
  if (t.includes("preliminary")) flags.push("preliminary");
  if (t.includes("rounded")) flags.push("rounded");
  return flags;
}

/** A release label the title names ("2021/22 vintage"); "older"/"newer vintage" are comparisons, not labels: the date says it. */
export function vintageFrom(title: string): string | null {
  const m = /\(([^()]*\d[^()]*vintage[^()]*)\)/i.exec(title);
  return m ? m[1]!.trim() : null;
}

export class Context {
  private sources = new Set<string>();
  private series = new Set<string>();
  constructor(readonly input: ParserInput) {}

  fail(row: CsvRow, column: string, message: string): never {
    throw new ImportFileError(this.input.file, row.line, row.col(column), message);
  }

  *source(
    row: CsvRow,
    s: Omit<SourceRecord, "kind" | "key" | "rank" | "citation" | "licence" | "retrievedAt">,
  ): Generator<ImportRecord, string> {
    const key = sourceKeyFromLocation(s.location);
    if (!key) this.fail(row, "source_url_or_path", "empty source location");
    if (!this.sources.has(key)) {
      this.sources.add(key);
      yield {
        kind: "source",
        key,
        ...s,
        location: key,
        rank: rankFor(s.datasetType, s.title),
        citation: citationFor(s.publisher, s.title, key, s.vintage),
        licence: null,
        retrievedAt: null,
        // The dated vintage of the file or page (lib/import/provenance.ts); without one the pipeline refuses the rows.
        vintageDate: provenanceByKey(key)?.vintageDate ?? null,
      };
    }
    return key;
  }

  *seriesOnce(record: SeriesRecord): Generator<ImportRecord, string> {
    if (!this.series.has(record.code)) {
      this.series.add(record.code);
      yield record;
    }
    return record.code;
  }

  iso3(row: CsvRow, column: string): string {
    const code = row.get(column);
    if (!isIso3(code)) this.fail(row, column, `unknown country code ${JSON.stringify(code)} (expected ISO 3166 alpha-3)`);
    return code;
  }

  decimal(row: CsvRow, column: string): string {
    const text = row.get(column).trim();
    if (!INTEGER_OR_DECIMAL.test(text)) this.fail(row, column, `not a number: ${JSON.stringify(row.get(column))}`);
    return text;
  }

  period(row: CsvRow, column: string): ParsedPeriod {
    const parsed = parsePeriodLabel(row.get(column));
    if (!parsed) this.fail(row, column, `unrecognised period ${JSON.stringify(row.get(column))}`);
    return parsed;
  }
}

export function datasetType(ctx: Context, row: CsvRow, column: string): SourceRecord["datasetType"] {
  const t = row.get(column);
  if (!isDatasetType(t)) ctx.fail(row, column, `unknown dataset_type ${JSON.stringify(t)}`);
  return t;
}

export const FLOWS: Record<string, TradeFlow> = { export: "X", import: "M", total_trade: "T" };

export function joinNotes(...parts: (string | null | undefined)[]): string | null {
  const text = parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join("; ");
  return text || null;
}

export function locationDetail(location: string): string | null {
  const m = /\((sheet [^)]*)\)/.exec(location);
  return m ? m[1]! : null;
}

/** "nearly 2", "more than 27", "+37%", "about 5" → qualifier + number. */
export function splitQualified(text: string): { qualifier: string | null; number: string } | null {
  const m = /^(nearly|almost|about|more than|exceeded|over|around|c\.)?\s*\+?(-?\d+(?:\.\d+)?)\s*%?$/i.exec(text.trim());
  if (!m) return null;
  const q = m[1]?.toLowerCase() ?? null;
  return { qualifier: q === "exceeded" || q === "over" ? "more than" : q, number: m[2]! };
}

export const UNIT_SCALE: Record<string, { unit: string; power: number }> = {
  "USD billion": { unit: "USD", power: 9 },
  "USD million": { unit: "USD", power: 6 },
  "EUR m": { unit: "EUR million", power: 0 },
  "in % of total": { unit: "percent", power: 0 },
  percent: { unit: "percent", power: 0 },
};

export function scale(number: string, power: number): string {
  if (power === 0) return number;
  const negative = number.startsWith("-");
  const [int, frac = ""] = number.replace("-", "").split(".");
  const digits = (int! + frac.padEnd(power, "0").slice(0, power)).replace(/^0+(?=\d)/, "");
  const rest = frac.slice(power);
  return `${negative ? "-" : ""}${digits}${rest ? `.${rest}` : ""}`;
}

export function observation(
  row: CsvRow,
  o: Pick<ObservationRecord, "seriesCode" | "sourceKey" | "value" | "vintage" | "flags" | "asPublished" | "note" | "column"> & {
    period: ParsedPeriod;
    qualifier?: string | null;
    publisher: string;
  },
): ObservationRecord {
  return {
    kind: "observation",
    seriesCode: o.seriesCode,
    sourceKey: o.sourceKey,
    frequency: o.period.frequency,
    period: o.period.period,
    year: o.period.year,
    value: o.value,
    vintage: o.vintage,
    publisher: o.publisher,
    flags: o.flags,
    qualifier: o.qualifier ?? null,
    asPublished: o.asPublished,
    note: o.note,
    line: row.line,
    column: o.column,
  };
}
