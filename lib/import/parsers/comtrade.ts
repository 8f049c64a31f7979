// UN Comtrade Plus "data" CSV (comtradeplus.un.org download, or the API `get` as CSV).
// 47 named columns; data lines end with a trailing comma (48 fields); every field quoted.
// See prisma/seed-data/FORMATS.md §1. Streams the file: a full multi-reporter download can be large.
import path from "node:path";
import { detach, headerLine, readCsvBatches } from "../csv";
import { tradeSeriesCode } from "../../codes";
import { tradeSeriesRecord } from "../series-records";
import { ImportFileError, type ImportRecord, type ObservationRecord, type Parser, type ParserInput, type SourceRecord } from "../types";
import { comtradeNotCountryReason } from "./not-countries";
import { countryName, WORLD } from "../../countries";
import { isIso3 } from "../../codes";
import { fitStorage, NOT_STORABLE, scaleDecimal } from "../../decimal";
import { COMTRADE_COLUMNS } from "./comtrade-columns";

export { COMTRADE_COLUMNS };

type ComtradeColumn = (typeof COMTRADE_COLUMNS)[number];
const COL = Object.fromEntries(COMTRADE_COLUMNS.map((name, i) => [name, i])) as Record<ComtradeColumn, number>;

/** Comtrade flags nothing the importer keeps: one empty list for every row (never changed downstream). */
const NO_FLAGS: ObservationRecord["flags"] = Object.freeze([]) as unknown as ObservationRecord["flags"];

const PUBLISHER = "UN Statistics Division (UN Comtrade), data reported by national customs";

function comtradeSource(file: string, reporter: string, reporterDesc: string, classification: string): SourceRecord {
  return {
    kind: "source",
    // Stable across re-imports and re-downloads of the same reporter's data (a newer download updates
    // the values in place); independent of the file name, which users choose.
    key: `uncomtrade-plus:${reporter}:${classification}`,
    publisher: PUBLISHER,
    title: `UN Comtrade Plus, goods trade as reported by ${countryName(reporter, reporterDesc)} (${classification} classification)`,
    location: "https://comtradeplus.un.org/",
    vintage: null,
    datasetType: "official_database",
    rank: 10,
    citation: `UN Comtrade Plus, ${path.basename(file)}, downloaded data file (accessed via the China–Kazakhstan Economic Monitor import).`,
    licence: null,
    retrievedAt: null,
  };
}

/** A field by its index (`COL.name`: a plain property read; looking COL up by a name passed in cost more per row). */
function field(fields: string[], i: number): string {
  return fields[i]!.trim();
}

function withNote(note: string | null, text: string): string {
  return note === null ? text : `${note}; ${text}`;
}

/** A fatal problem in a data row: the whole file is refused at this line and column. */
function fail(file: string, line: number, col: ComtradeColumn, message: string): never {
  throw new ImportFileError(file, line, COL[col] + 1, message);
}

/** A row that is valid but not imported (skipped with a reason). */
function reject(line: number, col: ComtradeColumn, reason: string): ImportRecord {
  return { kind: "rejected", line, column: COL[col] + 1, reason };
}

// Helpers are module-level functions rather than closures made per row: at a million rows, creating them
// showed up in profiles.
async function* parseComtrade(input: ParserInput): AsyncGenerator<ImportRecord[]> {
  const file = input.file;
  const sources = new Set<string>();
  const series = new Set<string>();
  // readCsvBatches checks the header (first wrong column → error on line 1), accepts the trailing comma of data
  // lines and reports truncated rows at their first missing column. A batch's records are yielded together.
  for await (const batch of readCsvBatches(input, { header: COMTRADE_COLUMNS, allowTrailingEmptyField: true })) {
    const out: ImportRecord[] = [];
    for (let r = 0; r < batch.records.length; r++) {
      const rejected = rowRecords(file, batch.records[r]!, batch.line + r, sources, series, out);
      if (rejected) out.push(rejected);
    }
    yield out;
  }
}

/**
 * The records of one data row: its source and series when first seen, and its observation, pushed to `out`; or the
 * rejection of a row that is valid but not imported, returned.
 */
function rowRecords(
  file: string,
  fields: string[],
  line: number,
  sources: Set<string>,
  series: Set<string>,
  out: ImportRecord[],
): ImportRecord | undefined {
  // Goods only: services rows (typeCode S) use other classifications.
  const typeCode = field(fields, COL.typeCode);
  if (typeCode !== "C") {
    return reject(line, "typeCode", `typeCode ${JSON.stringify(typeCode)} (not goods, "C") is not imported`);
  }

  // Period.
  const refYear = field(fields, COL.refYear);
  if (!/^\d{4}$/.test(refYear)) fail(file, line, "refYear", `refYear ${JSON.stringify(refYear)} is not a year`);
  const year = Number(refYear);
  const freqCode = field(fields, COL.freqCode);
  let frequency: "A" | "M";
  let period: string;
  if (freqCode === "A") {
    frequency = "A";
    period = refYear;
  } else if (freqCode === "M") {
    const refMonth = field(fields, COL.refMonth);
    const month = Number(refMonth);
    if (!/^\d{1,2}$/.test(refMonth) || month < 1 || month > 12)
      fail(file, line, "refMonth", `refMonth ${JSON.stringify(refMonth)} is not a month (freqCode M)`);
    frequency = "M";
    period = `${refYear}-${String(month).padStart(2, "0")}`;
  } else {
    fail(file, line, "freqCode", `freqCode ${JSON.stringify(freqCode)}: expected "A" (annual) or "M" (monthly)`);
  }

  // Only the totals over second partner, customs procedure and mode of transport.
  const partner2Code = field(fields, COL.partner2Code);
  if (partner2Code !== "0") {
    return reject(line, "partner2Code", `partner2Code ${JSON.stringify(partner2Code)}: not the total over second partners (0)`);
  }
  const customsCode = field(fields, COL.customsCode);
  if (customsCode !== "C00") {
    return reject(line, "customsCode", `customsCode ${JSON.stringify(customsCode)}: not the total over customs procedures (C00)`);
  }
  const motCode = field(fields, COL.motCode);
  if (motCode !== "0") {
    return reject(line, "motCode", `motCode ${JSON.stringify(motCode)}: not the total over modes of transport (0)`);
  }

  // Flow.
  const flowCode = field(fields, COL.flowCode);
  if (flowCode !== "M" && flowCode !== "X") {
    return reject(
      line,
      "flowCode",
      `flowCode ${JSON.stringify(flowCode)} (${field(fields, COL.flowDesc)}): only imports (M) and exports (X) are imported`,
    );
  }

  // Reporter and partner.
  const reporterDesc = field(fields, COL.reporterDesc);
  const partnerDesc = field(fields, COL.partnerDesc);
  let reporter = field(fields, COL.reporterISO);
  let partner = field(fields, COL.partnerISO);
  const reporterNot = comtradeNotCountryReason(field(fields, COL.reporterCode), reporter, reporterDesc);
  if (reporterNot) {
    return reject(line, "reporterISO", `reporter ${reporterNot}`);
  }
  if (partner === "W00" || field(fields, COL.partnerCode) === "0") {
    partner = WORLD;
  } else {
    const partnerNot = comtradeNotCountryReason(field(fields, COL.partnerCode), partner, partnerDesc);
    if (partnerNot) {
      return reject(line, "partnerISO", `partner ${partnerNot}`);
    }
  }
  if (reporter === "W00") reporter = WORLD;
  if (!isIso3(reporter)) fail(file, line, "reporterISO", `reporterISO ${JSON.stringify(reporter)} is not an ISO 3166 alpha-3 code`);
  if (!isIso3(partner)) fail(file, line, "partnerISO", `partnerISO ${JSON.stringify(partner)} is not an ISO 3166 alpha-3 code`);
  if (reporter === partner) {
    return reject(line, "partnerISO", `partner ${partner} is the reporter itself`);
  }

  // Product.
  const cmdCode = field(fields, COL.cmdCode);
  const cmdDesc = field(fields, COL.cmdDesc);
  const classification = field(fields, COL.classificationSearchCode) || field(fields, COL.classificationCode);
  let productCode: string;
  let productLevel: number;
  if (cmdCode.toUpperCase() === "TOTAL") {
    productCode = "TOTAL";
    productLevel = 0;
  } else {
    if (!/^\d{2}(\d{2}){0,2}$/.test(cmdCode))
      fail(file, line, "cmdCode", `cmdCode ${JSON.stringify(cmdCode)}: expected TOTAL or an HS code of 2, 4 or 6 digits`);
    if (classification !== "HS") {
      return reject(
        line,
        "classificationSearchCode",
        `product detail in classification ${JSON.stringify(classification)} is not imported (HS only)`,
      );
    }
    const aggr = field(fields, COL.aggrLevel);
    if (aggr !== "" && !/^\d+$/.test(aggr)) fail(file, line, "aggrLevel", `aggrLevel ${JSON.stringify(aggr)} is not a number`);
    productLevel = aggr === "" ? cmdCode.length : Number(aggr);
    if (productLevel !== cmdCode.length)
      fail(file, line, "aggrLevel", `aggrLevel ${aggr} does not match cmdCode ${cmdCode} (${cmdCode.length} digits)`);
    productCode = cmdCode;
  }

  // Value.
  const valueText = field(fields, COL.primaryValue);
  if (valueText === "") {
    return reject(line, "primaryValue", "primaryValue is empty (no value published)");
  }
  const plain = scaleDecimal(valueText, 0);
  if (plain === null) fail(file, line, "primaryValue", `primaryValue ${JSON.stringify(valueText)} is not a number`);
  const stored = fitStorage(plain!);
  if (stored === null) fail(file, line, "primaryValue", `primaryValue ${valueText} ${NOT_STORABLE}`);

  // Source (one per reporter and classification system; emitted before its first observation).
  const sourceKey = `uncomtrade-plus:${reporter}:${classification}`;
  if (!sources.has(sourceKey)) {
    sources.add(sourceKey);
    out.push(comtradeSource(file, reporter, detach(reporterDesc), classification));
  }

  const flow = flowCode;
  const code = tradeSeriesCode(reporter, partner, flow, productCode);
  if (!series.has(code)) {
    series.add(code);
    out.push({
      ...tradeSeriesRecord({
        reporter,
        partner,
        flow,
        productCode,
        productLevel,
        // Kept until the batch is written: copies, not slices of the chunk the row was read from.
        productLabel: detach(cmdDesc),
        reporterName: countryName(reporter, detach(reporterDesc)),
        partnerName: countryName(partner, detach(partnerDesc)),
      }),
      code,
    });
  }

  // Most rows have none of these: no array per row.
  let note: string | null = null;
  if (field(fields, COL.isReported) === "false") note = withNote(note, "isReported=false");
  if (field(fields, COL.isAggregate) === "true") note = withNote(note, "isAggregate=true");
  if (field(fields, COL.isOriginalClassification) === "false")
    note = withNote(note, `converted to ${field(fields, COL.classificationCode)} from the classification originally reported`);
  const observation: ObservationRecord = {
    kind: "observation",
    seriesCode: code,
    sourceKey,
    frequency,
    period,
    year,
    value: stored!.value,
    vintage: "",
    flags: NO_FLAGS,
    qualifier: null,
    asPublished: `${valueText} USD`,
    note,
    line,
    column: COL.primaryValue + 1,
  };
  out.push(observation);
  return undefined;
}

export const comtradeParser: Parser = {
  format: "comtrade",
  description:
    "UN Comtrade Plus data CSV (47 named columns, every field quoted, trailing comma): trade by reporter, partner, flow and HS code",
  binary: false,
  detect(fileName: string, head: Buffer): boolean {
    if (/\.(xlsx|xls|dta)$/i.test(fileName)) return false;
    return headerLine(head).startsWith("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO");
  },
  parse(input: ParserInput): AsyncIterable<ImportRecord[]> {
    return parseComtrade(input);
  },
};
