// The project's own long format, for anything no publisher format covers (figures typed from PDFs or quoted in
// statements, events, methodology notes). Two layouts, told apart by their header; documented in docs/tidy-format.md.
import { isIsoDate, provenanceByKey } from "../provenance";
import { type CsvRow, readCsv } from "../csv";
import { parsePeriodLabel } from "../periods";
import { isIso3 } from "../../codes";
import { tradeSeriesRecord } from "../series-records";
import { citationFor } from "../../citation/source";
import { isDatasetType, rankFor } from "../sources";
import { ImportFileError, OBSERVATION_FLAGS, type ImportRecord, type ObservationFlag, type Parser, type SourceRecord } from "../types";
import type { Domain, NoteKind, Valuation } from "../../generated/prisma/enums";

export const TIDY_OBSERVATION_HEADER = [
  "series_code",
  "series_title",
  "domain",
  "reporter",
  "partner",
  "flow",
  "unit",
  "valuation",
  "period",
  "value",
  "qualifier",
  "flags",
  "as_published",
  "note",
  "source_key",
  "source_publisher",
  "source_title",
  "source_location",
  "source_vintage",
  "source_dataset_type",
] as const;

export const TIDY_NOTE_HEADER = [
  "note_key",
  "kind",
  "title",
  "body",
  "year_from",
  "year_to",
  "period_label",
  "quoted_value",
  "domains",
  "series_codes",
  "source_key",
  "source_publisher",
  "source_title",
  "source_location",
  "source_dataset_type",
] as const;

const DOMAINS = new Set<Domain>(["trade", "investment", "debt"]);
const VALUATIONS = new Set<Valuation>(["FOB", "CIF", "none"]);
const NOTE_KINDS = new Set<NoteKind>(["event", "discrepancy_statement", "methodology", "caveat"]);
const DECIMAL = /^-?\d+(\.\d+)?$/;

function layout(head: Buffer): "observations" | "notes" | null {
  const first =
    head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? "";
  if (first === TIDY_OBSERVATION_HEADER.join(",")) return "observations";
  if (first === TIDY_NOTE_HEADER.join(",")) return "notes";
  return null;
}

export const tidyParser: Parser = {
  format: "tidy",
  description: "the project's documented long CSV (observations or notes; see docs/tidy-format.md)",
  binary: false,
  detect: (_name, head) => layout(head) !== null,
  async *parse(input) {
    let head = Buffer.alloc(0);
    const probe = input.open();
    for await (const chunk of probe) {
      head = Buffer.from(chunk as Buffer);
      (probe as unknown as { destroy(): void }).destroy();
      break;
    }
    const kind = layout(head);
    function fail(row: CsvRow, column: string, message: string): never {
      throw new ImportFileError(input.file, row.line, row.col(column), message);
    }
    const seenSources = new Set<string>();
    function* source(row: CsvRow): Generator<ImportRecord, string> {
      const key = row.get("source_key").trim();
      if (!key) fail(row, "source_key", "source_key is empty");
      if (seenSources.has(key)) return key;
      seenSources.add(key);
      const datasetType = row.get("source_dataset_type");
      if (!isDatasetType(datasetType)) fail(row, "source_dataset_type", `unknown source_dataset_type ${JSON.stringify(datasetType)}`);
      const s: SourceRecord = {
        kind: "source",
        key,
        publisher: row.get("source_publisher") || fail(row, "source_publisher", "source_publisher is empty"),
        title: row.get("source_title") || fail(row, "source_title", "source_title is empty"),
        location: row.get("source_location") || fail(row, "source_location", "source_location is empty"),
        vintage: (kind === "observations" ? row.get("source_vintage") : "") || null,
        datasetType,
        rank: rankFor(datasetType, row.get("source_title")),
        citation: "",
        licence: null,
        retrievedAt: null,
      };
      // The dated vintage: "LABEL (YYYY-MM-DD)" or a date in source_vintage, else the provenance list's date for the key.
      const dated = /(\d{4}-\d{2}-\d{2})\)?$/.exec(s.vintage ?? "");
      if (dated && !isIsoDate(dated[1]!)) fail(row, "source_vintage", `source_vintage ${JSON.stringify(s.vintage)}: not a valid date`);
      s.vintageDate = dated ? dated[1]! : (provenanceByKey(key)?.vintageDate ?? null);
      s.citation = citationFor(s.publisher, s.title, s.location, s.vintage);
      yield s;
      return key;
    }

    if (kind === "observations") {
      const seenSeries = new Set<string>();
      for await (const row of readCsv(input, { header: TIDY_OBSERVATION_HEADER })) {
        const code = row.get("series_code");
        const trade = /^trade\.([A-Z]{3})\.([A-Z]{3})\.([XMT])(?:\.HS(\d{2,6}))?$/.exec(code);
        if (!seenSeries.has(code)) {
          seenSeries.add(code);
          if (trade) {
            yield tradeSeriesRecord({
              reporter: trade[1]!,
              partner: trade[2]!,
              flow: trade[3] as "X" | "M" | "T",
              productCode: trade[4] ?? "TOTAL",
            });
          } else {
            if (!/^(fdi|debt|trade)\.[A-Z]{3}\.[A-Z]{3}\.[a-z0-9_.]+$/.test(code))
              fail(row, "series_code", `series_code ${JSON.stringify(code)} does not follow {domain}.{REPORTER}.{PARTNER}.{indicator}`);
            const domain = row.get("domain") as Domain;
            if (!DOMAINS.has(domain))
              fail(row, "domain", `domain must be trade, investment or debt, found ${JSON.stringify(row.get("domain"))}`);
            const valuation = (row.get("valuation") || "none") as Valuation;
            if (!VALUATIONS.has(valuation)) fail(row, "valuation", `valuation must be FOB, CIF or none`);
            for (const c of ["reporter", "partner"] as const)
              if (!isIso3(row.get(c))) fail(row, c, `unknown country code ${JSON.stringify(row.get(c))}`);
            yield {
              kind: "series",
              code,
              domain,
              title: row.get("series_title") || fail(row, "series_title", "series_title is empty for a new series"),
              reporter: row.get("reporter"),
              partner: row.get("partner"),
              flow: row.get("flow") || fail(row, "flow", "flow is empty"),
              unit: row.get("unit") || fail(row, "unit", "unit is empty"),
              valuation,
              productCode: "TOTAL",
              productLevel: null,
              description: null,
            };
          }
        }
        const period =
          parsePeriodLabel(row.get("period")) ?? fail(row, "period", `unrecognised period ${JSON.stringify(row.get("period"))}`);
        const value = row.get("value").trim();
        if (!DECIMAL.test(value)) fail(row, "value", `not a number: ${JSON.stringify(row.get("value"))}`);
        const flags = row
          .get("flags")
          .split(/[;|]/)
          .map((f) => f.trim())
          .filter(Boolean);
        for (const f of flags)
          if (!(OBSERVATION_FLAGS as readonly string[]).includes(f))
            fail(row, "flags", `unknown flag ${JSON.stringify(f)} (allowed: ${OBSERVATION_FLAGS.join(", ")})`);
        const sourceKey = yield* source(row);
        yield {
          kind: "observation",
          seriesCode: code,
          sourceKey,
          frequency: period.frequency,
          period: period.period,
          year: period.year,
          value,
          vintage: row.get("source_vintage"),
          flags: flags as ObservationFlag[],
          qualifier: row.get("qualifier") || null,
          asPublished: row.get("as_published") || null,
          note: row.get("note") || null,
          line: row.line,
          column: row.col("value"),
        };
      }
    } else if (kind === "notes") {
      for await (const row of readCsv(input, { header: TIDY_NOTE_HEADER })) {
        const noteKind = row.get("kind") as NoteKind;
        if (!NOTE_KINDS.has(noteKind)) fail(row, "kind", `kind must be one of ${[...NOTE_KINDS].join(", ")}`);
        const year = (column: string): number | null => {
          const t = row.get(column).trim();
          if (!t) return null;
          if (!/^(19|20)\d\d$/.test(t)) fail(row, column, `not a year: ${JSON.stringify(t)}`);
          return Number(t);
        };
        const domains = row
          .get("domains")
          .split(/[;|]/)
          .map((d) => d.trim())
          .filter(Boolean);
        for (const d of domains) if (!DOMAINS.has(d as Domain)) fail(row, "domains", `unknown domain ${JSON.stringify(d)}`);
        const sourceKey = row.get("source_key") ? yield* source(row) : null;
        yield {
          kind: "note",
          key: row.get("note_key") || fail(row, "note_key", "note_key is empty"),
          noteKind,
          title: row.get("title") || fail(row, "title", "title is empty"),
          body: row.get("body"),
          yearFrom: year("year_from"),
          yearTo: year("year_to") ?? year("year_from"),
          periodLabel: row.get("period_label") || null,
          quotedValue: row.get("quoted_value") || null,
          domains: domains as Domain[],
          seriesCodes: row
            .get("series_codes")
            .split(/[;|]/)
            .map((s) => s.trim())
            .filter(Boolean),
          sourceKey,
          line: row.line,
        };
      }
    } else {
      throw new ImportFileError(
        input.file,
        1,
        1,
        `wrong header for the tidy format: expected ${TIDY_OBSERVATION_HEADER.join(",")} or ${TIDY_NOTE_HEADER.join(",")}`,
      );
    }
  },
};
