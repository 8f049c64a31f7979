// US Federal Reserve (H.10 / FRED) annual average exchange rates, as the Frictionless "exchange-rates" data package
// serves them (prisma/seed-data/raw/fx_annual_federal_reserve.csv):
//   Date,Country,Exchange rate
//   2021-01-01,Euro,0.8453
// CAUTION (raw/SOURCES.txt): every rate in this file is in units of the currency per US dollar — the Euro too,
// although the package's README says the Euro is USD per euro (2021: 0.8453 EUR per USD = 1 / 1.1830, the Fed's
// published annual average; lib/import/parsers/fed-fx.test.ts checks it). Series: fx.USA.{ISO3}.{CUR}_per_USD.
import { headerLine, readCsv } from "../csv";
import { ImportFileError, type ImportRecord, type Parser, type ParserInput } from "../types";
import { fitStorage, scaleDecimal } from "../../decimal";

export const FX_COLUMNS = ["Date", "Country", "Exchange rate"] as const;

/** The file's country names → economy (ISO 3166 alpha-3; EMU = the euro area) and currency (ISO 4217). */
export const FX_CURRENCIES: ReadonlyMap<string, { iso3: string; currency: string; name: string }> = new Map([
  ["Australia", { iso3: "AUS", currency: "AUD", name: "Australian dollars" }],
  ["Brazil", { iso3: "BRA", currency: "BRL", name: "Brazilian reais" }],
  ["Canada", { iso3: "CAN", currency: "CAD", name: "Canadian dollars" }],
  ["China", { iso3: "CHN", currency: "CNY", name: "Chinese yuan renminbi" }],
  ["Denmark", { iso3: "DNK", currency: "DKK", name: "Danish kroner" }],
  ["Euro", { iso3: "EMU", currency: "EUR", name: "euros" }],
  ["Hong Kong", { iso3: "HKG", currency: "HKD", name: "Hong Kong dollars" }],
  ["India", { iso3: "IND", currency: "INR", name: "Indian rupees" }],
  ["Japan", { iso3: "JPN", currency: "JPY", name: "Japanese yen" }],
  ["Malaysia", { iso3: "MYS", currency: "MYR", name: "Malaysian ringgit" }],
  ["Mexico", { iso3: "MEX", currency: "MXN", name: "Mexican pesos" }],
  ["New Zealand", { iso3: "NZL", currency: "NZD", name: "New Zealand dollars" }],
  ["Norway", { iso3: "NOR", currency: "NOK", name: "Norwegian kroner" }],
  ["Singapore", { iso3: "SGP", currency: "SGD", name: "Singapore dollars" }],
  ["South Africa", { iso3: "ZAF", currency: "ZAR", name: "South African rand" }],
  ["South Korea", { iso3: "KOR", currency: "KRW", name: "South Korean won" }],
  ["Sweden", { iso3: "SWE", currency: "SEK", name: "Swedish kronor" }],
  ["Switzerland", { iso3: "CHE", currency: "CHF", name: "Swiss francs" }],
  ["Taiwan", { iso3: "TWN", currency: "TWD", name: "New Taiwan dollars" }],
  ["Thailand", { iso3: "THA", currency: "THB", name: "Thai baht" }],
]);

/** Currencies in the file that are deliberately not loaded, with the reason (printed as a rejected row). */
const NOT_LOADED: ReadonlyMap<string, string> = new Map([
  [
    "Venezuela",
    "the bolívar was redenominated in 2008, 2018 and 2021 and the file does not say which bolívar each year is in, so the series is not loaded",
  ],
]);

export function fxSeriesCode(countryName: string): string | null {
  const c = FX_CURRENCIES.get(countryName);
  return c ? `fx.USA.${c.iso3}.${c.currency}_per_USD` : null;
}

const SOURCE_KEY = "federal-reserve:h10-annual";

async function* parseFx(input: ParserInput): AsyncGenerator<ImportRecord> {
  yield {
    kind: "source",
    key: SOURCE_KEY,
    publisher: "Board of Governors of the Federal Reserve System",
    title: "Foreign exchange rates (H.10 / G.5A), annual averages, currency units per US dollar",
    location: "https://www.federalreserve.gov/releases/g5a/",
    vintage: null,
    datasetType: "official_database_via_third_party",
    rank: 20,
    citation: "Board of Governors of the Federal Reserve System, Foreign Exchange Rates (H.10 / G.5A), annual averages.",
    licence: null,
    retrievedAt: null,
  };
  const seen = new Set<string>();
  for await (const row of readCsv(input, { header: FX_COLUMNS })) {
    const country = row.get("Country").trim();
    const skip = NOT_LOADED.get(country);
    if (skip) {
      yield { kind: "rejected", line: row.line, column: row.col("Country"), reason: `${country}: ${skip}` };
      continue;
    }
    const currency = FX_CURRENCIES.get(country);
    if (!currency)
      throw new ImportFileError(
        input.file,
        row.line,
        row.col("Country"),
        `unknown currency ${JSON.stringify(country)} (lib/import/parsers/fed-fx.ts lists the Federal Reserve's names)`,
      );
    const m = /^(\d{4})-01-01$/.exec(row.get("Date").trim());
    if (!m)
      throw new ImportFileError(
        input.file,
        row.line,
        row.col("Date"),
        `Date ${JSON.stringify(row.get("Date"))}: expected YYYY-01-01 (annual)`,
      );
    const text = row.get("Exchange rate").trim();
    const value = scaleDecimal(text, 0);
    const stored = value === null ? null : fitStorage(value);
    if (!stored || value!.startsWith("-") || value === "0")
      throw new ImportFileError(input.file, row.line, row.col("Exchange rate"), `rate ${JSON.stringify(text)} is not a positive number`);
    const code = fxSeriesCode(country)!;
    if (!seen.has(code)) {
      seen.add(code);
      yield {
        kind: "series",
        code,
        domain: "reference",
        title: `${currency.name[0]!.toUpperCase()}${currency.name.slice(1)} per US dollar, annual average (Federal Reserve)`,
        reporter: "USA",
        partner: currency.iso3,
        flow: `${currency.currency}_per_USD`,
        unit: `${currency.currency} per USD`,
        valuation: "none",
        productCode: "TOTAL",
        productLevel: null,
        description: `Annual average of daily noon buying rates in New York, ${currency.currency} per USD, as the Federal Reserve publishes it (G.5A).`,
      };
    }
    yield {
      kind: "observation",
      seriesCode: code,
      sourceKey: SOURCE_KEY,
      frequency: "A",
      period: m[1]!,
      year: Number(m[1]),
      value: stored.value,
      vintage: "",
      flags: [],
      qualifier: null,
      asPublished: `${text} ${currency.currency} per USD`,
      note: null,
      line: row.line,
      column: row.col("Exchange rate"),
    };
  }
}

export const fedFxParser: Parser = {
  format: "fed-fx",
  description: "US Federal Reserve annual average exchange rates (Date,Country,Exchange rate; currency per USD)",
  binary: false,
  detect: (_name, head) => headerLine(head) === FX_COLUMNS.join(","),
  parse: (input) => parseFx(input),
};
