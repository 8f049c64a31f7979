// AidData's Global Chinese Development Finance Dataset 3.0 (GCDF 3.0), summed by recipient, commitment year and flow
// class (the odadata R package's cow_gcdf.csv; prisma/seed-data/raw/aiddata_gcdf3_china_official_finance_to_kazakhstan_2000_2021.csv):
//   ccode,year,oof_amt,oof_adj,oda_amt,oda_adj,vof_amt,vof_adj
// ccode: Correlates of War country code of the recipient; amounts in constant 2021 USD, as recorded (`_amt`) and
// AidData's adjusted amount (`_adj`), for other official flows (OOF, loan-like), ODA-like flows and vague official
// finance (VOF). These are COMMITMENTS from China: not a debt stock, not disbursements. A year without a row had no
// recorded commitment; nothing is filled in for it.
import { headerLine, readCsv } from "../csv";
import { ImportFileError, type ImportRecord, type Parser, type ParserInput } from "../types";
import { fitStorage, scaleDecimal } from "../../decimal";

export const GCDF_COLUMNS = ["ccode", "year", "oof_amt", "oof_adj", "oda_amt", "oda_adj", "vof_amt", "vof_adj"] as const;

/** Correlates of War codes this importer knows (extend as recipients are added). */
const COW: ReadonlyMap<string, { iso3: string; name: string }> = new Map([["705", { iso3: "KAZ", name: "Kazakhstan" }]]);

const CLASSES = [
  { prefix: "oof", flow: "oof", label: "other official flows (OOF, loan-like)" },
  { prefix: "oda", flow: "oda", label: "ODA-like flows (aid-like)" },
  { prefix: "vof", flow: "vof", label: "vague official finance (flow class unclear)" },
] as const;

export function gcdfSeriesCode(recipient: string, flow: string, adjusted: boolean): string {
  return `debt.${recipient}.CHN.gcdf_commitments_${flow}${adjusted ? "_adjusted" : ""}`;
}

const SOURCE_KEY = "aiddata:gcdf-3.0:cow-gcdf";

async function* parseGcdf(input: ParserInput): AsyncGenerator<ImportRecord> {
  yield {
    kind: "source",
    key: SOURCE_KEY,
    publisher: "AidData at William & Mary",
    title: "Global Chinese Development Finance Dataset 3.0 (GCDF 3.0), commitments by recipient, year and flow class (odadata aggregation)",
    location: "https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0",
    vintage: "GCDF 3.0",
    datasetType: "official_database_via_third_party",
    rank: 25,
    citation:
      "Custer, S., et al. (2023). Tracking Chinese Development Finance: An Update to AidData's Global Chinese Development Finance Dataset (TUFF 3.0). Williamsburg, VA: AidData at William & Mary. Aggregated by recipient, commitment year and flow class in the odadata R package (M. D. Williams).",
    licence: null,
    retrievedAt: null,
  };
  const seen = new Set<string>();
  for await (const row of readCsv(input, { header: GCDF_COLUMNS })) {
    const recipient = COW.get(row.get("ccode").trim());
    if (!recipient) {
      yield {
        kind: "rejected",
        line: row.line,
        column: row.col("ccode"),
        reason: `recipient ccode ${JSON.stringify(row.get("ccode"))} is not a Correlates of War code this importer maps to ISO 3166 (lib/import/parsers/aiddata-gcdf.ts)`,
      };
      continue;
    }
    const yearText = row.get("year").trim();
    if (!/^(19|20)\d\d$/.test(yearText))
      throw new ImportFileError(input.file, row.line, row.col("year"), `year ${JSON.stringify(yearText)} is not a year`);
    for (const c of CLASSES) {
      for (const adjusted of [false, true]) {
        const column = `${c.prefix}_${adjusted ? "adj" : "amt"}`;
        const text = row.get(column).trim();
        const value = scaleDecimal(text, 0);
        const stored = value === null ? null : fitStorage(value);
        if (!stored || value!.startsWith("-"))
          throw new ImportFileError(
            input.file,
            row.line,
            row.col(column),
            `${column} ${JSON.stringify(text)} is not a non-negative number`,
          );
        const code = gcdfSeriesCode(recipient.iso3, c.flow, adjusted);
        if (!seen.has(code)) {
          seen.add(code);
          yield {
            kind: "series",
            code,
            domain: "debt",
            title: `China's official-finance commitments to ${recipient.name}: ${c.label}${adjusted ? ", AidData-adjusted amount" : ""} (constant 2021 USD; commitments, not debt)`,
            reporter: recipient.iso3,
            partner: "CHN",
            flow: `gcdf_commitments_${c.flow}${adjusted ? "_adjusted" : ""}`,
            unit: "USD (constant 2021)",
            valuation: "none",
            productCode: "TOTAL",
            productLevel: null,
            description: `AidData GCDF 3.0 projects recommended for aggregates, summed by commitment year: LENDING AND GRANT COMMITMENTS by Chinese official-sector institutions, in constant 2021 USD — not a debt stock, not disbursements. A year with no recorded commitment has no row.`,
          };
        }
        yield {
          kind: "observation",
          seriesCode: code,
          sourceKey: SOURCE_KEY,
          frequency: "A",
          period: yearText,
          year: Number(yearText),
          value: stored.value,
          vintage: "GCDF 3.0",
          flags: [],
          qualifier: null,
          asPublished: `${text} (constant 2021 USD)`,
          note: null,
          line: row.line,
          column: row.col(column),
        };
      }
    }
  }
}

export const aiddataGcdfParser: Parser = {
  format: "aiddata-gcdf",
  description: "AidData GCDF 3.0 commitments by recipient (COW ccode), year and flow class (oof/oda/vof, constant 2021 USD)",
  binary: false,
  detect: (_name, head) => headerLine(head) === GCDF_COLUMNS.join(","),
  parse: (input) => parseGcdf(input),
};
