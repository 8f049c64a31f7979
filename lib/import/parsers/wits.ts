// World Bank WITS "Trade data (by product)" CSV download (UN Comtrade data re-served by WITS), e.g.
// china_imports_from_world_reference_2015_2024_wits.csv. See prisma/seed-data/FORMATS.md §3(a).
//   "Nomenclature","ReporterISO3","ProductCode","ReporterName","PartnerISO3","PartnerName","Year",
//   "TradeFlowName","TradeFlowCode","TradeValue in 1000 USD"
// TradeFlowCode 5 = Import, 6 = Export; values in thousand US dollars.
//
// The Stata (.dta) save of the same download is NOT read: no maintained JavaScript reader of the .dta
// format exists in the npm registry (checked: none published that is maintained and trusted), and
// writing a binary-format reader here is out of scope. detect() refuses .dta files; the data pack has the
// same figures transcribed in prisma/seed-data/tidy/trade_by_product.csv.
import path from "node:path";
import { ImportFileError, type ImportRecord, type Parser, type ParserInput, type SeriesRecord, type SourceRecord } from "../types";
import { headerLine, readCsv } from "../csv";
import { tradeSeriesRecord } from "../series-records";
import { countryName } from "../../countries";
import { isIso3 } from "../../codes";
import { witsNotCountryReason } from "./not-countries";
import { fitStorage, NOT_STORABLE, scaleDecimal } from "../../decimal";

// ---------------------------------------------------------------------------------------------------
// WITS product codes (shared with wits-api.ts).

export interface WitsProduct {
  productCode: string;
  /** 0 total, 1 HS section, 2/4/6 HS digits; null for WITS groupings that are not HS levels. */
  productLevel: number | null;
  /** Appended to the series code ("" for the total). */
  suffix: string;
  /** For titles ("" for the total). */
  label: string;
}

const WITS_GROUPS: ReadonlyMap<string, string> = new Map([
  ["AllSubHeading", "all products (sum over HS subheadings; may differ from the reported total)"],
  ["WTO_H4_Aggri", "agricultural products (WTO definition)"],
  ["WTO_H4_Indus", "industrial products (WTO definition)"],
  ["WTO_H4_Petro", "petroleum (WTO definition)"],
]);

/** Maps a WITS product code; null when it is not recognised. */
export function witsProduct(code: string): WitsProduct | null {
  const c = code.trim();
  if (/^(total|999999)$/i.test(c)) return { productCode: "TOTAL", productLevel: 0, suffix: "", label: "" };
  if (/^\d{2}$|^\d{4}$|^\d{6}$/.test(c)) return { productCode: c, productLevel: c.length, suffix: `.HS${c}`, label: `HS ${c}` };
  const section = /^(\d{2})-(\d{2})_([A-Za-z]+)$/.exec(c);
  if (section) {
    return { productCode: c, productLevel: 1, suffix: `.HS${c}`, label: `HS ${section[1]}-${section[2]} ${section[3]}` };
  }
  const group = WITS_GROUPS.get(c);
  if (group) return { productCode: c, productLevel: null, suffix: `.${c}`, label: group };
  return null;
}

/** Series record for a WITS trade value (shared naming via lib/import/series-records.ts). */
export function witsSeries(args: {
  code: string;
  flow: "X" | "M";
  reporter: string;
  partner: string;
  reporterName: string;
  partnerName: string;
  product: WitsProduct;
}): SeriesRecord {
  const { product } = args;
  const base = tradeSeriesRecord({
    reporter: args.reporter,
    partner: args.partner,
    flow: args.flow,
    reporterName: countryName(args.reporter, args.reporterName),
    partnerName: countryName(args.partner, args.partnerName),
  });
  if (product.productCode === "TOTAL") return { ...base, code: args.code };
  return {
    ...base,
    code: args.code,
    title: base.title.replace(/ \(as reported by /, ` — ${product.label} (as reported by `),
    productCode: product.productCode,
    productLevel: product.productLevel,
  };
}

// ---------------------------------------------------------------------------------------------------

export const WITS_COLUMNS = [
  "Nomenclature",
  "ReporterISO3",
  "ProductCode",
  "ReporterName",
  "PartnerISO3",
  "PartnerName",
  "Year",
  "TradeFlowName",
  "TradeFlowCode",
  "TradeValue in 1000 USD",
] as const;

type WitsColumn = (typeof WITS_COLUMNS)[number];
const COL = Object.fromEntries(WITS_COLUMNS.map((n, i) => [n, i])) as Record<WitsColumn, number>;

const FLOWS: ReadonlyMap<string, "M" | "X"> = new Map([
  ["5", "M"],
  ["6", "X"],
]);

async function* parseWits(input: ParserInput): AsyncGenerator<ImportRecord> {
  const file = input.file;
  const sources = new Set<string>();
  const series = new Set<string>();

  for await (const row of readCsv(input, { header: WITS_COLUMNS })) {
    const { fields, line } = row;
    const fail = (col: WitsColumn, message: string): never => {
      throw new ImportFileError(file, line, COL[col] + 1, message);
    };
    const get = (col: WitsColumn): string => fields[COL[col]]!.trim();

    const flowCode = get("TradeFlowCode");
    const flow = FLOWS.get(flowCode);
    if (!flow) {
      yield {
        kind: "rejected",
        line,
        column: COL.TradeFlowCode + 1,
        reason: `TradeFlowCode ${JSON.stringify(flowCode)} (${get("TradeFlowName")}): only 5 (Import) and 6 (Export) are imported`,
      };
      continue;
    }

    const reporter = get("ReporterISO3");
    const partner = get("PartnerISO3");
    if (!isIso3(reporter)) fail("ReporterISO3", `ReporterISO3 ${JSON.stringify(reporter)} is not an ISO 3166 alpha-3 code`);
    if (!isIso3(partner)) fail("PartnerISO3", `PartnerISO3 ${JSON.stringify(partner)} is not an ISO 3166 alpha-3 code`);
    const reporterNot = witsNotCountryReason(reporter, get("ReporterName"));
    if (reporterNot) {
      yield { kind: "rejected", line, column: COL.ReporterISO3 + 1, reason: `reporter ${reporterNot}` };
      continue;
    }
    const partnerNot = witsNotCountryReason(partner, get("PartnerName"));
    if (partnerNot) {
      yield { kind: "rejected", line, column: COL.PartnerISO3 + 1, reason: `partner ${partnerNot}` };
      continue;
    }
    if (reporter === partner) {
      yield { kind: "rejected", line, column: COL.PartnerISO3 + 1, reason: `partner ${partner} is the reporter itself` };
      continue;
    }

    const yearText = get("Year");
    if (!/^\d{4}$/.test(yearText)) fail("Year", `Year ${JSON.stringify(yearText)} is not a year`);
    const product = witsProduct(get("ProductCode"));
    if (!product)
      fail(
        "ProductCode",
        `ProductCode ${JSON.stringify(get("ProductCode"))}: expected Total, an HS code (2, 4 or 6 digits), an HS section ("01-05_Animal") or a WITS group`,
      );

    const valueText = get("TradeValue in 1000 USD");
    if (valueText === "") {
      yield { kind: "rejected", line, column: COL["TradeValue in 1000 USD"] + 1, reason: "empty trade value" };
      continue;
    }
    const usd = scaleDecimal(valueText, 3);
    if (usd === null) fail("TradeValue in 1000 USD", `trade value ${JSON.stringify(valueText)} is not a number`);
    const stored = fitStorage(usd!);
    if (stored === null) fail("TradeValue in 1000 USD", `trade value ${valueText} ${NOT_STORABLE}`);

    const nomenclature = get("Nomenclature") || "HS";
    const sourceKey = `wits-trade-data:${reporter}:${nomenclature}`;
    if (!sources.has(sourceKey)) {
      sources.add(sourceKey);
      const source: SourceRecord = {
        kind: "source",
        key: sourceKey,
        publisher: "World Bank WITS (UN Comtrade data reported by national customs)",
        title: `WITS trade data by product, as reported by ${countryName(reporter, get("ReporterName"))} (${nomenclature})`,
        location: "https://wits.worldbank.org/",
        vintage: null,
        datasetType: "official_database_via_third_party",
        rank: 30,
        citation: `World Bank, World Integrated Trade Solution (WITS), ${path.basename(file)}, "Trade data (by product)" download of UN Comtrade data (accessed via the China–Kazakhstan Economic Monitor import).`,
        licence: null,
        retrievedAt: null,
      };
      yield source;
    }

    const p = product!;
    const code = `trade.${reporter}.${partner}.${flow}${p.suffix}`;
    if (!series.has(code)) {
      series.add(code);
      yield witsSeries({ code, flow, reporter, partner, reporterName: get("ReporterName"), partnerName: get("PartnerName"), product: p });
    }
    const year = Number(yearText);
    yield {
      kind: "observation",
      seriesCode: code,
      sourceKey,
      frequency: "A",
      period: yearText,
      year,
      value: stored!.value,
      vintage: "",
      flags: [],
      qualifier: null,
      asPublished: `${valueText} (thousand USD)`,
      note: null,
      line,
      column: COL["TradeValue in 1000 USD"] + 1,
    };
  }
}

export const witsParser: Parser = {
  format: "wits",
  description: 'World Bank WITS "Trade data (by product)" CSV download (values in thousand USD); Stata .dta saves are not supported',
  binary: false,
  detect(fileName: string, head: Buffer): boolean {
    if (/\.dta$/i.test(fileName)) return false; // see the note at the top of this file
    return headerLine(head).startsWith(
      "Nomenclature,ReporterISO3,ProductCode,ReporterName,PartnerISO3,PartnerName,Year,TradeFlowName,TradeFlowCode",
    );
  },
  parse(input: ParserInput): AsyncIterable<ImportRecord> {
    return parseWits(input);
  },
};
