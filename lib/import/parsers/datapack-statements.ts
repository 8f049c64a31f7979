// The data pack's investment, external-debt and discrepancy-statement files: official series and quoted statements,
// each with its publisher, period as printed and qualifier ("nearly", "more than").
import { type CsvRow, readCsv } from "../csv";
import { parsePeriodLabel, refinePeriod } from "../periods";
import { countryName } from "../../countries";
import type { ImportRecord, SourceRecord } from "../types";
import { Context, datasetType, joinNotes, observation, scale, splitQualified, UNIT_SCALE } from "./datapack-rows";

export const STATEMENT_HEADERS = {
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

/** The source of a row of these files (publication = the file or page it names), once per source. */
function* statementSource(
  ctx: Context,
  row: CsvRow,
  given: { publisher?: string; datasetType?: SourceRecord["datasetType"] } = {},
): Generator<ImportRecord, string> {
  return yield* ctx.source(row, {
    publisher: given.publisher ?? row.get("publisher"),
    title: row.get("source"),
    location: row.get("source_url_or_path"),
    vintage: null,
    datasetType: given.datasetType ?? datasetType(ctx, row, "dataset_type"),
  });
}

export async function* investment(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: STATEMENT_HEADERS.investment })) {
    const partner = INVESTOR[row.get("investor")];
    if (!partner || row.get("host") !== "Kazakhstan") {
      // Not a Kazakhstan-from-one-partner measure (a region total, a share of two investors together): keep the
      // statement as a caveat note rather than force it into a series it does not belong to.
      const sourceKey = yield* statementSource(ctx, row);
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
    const sourceKey = yield* statementSource(ctx, row);
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

export async function* externalDebt(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: STATEMENT_HEADERS.externalDebt })) {
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
    const sourceKey = yield* statementSource(ctx, row);
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

export async function* discrepancyNotes(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: STATEMENT_HEADERS.discrepancyNotes })) {
    const years = [...row.get("year").matchAll(/(19|20)\d\d/g)].map((m) => Number(m[0]));
    if (years.length === 0) ctx.fail(row, "year", `no year in ${JSON.stringify(row.get("year"))}`);
    const sourceKey = yield* statementSource(ctx, row, {
      publisher: row.get("publisher_of_underlying_data"),
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
