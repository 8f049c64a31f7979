// wiiw FDI Database export, FDI by partner (e.g. wiiw_partners.csv: Kazakhstan, data from the National
// Bank of Kazakhstan). See prisma/seed-data/FORMATS.md §6.
//   "Tree Level 1","Country-Code","Country","Direction","Partner-Code","Partner","Unit","Footnotes","Sources",_2003,…,_2021
// Country-Code / Partner-Code are ISO 3166 alpha-2 (plus WORLD and EU groupings); Unit "EUR m" or
// "in % of total"; missing values are "." in the real file ("", "-", "NA" are accepted too).
import path from "node:path";
import { ImportFileError, type ImportRecord, type ObservationFlag, type Parser, type ParserInput } from "../types";
import { headerLine, readCsv, readHeaderRecord } from "../csv";
import { countryName, iso2ToIso3, WORLD } from "../../countries";
import { fitStorage, NOT_STORABLE, scaleDecimal } from "../../decimal";

export const WIIW_COLUMNS = [
  "Tree Level 1",
  "Country-Code",
  "Country",
  "Direction",
  "Partner-Code",
  "Partner",
  "Unit",
  "Footnotes",
  "Sources",
] as const;
type Column = (typeof WIIW_COLUMNS)[number];
const COL = Object.fromEntries(WIIW_COLUMNS.map((n, i) => [n, i])) as Record<Column, number>;

interface DirectionSpec {
  flow: string;
  level: (host: string, partner: string) => string;
  share: (host: string, partner: string) => string;
}

const DIRECTIONS: ReadonlyMap<string, DirectionSpec> = new Map([
  [
    "FDI inflow",
    {
      flow: "inflow",
      level: (h: string, p: string) => `FDI inflow into ${h} from ${p}`,
      share: (h: string, p: string) => `${p}: share of FDI inflow into ${h}`,
    },
  ],
  [
    "FDI inward stock",
    {
      flow: "stock",
      level: (h: string, p: string) => `FDI inward stock in ${h} held by ${p}`,
      share: (h: string, p: string) => `${p}: share of the FDI inward stock in ${h}`,
    },
  ],
  [
    "FDI outflow",
    {
      flow: "outflow",
      level: (h: string, p: string) => `FDI outflow from ${h} to ${p}`,
      share: (h: string, p: string) => `${p}: share of FDI outflow from ${h}`,
    },
  ],
  [
    "FDI outward stock",
    {
      flow: "outward_stock",
      level: (h: string, p: string) => `FDI outward stock of ${h} in ${p}`,
      share: (h: string, p: string) => `${p}: share of the FDI outward stock of ${h}`,
    },
  ],
]);

const UNITS: ReadonlyMap<string, { unit: string; share: boolean }> = new Map([
  ["EUR m", { unit: "EUR million", share: false }],
  ["in % of total", { unit: "percent", share: true }],
]);

const MISSING = new Set(["", ".", "-", "NA", "n.a.", ".."]);

/** wiiw partner codes: ISO2 countries, WORLD → WLD; EU and other groupings are not loaded. */
function partnerCode(code: string): { iso3: string } | { reject: string } | undefined {
  if (code === "WORLD") return { iso3: WORLD };
  const iso3 = iso2ToIso3(code);
  if (iso3) return { iso3 };
  if (/^(EU|EA|EMU|EFTA|OECD|CIS|OTHER|NOT|EXTRA|INTRA)[A-Z0-9_]*$/i.test(code) || code.includes("_")) {
    return { reject: "aggregate, not a country" };
  }
  return undefined;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

async function* parseWiiw(input: ParserInput): AsyncGenerator<ImportRecord> {
  const file = input.file;
  // The header record (the year columns vary between exports), read apart.
  const head = await readHeaderRecord(input);
  if (!head) throw new ImportFileError(file, 1, 1, "empty file: no header");
  WIIW_COLUMNS.forEach((name, i) => {
    if (head.fields[i] !== name) {
      const found = head.fields[i] === undefined ? "nothing" : JSON.stringify(head.fields[i]);
      throw new ImportFileError(file, head.line, i + 1, `wrong header: expected ${JSON.stringify(name)}, found ${found}`);
    }
  });
  const years = head.fields.slice(WIIW_COLUMNS.length).map((name, i) => {
    const m = /^_?(\d{4})$/.exec(name.trim());
    if (!m)
      throw new ImportFileError(
        file,
        head.line,
        WIIW_COLUMNS.length + i + 1,
        `wrong header: expected a year column like "_2003", found ${JSON.stringify(name)}`,
      );
    return { index: WIIW_COLUMNS.length + i, year: Number(m[1]) };
  });
  if (years.length === 0) throw new ImportFileError(file, head.line, WIIW_COLUMNS.length + 1, "wrong header: no year columns");
  let sourceKey = "";
  const series = new Set<string>();

  // readCsv re-checks the header and reports rows with missing or extra fields.
  for await (const row of readCsv(input, { header: head.fields })) {
    const { fields, line } = row;
    const fail = (col: Column | number, message: string): never => {
      throw new ImportFileError(file, line, typeof col === "number" ? col : COL[col] + 1, message);
    };
    const get = (col: Column): string => fields[COL[col]]!.trim();

    // Host (the reporting economy) and partner.
    const hostCode = get("Country-Code");
    const host = iso2ToIso3(hostCode);
    if (!host) fail("Country-Code", `Country-Code ${JSON.stringify(hostCode)} is not a known ISO 3166 alpha-2 code (lib/countries.ts)`);
    const pCode = get("Partner-Code");
    const partner = partnerCode(pCode);
    if (!partner)
      fail(
        "Partner-Code",
        `Partner-Code ${JSON.stringify(pCode)} is not a known ISO 3166 alpha-2 code or wiiw grouping (lib/countries.ts)`,
      );
    if ("reject" in partner!) {
      yield { kind: "rejected", line, column: COL["Partner-Code"] + 1, reason: `partner ${pCode} (${get("Partner")}): ${partner.reject}` };
      continue;
    }
    const P = partner!.iso3;
    const H = host!;
    if (P === H) {
      yield { kind: "rejected", line, column: COL["Partner-Code"] + 1, reason: `partner ${pCode} is the reporting economy itself` };
      continue;
    }

    const direction = DIRECTIONS.get(get("Direction"));
    if (!direction)
      fail(
        "Direction",
        `Direction ${JSON.stringify(get("Direction"))}: expected "FDI inflow" or "FDI inward stock" (or outflow / outward stock)`,
      );
    const unit = UNITS.get(get("Unit"));
    if (!unit) fail("Unit", `Unit ${JSON.stringify(get("Unit"))}: expected "EUR m" or "in % of total"`);
    const d = direction!;
    const u = unit!;

    if (!sourceKey) {
      sourceKey = `wiiw-fdi:${path.basename(file)}`;
      // The data provider as wiiw names it in "Sources" (the share rows add ", wiiw").
      const provider =
        get("Sources")
          .replace(/,\s*wiiw$/i, "")
          .trim() || `${get("Country")} (data provider not named)`;
      yield {
        kind: "source",
        key: sourceKey,
        publisher: `${provider} (via wiiw FDI Database)`,
        title: "wiiw FDI Database, FDI by partner",
        location: "https://wiiw.ac.at/",
        vintage: null,
        datasetType: "official_database_via_third_party",
        rank: 20,
        citation: `wiiw FDI Database, FDI by partner (${get("Country")}), ${path.basename(file)}; data: ${provider} (accessed via the China–Kazakhstan Economic Monitor import).`,
        licence: null,
        retrievedAt: null,
      };
    }

    const flow = u.share ? `${d.flow}_share` : d.flow;
    const code = `fdi.${H}.${P}.${flow}`;
    const hostName = countryName(H, get("Country"));
    const partnerName = P === WORLD ? "all countries" : countryName(P, get("Partner"));
    const footnote = get("Footnotes");
    const sources = get("Sources");
    // Shares are computed by wiiw from the provider's levels ("Sources" then reads "…, wiiw").
    const flags: ObservationFlag[] = /\bwiiw\b/i.test(sources) ? ["derived"] : [];
    const noteParts = [
      footnote !== "" && footnote !== "-" ? footnote : "",
      flags.length ? `computed by wiiw (Sources: ${sources})` : "",
    ].filter(Boolean);

    let seriesEmitted = series.has(code);
    for (const { index, year } of years) {
      const text = fields[index]!.trim();
      if (MISSING.has(text)) continue;
      const plain = scaleDecimal(text, 0);
      if (plain === null) fail(index + 1, `value ${JSON.stringify(text)} is not a number`);
      const stored = fitStorage(plain!);
      if (stored === null) fail(index + 1, `value ${text} ${NOT_STORABLE}`);
      if (!seriesEmitted) {
        series.add(code);
        seriesEmitted = true;
        yield {
          kind: "series",
          code,
          domain: "investment",
          title: capitalise(u.share ? `${d.share(hostName, partnerName)} (%)` : `${d.level(hostName, partnerName)} (EUR million)`),
          reporter: H,
          partner: P,
          flow,
          unit: u.unit,
          valuation: "none",
          productCode: "TOTAL",
          productLevel: null,
          description: `${get("Direction")} by partner, ${get("Unit")}, as reported by ${sources} in the wiiw FDI Database.`,
        };
      }
      yield {
        kind: "observation",
        seriesCode: code,
        sourceKey,
        // A stock is a position at the year end (as the data pack records it); a flow covers the year.
        frequency: d.flow.endsWith("stock") ? "D" : "A",
        period: d.flow.endsWith("stock") ? `${year}-12-31` : String(year),
        year,
        value: stored!.value,
        vintage: "",
        // Whose figure it is, as wiiw names it ("National Bank of Kazakhstan"; shares: "…, wiiw").
        publisher: sources,
        flags,
        qualifier: null,
        asPublished: `${text} (${get("Unit")})`,
        note: noteParts.length ? noteParts.join("; ") : null,
        line,
        column: index + 1,
      };
    }
  }
}

export const wiiwParser: Parser = {
  format: "wiiw",
  description: "wiiw FDI Database CSV export, FDI by partner (EUR m and % of total, one column per year)",
  binary: false,
  detect(_fileName: string, head: Buffer): boolean {
    return headerLine(head).startsWith("Tree Level 1,Country-Code,Country,Direction,Partner-Code,Partner,Unit,Footnotes,Sources,");
  },
  parse(input: ParserInput): AsyncIterable<ImportRecord> {
    return parseWiiw(input);
  },
};
