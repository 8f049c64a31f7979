// A long WITS summary sheet saved as .xlsx (e.g. "Kazakhstan China Data.xlsx" from a research repository):
//   Year | Type | Value       with Type in  Import Amt, Export Amt   (US$ thousand)
//                                           Import Pct, Export Pct   (partner's share of the reporter's trade, %)
// The sheet does not name the reporter and partner: they come from the parser options
// (createWitsXlsxParser({ reporter, partner })) or from the file name "{Reporter} {Partner} Data.xlsx".
// See prisma/seed-data/FORMATS.md §3(d).
import path from "node:path";
import { ImportFileError, type ImportRecord, type Parser, type ParserInput } from "../types";
import { countryFromFileNamePart, countryName } from "../../countries";
import { isIso3 } from "../../codes";
import { decimalFromNumber, fitStorage, NOT_STORABLE, scaleDecimal } from "../../decimal";
import { cellContent, cellText, loadWorkbook, MISSING_MARKERS } from "./workbook";

const HEADER = ["Year", "Type", "Value"] as const;

const TYPES: ReadonlyMap<string, { flow: "M" | "X"; share: boolean }> = new Map([
  ["Import Amt", { flow: "M", share: false }],
  ["Export Amt", { flow: "X", share: false }],
  ["Import Pct", { flow: "M", share: true }],
  ["Export Pct", { flow: "X", share: true }],
]);

export interface WitsXlsxOptions {
  reporter?: string;
  partner?: string;
}

/** "{Reporter} {Partner} Data.xlsx" → ISO3 pair (tries every split of the words), or undefined. */
export function pairFromXlsxName(fileName: string): { reporter: string; partner: string } | undefined {
  const m = /^(.+?)[ _-]+data\.xlsx$/i.exec(path.basename(fileName));
  if (!m) return undefined;
  const words = m[1]!.split(/[ _]+/);
  for (let i = 1; i < words.length; i++) {
    const reporter = countryFromFileNamePart(words.slice(0, i).join("-"));
    const partner = countryFromFileNamePart(words.slice(i).join("-"));
    if (reporter && partner) return { reporter, partner };
  }
  return undefined;
}

async function* parseWitsXlsx(input: ParserInput, options: WitsXlsxOptions): AsyncGenerator<ImportRecord> {
  const file = input.file;
  const workbook = await loadWorkbook(input);
  const ws = workbook.worksheets[0];
  if (!ws) throw new ImportFileError(file, 1, 1, "the workbook has no sheet");
  const sheet = ws.name;
  const fail = (row: number, col: number, message: string): never => {
    throw new ImportFileError(file, row, col, `sheet "${sheet}": ${message}`);
  };

  HEADER.forEach((name, i) => {
    const got = cellText(ws.getCell(1, i + 1));
    if (got !== name) fail(1, i + 1, `header: expected column ${JSON.stringify(name)}, found ${JSON.stringify(got)}`);
  });
  if (cellText(ws.getCell(1, HEADER.length + 1)) !== "") fail(1, HEADER.length + 1, "header: unexpected extra column");

  const fromName = pairFromXlsxName(file);
  const reporter = options.reporter?.toUpperCase() ?? fromName?.reporter;
  const partner = options.partner?.toUpperCase() ?? fromName?.partner;
  if (!reporter || !partner) {
    fail(
      1,
      1,
      `the sheet does not name the reporter and partner: pass them as parser options (ISO3) or name the file "{Reporter} {Partner} Data.xlsx" (e.g. "Kazakhstan China Data.xlsx")`,
    );
  }
  if (!isIso3(reporter!) || !isIso3(partner!) || reporter === partner) fail(1, 1, `invalid reporter/partner ${reporter}/${partner}`);
  const R = reporter!;
  const P = partner!;
  const rn = countryName(R);
  const pn = countryName(P);

  const sourceKey = `wits-xlsx:${path.basename(file)}`;
  yield {
    kind: "source",
    key: sourceKey,
    publisher: "World Bank WITS (UN Comtrade data reported by national customs), compiled in a third-party spreadsheet",
    title: `WITS summary sheet: ${rn} trade with ${pn} and ${pn}'s share (Year | Type | Value)`,
    location: "https://wits.worldbank.org/",
    vintage: null,
    datasetType: "official_database_via_third_party",
    rank: 40,
    citation: `${path.basename(file)}: World Bank WITS (UN Comtrade) figures for ${rn} with ${pn}, compiled in a spreadsheet (accessed via the China–Kazakhstan Economic Monitor import).`,
    licence: null,
    retrievedAt: null,
  };

  const series = new Set<string>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const yearCell = cellContent(ws.getCell(r, 1));
    const typeText = cellText(ws.getCell(r, 2));
    const valueCell = cellContent(ws.getCell(r, 3));
    if (yearCell.kind === "empty" && typeText === "" && valueCell.kind === "empty") continue;
    for (let c = 4; c <= ws.columnCount; c++) {
      if (cellContent(ws.getCell(r, c)).kind !== "empty") fail(r, c, "value outside the Year | Type | Value columns");
    }

    const yearText = yearCell.kind === "number" ? String(yearCell.value) : yearCell.kind === "text" ? yearCell.value.trim() : "";
    if (!/^\d{4}$/.test(yearText)) fail(r, 1, `Year ${JSON.stringify(yearText)} is not a year`);
    const type = TYPES.get(typeText);
    if (!type) fail(r, 2, `Type ${JSON.stringify(typeText)}: expected Import Amt, Export Amt, Import Pct or Export Pct`);

    let raw: string;
    if (valueCell.kind === "empty") continue;
    if (valueCell.kind === "number") {
      const d = decimalFromNumber(valueCell.value);
      if (d === null) return fail(r, 3, `numeric cell ${valueCell.value} cannot be converted exactly`);
      raw = d;
    } else if (valueCell.kind === "text") {
      raw = valueCell.value.trim();
      if (MISSING_MARKERS.has(raw)) continue;
    } else {
      return fail(r, 3, `unexpected cell content (${valueCell.description})`);
    }
    const { flow, share } = type!;
    const plain = scaleDecimal(raw, share ? 0 : 3);
    if (plain === null) fail(r, 3, `Value ${JSON.stringify(raw)} is not a number`);
    const stored = fitStorage(plain!);
    if (stored === null) fail(r, 3, `Value ${raw} ${NOT_STORABLE}`);

    const code = `trade.${R}.${P}.${flow}${share ? ".share" : ""}`;
    if (!series.has(code)) {
      series.add(code);
      const flowWord = flow === "M" ? "imports" : "exports";
      yield {
        kind: "series",
        code,
        domain: "trade",
        title: share
          ? `${pn}'s share of ${rn}'s ${flowWord} (as reported by ${rn})`
          : flow === "X"
            ? `${rn} exports to ${pn} (as reported by ${rn})`
            : `${rn} imports from ${pn} (as reported by ${rn})`,
        reporter: R,
        partner: P,
        flow: share ? `${flow}_share` : flow,
        unit: share ? "percent" : "USD",
        valuation: flow === "M" ? "CIF" : "FOB",
        productCode: "TOTAL",
        productLevel: 0,
        description: share
          ? `${pn}'s share in ${rn}'s total goods ${flowWord}, percent (WITS / UN Comtrade data).`
          : `Goods ${flow === "M" ? "imports (CIF)" : "exports (FOB)"} in US dollars (published in US$ thousand), WITS / UN Comtrade data.`,
      };
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
      asPublished: `${raw} (${share ? "%" : "US$ thousand"})`,
      note: null,
      line: r,
      column: 3,
    };
  }
}

export function createWitsXlsxParser(options: WitsXlsxOptions = {}): Parser {
  return {
    format: "wits-xlsx",
    description:
      'WITS summary sheet (.xlsx, long Year | Type | Value with Import/Export Amt in US$ thousand and Pct shares); reporter and partner from the file name "{Reporter} {Partner} Data.xlsx"',
    binary: true,
    detect(fileName: string, head: Buffer): boolean {
      const isZip = head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
      return isZip && pairFromXlsxName(fileName) !== undefined;
    },
    parse(input: ParserInput): AsyncIterable<ImportRecord> {
      return parseWitsXlsx(input, options);
    },
  };
}

export const witsXlsxParser: Parser = createWitsXlsxParser();
