// IMF Direction of Trade Statistics (DOTS) web Excel export (legacy data.imf.org), e.g. DOTS_103.xlsx
// (reporter Kazakhstan) and DOTS_40.xlsx (reporter China). See prisma/seed-data/FORMATS.md §4(a).
//
// Layout of each sheet ("Exports, FOB" and "Imports, CIF"; column A empty):
//   row 2  B: "Exports, FOB to Partner Countries"        row 4  B: reporter ("Kazakhstan, Rep. of")
//   row 5  B: "US Dollars, Millions"                      row 7  C…: years as text ("1992", …)
//   rows 8… B: partner name, C…: values (numeric cells; IMF estimates are text cells "244.69 e").
// xlsx files are small: the workbook is read whole.
import path from "node:path";
import { ImportFileError, type ImportRecord, type ObservationFlag, type Parser, type ParserInput, type SourceRecord } from "../types";
import { countryName } from "../../countries";
import { IMF_NAME_TO_ISO3, imfNotCountryReason } from "./imf-names";
import { tradeSeriesRecord } from "../series-records";
import { cellContent, cellText, loadWorkbook, MISSING_MARKERS } from "./workbook";
import { decimalFromNumber, fitStorage, NOT_STORABLE, roundDecimal, scaleDecimal } from "../../decimal";

const SHEETS = [
  { name: "Exports, FOB", flow: "X", valuation: "FOB" },
  { name: "Imports, CIF", flow: "M", valuation: "CIF" },
] as const;

const UNITS: ReadonlyMap<string, number> = new Map([
  ["US Dollars, Millions", 6],
  ["US Dollars, Billions", 9],
  ["US Dollars, Thousands", 3],
  ["US Dollars", 0],
]);

/** Decimals of USD kept from values published in millions (see the comment where values are read). */
const USD_DECIMALS = 6;

const REPORTER_ROW = 4;
const UNIT_ROW = 5;
const YEAR_ROW = 7;
const NAME_COL = 2;
const FIRST_VALUE_COL = 3;

/** An IMF estimate: a text cell holding a number followed by " e". */
const ESTIMATE_RE = /^(\S+)\s+e$/;

interface ParsedValue {
  column: number;
  year: number;
  value: string;
  asPublished: string;
  flags: ObservationFlag[];
}

async function* parseDots(input: ParserInput): AsyncGenerator<ImportRecord> {
  const file = input.file;
  const workbook = await loadWorkbook(input);
  const present = SHEETS.filter((s) => workbook.getWorksheet(s.name) !== undefined);
  if (present.length === 0) {
    const names = workbook.worksheets.map((w) => JSON.stringify(w.name)).join(", ");
    throw new ImportFileError(file, 1, 1, `no sheet named "Exports, FOB" or "Imports, CIF" (sheets: ${names || "none"})`);
  }

  let reporter: string | undefined;
  let sourceKey = "";
  const series = new Set<string>();

  for (const spec of present) {
    const ws = workbook.getWorksheet(spec.name)!;
    const sheet = spec.name;
    const fail = (row: number, col: number, message: string): never => {
      throw new ImportFileError(file, row, col, `sheet "${sheet}": ${message}`);
    };

    // Reporter.
    const reporterName = cellText(ws.getCell(REPORTER_ROW, NAME_COL));
    const rep = IMF_NAME_TO_ISO3.get(reporterName);
    if (!rep) {
      fail(
        REPORTER_ROW,
        NAME_COL,
        reporterName === ""
          ? "reporter name missing (expected in B4)"
          : `reporter ${JSON.stringify(reporterName)} is not in the IMF country-name table (lib/import/parsers/imf-names.ts)`,
      );
    }
    if (reporter === undefined) {
      reporter = rep!;
      sourceKey = `imf-dots-web-export:${reporter}`;
      const source: SourceRecord = {
        kind: "source",
        key: sourceKey,
        publisher: "IMF Statistics Department (Direction of Trade Statistics)",
        title: "IMF Direction of Trade Statistics (DOTS), web export",
        location: "https://data.imf.org/",
        vintage: null,
        datasetType: "official_database",
        rank: 20,
        citation: `IMF, Direction of Trade Statistics (DOTS), ${path.basename(file)}: web Excel export for reporter ${reporterName} (accessed via the China–Kazakhstan Economic Monitor import).`,
        licence: null,
        retrievedAt: null,
      };
      yield source;
    } else if (rep !== reporter) {
      fail(REPORTER_ROW, NAME_COL, `reporter ${JSON.stringify(reporterName)} differs from the other sheet's reporter (${reporter})`);
    }
    const R = reporter;

    // Unit.
    const unitText = cellText(ws.getCell(UNIT_ROW, NAME_COL));
    const power = UNITS.get(unitText);
    if (power === undefined) fail(UNIT_ROW, NAME_COL, `unit ${JSON.stringify(unitText)}: expected "US Dollars, Millions"`);

    // Years.
    const years: Array<{ column: number; year: number }> = [];
    for (let col = FIRST_VALUE_COL; col <= Math.max(ws.columnCount, FIRST_VALUE_COL); col++) {
      const text = cellText(ws.getCell(YEAR_ROW, col));
      if (text === "") break;
      if (!/^\d{4}$/.test(text))
        fail(YEAR_ROW, col, `column header ${JSON.stringify(text)} is not a year (only annual exports are supported)`);
      years.push({ column: col, year: Number(text) });
    }
    if (years.length === 0) fail(YEAR_ROW, FIRST_VALUE_COL, "no years in row 7");
    const lastCol = years[years.length - 1]!.column;

    // Partner rows.
    const seen = new Map<string, { row: number; signature: string }>();
    for (let r = YEAR_ROW + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const name = cellText(row.getCell(NAME_COL));

      const values: ParsedValue[] = [];
      for (const { column, year } of years) {
        const cell = cellContent(row.getCell(column));
        let raw: string;
        let flags: ObservationFlag[] = [];
        let plain: string | null;
        if (cell.kind === "empty") continue;
        if (cell.kind === "other") return fail(r, column, `unexpected cell content (${cell.description})`);
        if (cell.kind === "number") {
          raw = decimalFromNumber(cell.value) ?? "";
          if (raw === "") fail(r, column, `numeric cell ${cell.value} cannot be converted exactly`);
          plain = scaleDecimal(raw, power!);
        } else {
          raw = cell.value.trim();
          if (MISSING_MARKERS.has(raw)) continue;
          const est = ESTIMATE_RE.exec(raw);
          if (est) {
            flags = ["estimate"];
            plain = scaleDecimal(est[1]!, power!);
          } else {
            plain = scaleDecimal(raw, power!);
          }
          if (plain === null) fail(r, column, `value ${JSON.stringify(raw)} is not a number (nor "<number> e" for an IMF estimate)`);
        }
        // Millions with more than 6 decimals (sums the IMF computed in floating point, e.g. 459.54904979429824)
        // keep 6 decimals of USD: the digits beyond are binary floating-point residue, not data.
        const stored = fitStorage(roundDecimal(plain!, USD_DECIMALS));
        if (stored === null) return fail(r, column, `value ${raw} ${NOT_STORABLE}`);
        values.push({ column, year, value: stored.value, asPublished: `${raw} (${unitText})`, flags });
      }
      // Anything to the right of the last year column must be empty.
      for (let c = lastCol + 1; c <= ws.columnCount; c++) {
        if (cellContent(row.getCell(c)).kind !== "empty") fail(r, c, "value in a column without a year in row 7");
      }

      if (name === "") {
        if (values.length > 0) fail(r, NAME_COL, "values without a partner name in column B");
        continue;
      }
      // Rows without any value (section headings such as "Memorandum Items", partners never traded with)
      // yield nothing and lose nothing.
      if (values.length === 0) continue;
      const partner = IMF_NAME_TO_ISO3.get(name);
      if (!partner) {
        const reason = imfNotCountryReason(name);
        if (!reason)
          fail(r, NAME_COL, `partner ${JSON.stringify(name)} is not in the IMF country-name table (lib/import/parsers/imf-names.ts)`);
        yield { kind: "rejected", line: r, column: NAME_COL, reason: `sheet "${sheet}": ${JSON.stringify(name)}: ${reason}` };
        continue;
      }
      if (partner === R) {
        yield {
          kind: "rejected",
          line: r,
          column: NAME_COL,
          reason: `sheet "${sheet}": partner ${JSON.stringify(name)} is the reporter itself`,
        };
        continue;
      }
      // The IMF export repeats some rows (e.g. "Australia" in row 8 and again in its alphabetical place):
      // identical repeats are skipped, conflicting repeats are an error.
      const signature = JSON.stringify(values.map((v) => [v.year, v.value, v.flags]));
      const previous = seen.get(partner);
      if (previous) {
        if (previous.signature !== signature) {
          fail(r, NAME_COL, `partner ${JSON.stringify(name)} appears again (first in row ${previous.row}) with different values`);
        }
        yield {
          kind: "rejected",
          line: r,
          column: NAME_COL,
          reason: `sheet "${sheet}": ${JSON.stringify(name)} repeats row ${previous.row} with identical values`,
        };
        continue;
      }
      seen.set(partner, { row: r, signature });

      const code = `trade.${R}.${partner}.${spec.flow}`;
      if (!series.has(code)) {
        series.add(code);
        const rn = countryName(R, reporterName);
        const pn = countryName(partner, name);
        yield {
          ...tradeSeriesRecord({ reporter: R, partner, flow: spec.flow, reporterName: rn, partnerName: pn }),
          code,
        };
      }
      for (const v of values) {
        yield {
          kind: "observation",
          seriesCode: code,
          sourceKey,
          frequency: "A",
          period: String(v.year),
          year: v.year,
          value: v.value,
          vintage: "",
          flags: v.flags,
          qualifier: null,
          asPublished: v.asPublished,
          note: v.flags.includes("estimate") ? 'IMF estimate (" e" in the DOTS export)' : null,
          line: r,
          column: v.column,
        };
      }
    }
  }
}

export const dotsParser: Parser = {
  format: "dots",
  description:
    'IMF Direction of Trade Statistics web Excel export (sheets "Exports, FOB" and "Imports, CIF", one row per partner, USD millions)',
  binary: true,
  detect(fileName: string, head: Buffer): boolean {
    const isZip = head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
    // The zip head does not show sheet names (compressed), so the file name decides: DOTS_103.xlsx as saved
    // from data.imf.org, or any .xlsx naming DOTS / Direction of Trade. Otherwise use --format dots.
    return isZip && /\.xlsx$/i.test(fileName) && /DOTS|direction[ _-]?of[ _-]?trade/i.test(path.basename(fileName));
  },
  parse(input: ParserInput): AsyncIterable<ImportRecord> {
    return parseDots(input);
  },
};
