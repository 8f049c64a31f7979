// World Bank WITS API totals, as saved to CSV (e.g. wits_total_trade_kazakhstan_china.csv):
//   year,product,product_name,indicator,indicator_name,value_usd_thousand
//   1995,Total,All Products,MPRT-TRD-VL,Import Trade Value (US$ Thousand),34665.884
// The file does not name the reporter and partner: they come from the parser options
// (createWitsApiParser({ reporter, partner })) or from the file name
// wits_total_trade_{reporter-name}_{partner-name}.csv. See prisma/seed-data/FORMATS.md §3(c).
import path from "node:path";
import { ImportFileError, type ImportRecord, type Parser, type ParserInput } from "../types";
import { headerLine, readCsv } from "../csv";
import { countryFromFileNamePart, countryName } from "../../countries";
import { isIso3 } from "../../codes";
import { fitStorage, NOT_STORABLE, scaleDecimal } from "../../decimal";
import { witsProduct, witsSeries } from "./wits";

export const WITS_API_COLUMNS = ["year", "product", "product_name", "indicator", "indicator_name", "value_usd_thousand"] as const;
type Column = (typeof WITS_API_COLUMNS)[number];
const COL = Object.fromEntries(WITS_API_COLUMNS.map((n, i) => [n, i])) as Record<Column, number>;

const INDICATORS: ReadonlyMap<string, "M" | "X"> = new Map([
  ["MPRT-TRD-VL", "M"],
  ["XPRT-TRD-VL", "X"],
]);

const FILE_NAME_RE = /^wits_total_trade_([^_]+)_([^_]+)\.csv$/i;

export interface WitsApiOptions {
  /** ISO3 of the reporting economy (the file does not say). */
  reporter?: string;
  /** ISO3 of the partner economy. */
  partner?: string;
}

/** Reporter and partner from the options, else from the file name; throws at line 1 when neither works. */
function resolvePair(file: string, options: WitsApiOptions): { reporter: string; partner: string } {
  let reporter = options.reporter?.toUpperCase();
  let partner = options.partner?.toUpperCase();
  const m = FILE_NAME_RE.exec(path.basename(file));
  if (m) {
    reporter ??= countryFromFileNamePart(m[1]!);
    partner ??= countryFromFileNamePart(m[2]!);
  }
  if (!reporter || !partner) {
    const missing = [!reporter && "reporter", !partner && "partner"].filter(Boolean).join(" and ");
    throw new ImportFileError(
      file,
      1,
      1,
      `the WITS API totals file does not name the ${missing}: pass them as parser options (reporter/partner ISO3) ` +
        `or name the file wits_total_trade_{reporter}_{partner}.csv with country names such as "kazakhstan" or ISO3 codes`,
    );
  }
  if (!isIso3(reporter)) throw new ImportFileError(file, 1, 1, `reporter ${JSON.stringify(reporter)} is not an ISO 3166 alpha-3 code`);
  if (!isIso3(partner)) throw new ImportFileError(file, 1, 1, `partner ${JSON.stringify(partner)} is not an ISO 3166 alpha-3 code`);
  if (reporter === partner) throw new ImportFileError(file, 1, 1, `reporter and partner are both ${reporter}`);
  return { reporter, partner };
}

async function* parseWitsApi(input: ParserInput, options: WitsApiOptions): AsyncGenerator<ImportRecord> {
  const file = input.file;
  // The pair is needed for the source, which must come first; resolve it before reading rows.
  const { reporter, partner } = resolvePair(file, options);
  const sourceKey = `wits-api:${reporter}:${partner}`;
  let sourceEmitted = false;
  const series = new Set<string>();

  for await (const row of readCsv(input, { header: WITS_API_COLUMNS })) {
    const { fields, line } = row;
    if (!sourceEmitted) {
      sourceEmitted = true;
      yield {
        kind: "source",
        key: sourceKey,
        publisher: "World Bank WITS (UN Comtrade data reported by national customs)",
        title: `WITS API trade totals, ${countryName(reporter)} with ${countryName(partner)} (as reported by ${countryName(reporter)})`,
        location: "https://wits.worldbank.org/",
        vintage: null,
        datasetType: "official_database_via_third_party",
        rank: 30,
        citation: `World Bank, World Integrated Trade Solution (WITS) API, ${path.basename(file)}: trade values of UN Comtrade data (accessed via the China–Kazakhstan Economic Monitor import).`,
        licence: null,
        retrievedAt: null,
      };
    }
    const fail = (col: Column, message: string): never => {
      throw new ImportFileError(file, line, COL[col] + 1, message);
    };
    const get = (col: Column): string => fields[COL[col]]!.trim();

    const indicator = get("indicator");
    const flow = INDICATORS.get(indicator);
    if (!flow) {
      yield {
        kind: "rejected",
        line,
        column: COL.indicator + 1,
        reason: `indicator ${JSON.stringify(indicator)} (${get("indicator_name")}) is not a trade value (MPRT-TRD-VL / XPRT-TRD-VL)`,
      };
      continue;
    }
    const yearText = get("year");
    if (!/^\d{4}$/.test(yearText)) fail("year", `year ${JSON.stringify(yearText)} is not a year`);
    const product = witsProduct(get("product"));
    if (!product) fail("product", `product ${JSON.stringify(get("product"))}: expected Total or an HS code`);

    const valueText = get("value_usd_thousand");
    if (valueText === "") {
      yield { kind: "rejected", line, column: COL.value_usd_thousand + 1, reason: "empty value" };
      continue;
    }
    const usd = scaleDecimal(valueText, 3);
    if (usd === null) fail("value_usd_thousand", `value ${JSON.stringify(valueText)} is not a number`);
    const stored = fitStorage(usd!);
    if (stored === null) fail("value_usd_thousand", `value ${valueText} ${NOT_STORABLE}`);

    const p = product!;
    const code = `trade.${reporter}.${partner}.${flow}${p.suffix}`;
    if (!series.has(code)) {
      series.add(code);
      const withName = p.productCode === "TOTAL" || !get("product_name") ? p : { ...p, label: `${p.label} ${get("product_name")}` };
      yield witsSeries({ code, flow, reporter, partner, reporterName: reporter, partnerName: partner, product: withName });
    }
    yield {
      kind: "observation",
      seriesCode: code,
      sourceKey,
      frequency: "A",
      period: yearText,
      year: Number(yearText),
      value: stored!.value,
      vintage: "",
      flags: [],
      qualifier: null,
      asPublished: `${valueText} (US$ thousand)`,
      note: null,
      line,
      column: COL.value_usd_thousand + 1,
    };
  }
}

/** A WITS API totals parser for a given reporter/partner (ISO3); without options the file name decides. */
export function createWitsApiParser(options: WitsApiOptions = {}): Parser {
  return {
    format: "wits-api",
    description:
      "World Bank WITS API totals CSV (year, product, indicator, value_usd_thousand); reporter and partner from the file name wits_total_trade_{reporter}_{partner}.csv",
    binary: false,
    detect(_fileName: string, head: Buffer): boolean {
      return headerLine(head).trim() === WITS_API_COLUMNS.join(",");
    },
    parse(input: ParserInput): AsyncIterable<ImportRecord> {
      return parseWitsApi(input, options);
    },
  };
}

export const witsApiParser: Parser = createWitsApiParser();
