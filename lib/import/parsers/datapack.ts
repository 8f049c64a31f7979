// The data pack's own tidy transcriptions (prisma/seed-data/tidy/*.csv): one long table per family, each row naming
// its publisher and the exact file or page it was read from. Detected by header; see prisma/seed-data/README.md.
import { type CsvRow, readCsv } from "../csv";
import { parsePeriodLabel, refinePeriod, type ParsedPeriod } from "../periods";
import { countryName } from "../../countries";
import { isIso3, type TradeFlow } from "../../codes";
import { tradeSeriesRecord } from "../series-records";
import { provenanceByKey } from "../provenance";
import { DERIVED_HEADERS, readDerived } from "./datapack-derived";
import { citationFor, isDatasetType, rankFor, sourceKeyFromLocation } from "../sources";
import {
  ImportFileError,
  type ImportRecord,
  type ObservationFlag,
  type ObservationRecord,
  type Parser,
  type ParserInput,
  type SeriesRecord,
  type SourceRecord,
} from "../types";

const HEADERS = {
  tradeMirror: [
    "reporter",
    "partner",
    "flow",
    "year",
    "value_usd",
    "source",
    "source_url_or_path",
    "publisher",
    "dataset_type",
    "value_as_published",
    "unit_as_published",
    "flag",
    "notes",
  ],
  tradeByProduct: [
    "reporter",
    "partner",
    "flow",
    "year",
    "hs_level",
    "hs_code",
    "hs_desc",
    "value_usd",
    "source",
    "source_url_or_path",
    "flag",
  ],
  investment: [
    "year",
    "period",
    "direction",
    "investor",
    "host",
    "series",
    "value",
    "unit",
    "value_usd",
    "source",
    "publisher",
    "source_url_or_path",
    "dataset_type",
    "notes",
  ],
  externalDebt: [
    "as_of",
    "debtor_sector",
    "creditor",
    "currency",
    "value",
    "unit",
    "value_usd",
    "source",
    "publisher",
    "source_url_or_path",
    "dataset_type",
    "notes",
  ],
  discrepancyNotes: ["year", "statement", "value", "source", "source_url_or_path", "publisher_of_underlying_data"],
} as const;

type Family = keyof typeof HEADERS | keyof typeof DERIVED_HEADERS;

function familyOf(head: Buffer): Family | null {
  const firstLine =
    head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? "";
  for (const [family, header] of Object.entries({ ...HEADERS, ...DERIVED_HEADERS }) as [Family, readonly string[]][]) {
    if (firstLine === header.join(",")) return family;
  }
  return null;
}

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
function vintageFrom(title: string): string | null {
  const m = /\(([^()]*\d[^()]*vintage[^()]*)\)/i.exec(title);
  return m ? m[1]!.trim() : null;
}

class Context {
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

function datasetType(ctx: Context, row: CsvRow, column: string): SourceRecord["datasetType"] {
  const t = row.get(column);
  if (!isDatasetType(t)) ctx.fail(row, column, `unknown dataset_type ${JSON.stringify(t)}`);
  return t;
}

const FLOWS: Record<string, TradeFlow> = { export: "X", import: "M", total_trade: "T" };

function joinNotes(...parts: (string | null | undefined)[]): string | null {
  const text = parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join("; ");
  return text || null;
}

function locationDetail(location: string): string | null {
  const m = /\((sheet [^)]*)\)/.exec(location);
  return m ? m[1]! : null;
}

async function* tradeMirror(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: HEADERS.tradeMirror })) {
    if (row.get("reporter") === "unclear") {
      yield {
        kind: "rejected",
        line: row.line,
        column: row.col("reporter"),
        reason: "the statement does not say which side's statistics it quotes (reporter 'unclear'); kept in the discrepancy notes",
      };
      continue;
    }
    const reporter = ctx.iso3(row, "reporter");
    const partner = ctx.iso3(row, "partner");
    const flow =
      FLOWS[row.get("flow")] ?? ctx.fail(row, "flow", `unknown flow ${JSON.stringify(row.get("flow"))} (export, import or total_trade)`);
    const year = ctx.period(row, "year");
    const value = ctx.decimal(row, "value_usd");
    const title = row.get("source");
    const vintage = vintageFrom(title);
    const sourceKey = yield* ctx.source(row, {
      publisher: row.get("publisher"),
      title,
      location: row.get("source_url_or_path"),
      vintage,
      datasetType: datasetType(ctx, row, "dataset_type"),
    });
    const seriesCode = yield* ctx.seriesOnce(tradeSeriesRecord({ reporter, partner, flow }));
    const flags = flagsFrom(`${row.get("flag")} ${row.get("unit_as_published")} ${row.get("source_url_or_path")}`);
    yield observation(row, {
      seriesCode,
      sourceKey,
      publisher: row.get("publisher").trim(),
      period: year,
      value,
      vintage: vintage ?? "",
      flags,
      asPublished:
        joinNotes(row.get("value_as_published"), row.get("unit_as_published") ? `(${row.get("unit_as_published")})` : null)?.replace(
          "; (",
          " (",
        ) ?? null,
      note: joinNotes(row.get("flag"), row.get("notes"), locationDetail(row.get("source_url_or_path"))),
      column: row.col("value_usd"),
    });
  }
}

async function* tradeByProduct(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: HEADERS.tradeByProduct })) {
    const reporter = ctx.iso3(row, "reporter");
    const partner = ctx.iso3(row, "partner");
    const flow = FLOWS[row.get("flow")];
    if (flow !== "X" && flow !== "M") ctx.fail(row, "flow", `unknown flow ${JSON.stringify(row.get("flow"))} (export or import)`);
    const level = row.get("hs_level");
    if (level !== "TOTAL" && level !== "HS2") ctx.fail(row, "hs_level", `unknown hs_level ${JSON.stringify(level)} (TOTAL or HS2)`);
    const hsCode = row.get("hs_code");
    if (level === "HS2" && !/^\d{2}$/.test(hsCode))
      ctx.fail(row, "hs_code", `HS chapter must be two digits, found ${JSON.stringify(hsCode)}`);
    const title = row.get("source");
    const isWits = /wits/i.test(title);
    // The file has no publisher column: the publisher trade_mirror.csv gives the same databases.
    const publisher = isWits
      ? "World Bank WITS / UN Comtrade (Kazakhstan as reporter)"
      : "UN Statistics Division (UN Comtrade), data reported by GACC (China) / Kazakhstan";
    const sourceKey = yield* ctx.source(row, {
      publisher,
      title,
      location: row.get("source_url_or_path"),
      vintage: null,
      datasetType: isWits ? "official_database_via_third_party" : "official_database",
    });
    const productCode = level === "TOTAL" ? "TOTAL" : hsCode;
    const seriesCode = yield* ctx.seriesOnce(
      tradeSeriesRecord({
        reporter,
        partner,
        flow,
        productCode,
        productLevel: level === "TOTAL" ? 0 : 2,
        productLabel: row.get("hs_desc"),
      }),
    );
    yield observation(row, {
      seriesCode,
      sourceKey,
      publisher,
      period: ctx.period(row, "year"),
      value: ctx.decimal(row, "value_usd"),
      vintage: "",
      flags: flagsFrom(row.get("flag")),
      asPublished: null,
      // TOTAL rows repeat trade_mirror.csv, whose note is fuller; a null note never overwrites it.
      note: level === "TOTAL" ? null : joinNotes(row.get("flag")),
      column: row.col("value_usd"),
    });
  }
}

/** "nearly 2", "more than 27", "+37%", "about 5" → qualifier + number. */
export function splitQualified(text: string): { qualifier: string | null; number: string } | null {
  const m = /^(nearly|almost|about|more than|exceeded|over|around|c\.)?\s*\+?(-?\d+(?:\.\d+)?)\s*%?$/i.exec(text.trim());
  if (!m) return null;
  const q = m[1]?.toLowerCase() ?? null;
  return { qualifier: q === "exceeded" || q === "over" ? "more than" : q, number: m[2]! };
}

const UNIT_SCALE: Record<string, { unit: string; power: number }> = {
  "USD billion": { unit: "USD", power: 9 },
  "USD million": { unit: "USD", power: 6 },
  "EUR m": { unit: "EUR million", power: 0 },
  "in % of total": { unit: "percent", power: 0 },
  percent: { unit: "percent", power: 0 },
};

function scale(number: string, power: number): string {
  if (power === 0) return number;
  const negative = number.startsWith("-");
  const [int, frac = ""] = number.replace("-", "").split(".");
  const digits = (int! + frac.padEnd(power, "0").slice(0, power)).replace(/^0+(?=\d)/, "");
  const rest = frac.slice(power);
  return `${negative ? "-" : ""}${digits}${rest ? `.${rest}` : ""}`;
}

/** Maps an investment.csv `series` text to a stable indicator, so statements of the same measure share a series. */
function investmentIndicator(series: string, unit: string): { flow: string; title: string } {
  const s = series.toLowerCase();
  if (s.startsWith("fdi inflow (net"))
    return unit === "percent"
      ? { flow: "inflow_share", title: "share of net FDI inflows (NBK, BPM6 directional)" }
      : { flow: "inflow", title: "net FDI inflows (NBK, BPM6 directional)" };
  if (s.startsWith("fdi inward stock"))
    return unit === "percent"
      ? { flow: "stock_share", title: "share of inward FDI stock (NBK)" }
      : { flow: "stock", title: "inward FDI stock (NBK)" };
  if (s.includes("gross fdi inflow") || s.startsWith("direct investment (as stated") || s.startsWith("investment inflow (as stated"))
    return { flow: "gross_inflow", title: "gross FDI inflows (NBK headline metric, as quoted)" };
  if (s.includes("growth")) return { flow: "gross_inflow_growth", title: "growth of direct investment (as quoted)" };
  if (s.includes("cgit") || s.includes("construction transactions"))
    return {
      flow: "cgit_transactions",
      title: "investment and construction deals (AEI China Global Investment Tracker; not balance-of-payments FDI)",
    };
  if (s.includes("share")) return { flow: "share_statement", title: "share of total investment (as quoted)" };
  if (s.includes("finprom") || s.includes("stock/position"))
    return { flow: "position_statement", title: "investment position (as quoted)" };
  return { flow: "cumulative_statement", title: "cumulative investment (as quoted)" };
}

const INVESTOR: Record<string, string> = { China: "CHN", "World (all countries)": "WLD", World: "WLD" };

async function* investment(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: HEADERS.investment })) {
    const partner = INVESTOR[row.get("investor")];
    if (!partner || row.get("host") !== "Kazakhstan") {
      // Not a Kazakhstan-from-one-partner measure (a region total, a share of two investors together): keep the
      // statement as a caveat note rather than force it into a series it does not belong to.
      const sourceKey = yield* ctx.source(row, {
        publisher: row.get("publisher"),
        title: row.get("source"),
        location: row.get("source_url_or_path"),
        vintage: null,
        datasetType: datasetType(ctx, row, "dataset_type"),
      });
      const years = [...row.get("year").matchAll(/(19|20)\d\d/g)].map((m) => Number(m[0]));
      yield {
        kind: "note",
        key: `investment:${row.get("year")}:${row.get("series").slice(0, 60)}`,
        noteKind: "caveat",
        title: `${row.get("series")} — ${row.get("investor")} → ${row.get("host")}`,
        body: `${row.get("value")} ${row.get("unit")}. ${row.get("notes")}`.trim(),
        yearFrom: years.length ? Math.min(...years) : null,
        yearTo: years.length ? Math.max(...years) : null,
        periodLabel: row.get("year"),
        quotedValue: `${row.get("value")} ${row.get("unit")}`,
        domains: ["investment"],
        seriesCodes: [],
        sourceKey,
        publisher: row.get("publisher").trim(),
        line: row.line,
      };
      continue;
    }
    const scaleInfo = UNIT_SCALE[row.get("unit")] ?? ctx.fail(row, "unit", `unknown unit ${JSON.stringify(row.get("unit"))}`);
    const parsed =
      row.get("value_usd") && scaleInfo.unit === "USD"
        ? { qualifier: splitQualified(row.get("value"))?.qualifier ?? null, number: ctx.decimal(row, "value_usd") }
        : splitQualified(row.get("value"));
    if (!parsed) ctx.fail(row, "value", `not a number: ${JSON.stringify(row.get("value"))}`);
    const value = row.get("value_usd") && scaleInfo.unit === "USD" ? parsed.number : scale(parsed.number, scaleInfo.power);
    const { flow, title } = investmentIndicator(row.get("series"), scaleInfo.unit);
    const dt = datasetType(ctx, row, "dataset_type");
    const sourceKey = yield* ctx.source(row, {
      publisher: row.get("publisher"),
      title: row.get("source"),
      location: row.get("source_url_or_path"),
      vintage: null,
      datasetType: dt,
    });
    const seriesCode = yield* ctx.seriesOnce({
      kind: "series",
      code: `fdi.KAZ.${partner}.${flow}`,
      domain: "investment",
      title: `Kazakhstan: ${title}${partner === "WLD" ? ", all countries" : ` from ${countryName(partner)}`}`,
      reporter: "KAZ",
      partner,
      flow,
      unit: scaleInfo.unit,
      valuation: "none",
      productCode: "TOTAL",
      productLevel: null,
      description: row.get("series"),
    });
    let period = ctx.period(row, "year");
    period = refinePeriod(period, row.get("period"));
    yield observation(row, {
      seriesCode,
      sourceKey,
      publisher: row.get("publisher").trim(),
      period,
      value,
      vintage: "",
      // Shares in the wiiw export are computed by wiiw from NBK levels (its Sources column says so).
      flags: dt === "news_statement" ? ["rounded"] : scaleInfo.unit === "percent" ? ["derived"] : [],
      qualifier: parsed.qualifier ?? (period.circa ? "circa" : null),
      asPublished: `${row.get("value")} ${row.get("unit")}`,
      note: joinNotes(row.get("series") !== title ? row.get("series") : null, row.get("notes")),
      column: row.col("value"),
    });
  }
}

function debtIndicator(row: CsvRow): { flow: string; unit: string; title: string } {
  const unit = row.get("unit");
  const sector = row.get("debtor_sector");
  if (/percent change/i.test(unit)) return { flow: "stock_change_pct", unit: "percent", title: "change in external debt (as quoted)" };
  if (/percent share/i.test(unit)) return { flow: "loans_share_statement", unit: "percent", title: "share of loans (as quoted)" };
  if (/infrastructure/i.test(sector))
    return {
      flow: "infrastructure_support_statement",
      unit: "USD",
      title: "financial support for infrastructure projects (as quoted; commitments, not a debt stock)",
    };
  if (/general government/i.test(sector))
    return { flow: "stock_general_government", unit: "USD", title: "general government external debt" };
  return { flow: "stock", unit: "USD", title: "gross external debt" };
}

async function* externalDebt(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: HEADERS.externalDebt })) {
    const creditor =
      row.get("creditor") === "China"
        ? "CHN"
        : row.get("creditor") === "All creditors"
          ? "WLD"
          : ctx.fail(row, "creditor", `unknown creditor ${JSON.stringify(row.get("creditor"))}`);
    const indicator = debtIndicator(row);
    const qualified = splitQualified(row.get("value"));
    let value: string;
    if (row.get("value_usd")) value = ctx.decimal(row, "value_usd");
    else if (qualified && indicator.unit === "percent") value = qualified.number;
    else if (qualified && /billion/i.test(row.get("unit"))) value = scale(qualified.number, 9);
    else ctx.fail(row, "value", `not a number: ${JSON.stringify(row.get("value"))}`);
    const period =
      parsePeriodLabel(row.get("as_of").replace(/\s*\(.*\)\s*$/, "")) ??
      ctx.fail(row, "as_of", `unrecognised date ${JSON.stringify(row.get("as_of"))}`);
    const dt = datasetType(ctx, row, "dataset_type");
    const sourceKey = yield* ctx.source(row, {
      publisher: row.get("publisher"),
      title: row.get("source"),
      location: row.get("source_url_or_path"),
      vintage: null,
      datasetType: dt,
    });
    const seriesCode = yield* ctx.seriesOnce({
      kind: "series",
      code: `debt.KAZ.${creditor}.${indicator.flow}`,
      domain: "debt",
      title: `Kazakhstan: ${indicator.title}${creditor === "WLD" ? ", all creditors" : ` owed to ${countryName(creditor)}`}`,
      reporter: "KAZ",
      partner: creditor,
      flow: indicator.flow,
      unit: indicator.unit,
      valuation: "none",
      productCode: "TOTAL",
      productLevel: null,
      description: `Debtor sector: ${row.get("debtor_sector")}; currency: ${row.get("currency")}.`,
    });
    yield observation(row, {
      seriesCode,
      sourceKey,
      publisher: row.get("publisher").trim(),
      period,
      value,
      vintage: "",
      flags: dt === "news_statement" ? ["rounded"] : [],
      qualifier: qualified?.qualifier ?? (period.circa ? "circa" : null),
      asPublished: `${row.get("value")} ${row.get("unit")} (as of ${row.get("as_of")})`,
      note: joinNotes(row.get("notes")),
      column: row.col("value"),
    });
  }
}

async function* discrepancyNotes(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: HEADERS.discrepancyNotes })) {
    const years = [...row.get("year").matchAll(/(19|20)\d\d/g)].map((m) => Number(m[0]));
    if (years.length === 0) ctx.fail(row, "year", `no year in ${JSON.stringify(row.get("year"))}`);
    const sourceKey = yield* ctx.source(row, {
      publisher: row.get("publisher_of_underlying_data"),
      title: row.get("source"),
      location: row.get("source_url_or_path"),
      vintage: null,
      datasetType: "news_statement",
    });
    const statement = row.get("statement");
    yield {
      kind: "note",
      key: `discrepancy:${row.get("year")}:${statement.slice(0, 60)}`,
      noteKind: "discrepancy_statement",
      title: headline(statement),
      body: statement,
      yearFrom: Math.min(...years),
      yearTo: Math.max(...years),
      periodLabel: row.get("year"),
      quotedValue: row.get("value"),
      domains: ["trade"],
      seriesCodes: ["trade.CHN.KAZ.X", "trade.KAZ.CHN.M"],
      sourceKey,
      publisher: row.get("publisher_of_underlying_data").trim(),
      line: row.line,
    };
  }
}

/** A statement's first clause, cut at a word boundary: the note's title (the body keeps the whole text). */
function headline(statement: string): string {
  const clause = statement
    .replace(/\s*\([^)]*\)/g, "")
    .split(/;\s/)[0]!
    .trim();
  if (clause.length <= 120) return clause;
  const cut = clause.slice(0, 117);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

function observation(
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

const READERS: Record<Family, (ctx: Context) => AsyncGenerator<ImportRecord>> = {
  tradeMirror,
  tradeByProduct,
  investment,
  externalDebt,
  discrepancyNotes,
  tradeMirrorHeadline: (ctx) => readDerived(ctx.input, "tradeMirrorHeadline"),
  discrepancyComputed: (ctx) => readDerived(ctx.input, "discrepancyComputed"),
};

export const datapackParser: Parser = {
  format: "datapack",
  description:
    "the data pack's 7 tidy files (trade_mirror, trade_by_product, investment, external_debt, discrepancy_notes loaded; trade_mirror_headline and discrepancy_computed checked, not loaded)",
  binary: false,
  detect: (_name, head) => familyOf(head) !== null,
  async *parse(input) {
    const head = await firstBytes(input);
    const family = familyOf(head);
    if (!family) {
      throw new ImportFileError(
        input.file,
        1,
        1,
        `wrong header for the datapack format; expected one of: ${Object.values({ ...HEADERS, ...DERIVED_HEADERS })
          .map((h) => h.slice(0, 4).join(",") + ",…")
          .join(" | ")}`,
      );
    }
    yield* READERS[family](new Context(input));
  },
};

async function firstBytes(input: ParserInput): Promise<Buffer> {
  const stream = input.open();
  for await (const chunk of stream) {
    (stream as unknown as { destroy(): void }).destroy();
    return Buffer.from(chunk as Buffer);
  }
  return Buffer.alloc(0);
}
