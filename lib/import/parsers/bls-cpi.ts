// US Bureau of Labor Statistics CPI-U, monthly, as the Frictionless "cpi-us" data package serves it
// (prisma/seed-data/raw/us_cpi_u_monthly_bls.csv):
//   Date,Index,Inflation
//   1913-01-01,9.8,
// Index: CPI-U, US city average, all items (series CUUR0000SA0), 1982-84 = 100. Inflation is the package's own
// month-on-month change and is not loaded. Besides the months, the parser stores each year's annual average (the
// mean of its monthly indexes, rounded to 3 decimals as BLS publishes it), flagged "derived", under THE ANNUAL RULE:
//   a year gets an annual average when all 12 months are in the file, or when the only months missing are months
//   BLS did not publish (UNPUBLISHED_MONTHS: October 2025, not collected during the federal shutdown); then the
//   average is over the months published (2025: 11 months) and the note says so. Any other gap: no annual value.
import { headerLine, readCsv } from "../csv";
import { ImportFileError, type ImportRecord, type Parser, type ParserInput, type SeriesRecord } from "../types";
import { fitStorage, meanDecimal, scaleDecimal } from "../../decimal";

export const CPI_COLUMNS = ["Date", "Index", "Inflation"] as const;
export const CPI_SERIES = "prices.USA.USA.cpi_u";
/** Months BLS did not publish, with the reason: an annual average over the remaining months is still computed. */
export const UNPUBLISHED_MONTHS: ReadonlyMap<string, string> = new Map([
  ["2025-10", "BLS published no October 2025 CPI (data not collected during the federal government shutdown)"],
]);

const SOURCE_KEY = "bls:CUUR0000SA0";

export function cpiSeriesRecord(): SeriesRecord {
  return {
    kind: "series",
    code: CPI_SERIES,
    domain: "reference",
    title: "US consumer price index, CPI-U, US city average, all items (1982–84 = 100)",
    reporter: "USA",
    partner: "USA",
    flow: "cpi_u",
    unit: "index 1982-84=100",
    valuation: "none",
    productCode: "TOTAL",
    productLevel: null,
    description:
      "BLS series CUUR0000SA0, not seasonally adjusted. Monthly values as published; annual values are the average of a year's monthly indexes (flagged derived; 2025 averages the 11 months published, October 2025 was not published).",
  };
}

/** The annual averages the rule allows, from the months of the file: year → { value, months, note }. */
export function annualAverages(months: ReadonlyMap<string, string>): Map<number, { value: string; months: number; note: string }> {
  const byYear = new Map<number, string[]>();
  for (const [month, value] of months) {
    const year = Number(month.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), value]);
  }
  const out = new Map<number, { value: string; months: number; note: string }>();
  for (const [year, values] of byYear) {
    const missing = Array.from({ length: 12 }, (_, k) => `${year}-${String(k + 1).padStart(2, "0")}`).filter((m) => !months.has(m));
    if (missing.some((m) => !UNPUBLISHED_MONTHS.has(m))) continue;
    const note =
      missing.length === 0
        ? "Annual average: mean of the 12 monthly indexes, rounded to 3 decimals."
        : `Annual average of the ${values.length} months published (${missing.map((m) => `${m}: ${UNPUBLISHED_MONTHS.get(m)}`).join("; ")}), rounded to 3 decimals.`;
    out.set(year, { value: meanDecimal(values, 3), months: values.length, note });
  }
  return out;
}

async function* parseCpi(input: ParserInput): AsyncGenerator<ImportRecord> {
  yield {
    kind: "source",
    key: SOURCE_KEY,
    publisher: "US Bureau of Labor Statistics",
    title: "Consumer Price Index for All Urban Consumers (CPI-U), US city average, all items, series CUUR0000SA0",
    location: "https://www.bls.gov/cpi/",
    vintage: null,
    datasetType: "official_database_via_third_party",
    rank: 20,
    citation: "US Bureau of Labor Statistics, Consumer Price Index for All Urban Consumers (CPI-U), series CUUR0000SA0, 1982-84=100.",
    licence: null,
    retrievedAt: null,
  };
  yield cpiSeriesRecord();
  const months = new Map<string, string>();
  let lastLine = 1;
  for await (const row of readCsv(input, { header: CPI_COLUMNS })) {
    lastLine = row.line;
    const date = row.get("Date").trim();
    const m = /^(\d{4})-(0[1-9]|1[0-2])-01$/.exec(date);
    if (!m)
      throw new ImportFileError(
        input.file,
        row.line,
        row.col("Date"),
        `Date ${JSON.stringify(date)}: expected the first of a month (YYYY-MM-01)`,
      );
    const month = `${m[1]}-${m[2]}`;
    if (months.has(month)) throw new ImportFileError(input.file, row.line, row.col("Date"), `duplicate: ${month} given twice`);
    const text = row.get("Index").trim();
    const value = scaleDecimal(text, 0);
    const stored = value === null ? null : fitStorage(value);
    if (!stored || value!.startsWith("-") || value === "0")
      throw new ImportFileError(input.file, row.line, row.col("Index"), `Index ${JSON.stringify(text)} is not a positive number`);
    months.set(month, stored.value);
    yield {
      kind: "observation",
      seriesCode: CPI_SERIES,
      sourceKey: SOURCE_KEY,
      frequency: "M",
      period: month,
      year: Number(m[1]),
      value: stored.value,
      vintage: "",
      flags: [],
      qualifier: null,
      asPublished: text,
      note: null,
      line: row.line,
      column: row.col("Index"),
    };
  }
  for (const [year, avg] of [...annualAverages(months)].sort(([a], [b]) => a - b)) {
    yield {
      kind: "observation",
      seriesCode: CPI_SERIES,
      sourceKey: SOURCE_KEY,
      frequency: "A",
      period: String(year),
      year,
      value: avg.value,
      vintage: "",
      flags: ["derived"],
      qualifier: null,
      asPublished: null,
      note: avg.note,
      line: lastLine,
      column: 2,
    };
  }
}

export const blsCpiParser: Parser = {
  format: "bls-cpi",
  description: "US BLS CPI-U monthly index (Date,Index,Inflation), with annual averages (rule in lib/import/parsers/bls-cpi.ts)",
  binary: false,
  detect: (_name, head) => headerLine(head) === CPI_COLUMNS.join(","),
  parse: (input) => parseCpi(input),
};
