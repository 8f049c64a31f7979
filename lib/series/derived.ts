// Derived series: values computed from stored series, never stored — trade turnover (X + M) and balance (X − M),
// each side's share in the other's total trade, FDI converted from euro to US dollars. Defined here and computed by
// the one query module (lib/series/queries.ts) from their inputs, so the pages, the JSON API and the exports all
// show the same numbers. Pure functions: no database.
import { convertRowsToUsd, ratesByYear } from "../convert/currency";
import { shareComponents, shareDefinition, shareRows } from "../convert/shares";
import type { Domain } from "../generated/prisma/enums";
import { sumDecimals } from "../decimal";
import type { DerivedComponent, ObservationRow, SeriesInfo } from "./types";

export interface DerivedDefinition {
  code: string;
  title: string;
  domain: Domain;
  reporter: string;
  partner: string;
  /** turnover_derived | balance_derived | share_of_total_derived | inflow_usd_derived */
  flow: string;
  unit: string;
  description: string;
  /** The stored series the values are computed from. */
  inputs: string[];
  /** The computation needs every source's values of the inputs (a share takes all four from one source), not only the headline. */
  allSources?: boolean;
  /** For sums (turnover = X + M): the terms and their signs (tooltips name them). */
  terms?: { code: string; sign: 1 | -1 }[];
  compute(rows: readonly ObservationRow[]): ObservationRow[];
}

/** A sum of headline values of the same year (turnover, balance). */
function sumDefinition(
  d: Omit<DerivedDefinition, "inputs" | "compute" | "terms" | "domain"> & { terms: { code: string; sign: 1 | -1 }[] },
): DerivedDefinition {
  const def: DerivedDefinition = { ...d, domain: "trade", inputs: d.terms.map((t) => t.code), compute: (rows) => deriveRows(def, rows) };
  return def;
}

/** Flag added to every derived value. */
export const DERIVED_FLAG = "derived";
/** Flag added when a component is a quoted statement rather than a statistical database value. */
export const FROM_STATEMENT_FLAG = "from-statement";

const NAME: Record<string, string> = { CHN: "China", KAZ: "Kazakhstan" };

function tradeDefinitions(reporter: string, partner: string): DerivedDefinition[] {
  const by = `as reported by ${NAME[reporter]}`;
  const x = `trade.${reporter}.${partner}.X`;
  const m = `trade.${reporter}.${partner}.M`;
  return [
    sumDefinition({
      code: `trade.${reporter}.${partner}.turnover_derived`,
      title: `${NAME[reporter]}–${NAME[partner]} trade turnover, exports + imports (${by}; derived)`,
      reporter,
      partner,
      flow: "turnover_derived",
      unit: "USD",
      description: `Computed: headline exports (${x}) plus headline imports (${m}) of the same year. Exports are valued FOB, imports CIF.`,
      terms: [
        { code: x, sign: 1 },
        { code: m, sign: 1 },
      ],
    }),
    sumDefinition({
      code: `trade.${reporter}.${partner}.balance_derived`,
      title: `${NAME[reporter]}'s trade balance with ${NAME[partner]}, exports − imports (${by}; derived)`,
      reporter,
      partner,
      flow: "balance_derived",
      unit: "USD",
      description: `Computed: headline exports (${x}) minus headline imports (${m}) of the same year. Positive: ${NAME[reporter]} sells more to ${NAME[partner]} than it buys.`,
      terms: [
        { code: x, sign: 1 },
        { code: m, sign: -1 },
      ],
    }),
  ];
}

/** A partner's share in a reporter's total goods trade, each side from its own figures (lib/convert/shares.ts). */
function shareSeries(reporter: "KAZ" | "CHN"): DerivedDefinition {
  const share = shareDefinition(reporter, reporter === "KAZ" ? "CHN" : "KAZ");
  const c = shareComponents(share);
  return {
    code: share.code,
    title: share.title,
    domain: "trade",
    reporter: share.reporter,
    partner: share.partner,
    flow: "share_of_total_derived",
    unit: "percent",
    description: share.description,
    inputs: [c.x, c.m, c.wx, c.wm],
    allSources: true,
    compute: (rows) => shareRows(share, rows),
  };
}

/** The Federal Reserve's annual average euro rate (EUR per USD). */
export const EUR_PER_USD = "fx.USA.EMU.EUR_per_USD";

/** A euro series in US dollars at the Federal Reserve's annual average rate: what it measures does not change (net stays net). */
function usdTwin(eurCode: string, unit: string, title: string, description: string): DerivedDefinition {
  const code = `${eurCode}_usd_derived`;
  const [, reporter, partner] = eurCode.split(".");
  return {
    code,
    title,
    domain: "investment",
    reporter: reporter!,
    partner: partner!,
    flow: `${eurCode.split(".").slice(3).join(".")}_usd_derived`,
    unit,
    description,
    inputs: [eurCode, EUR_PER_USD],
    compute: (rows) =>
      convertRowsToUsd(
        rows.filter((r) => r.seriesCode === eurCode && r.headline),
        { rateSeries: EUR_PER_USD, currency: "EUR", rates: ratesByYear(rows, EUR_PER_USD), code },
      ).rows,
  };
}

export const DERIVED_SERIES: readonly DerivedDefinition[] = [
  ...tradeDefinitions("CHN", "KAZ"),
  ...tradeDefinitions("KAZ", "CHN"),
  shareSeries("KAZ"),
  shareSeries("CHN"),
  usdTwin(
    "fdi.KAZ.CHN.inflow",
    "USD million",
    "Kazakhstan: net FDI inflow from China, converted to US dollars (NBK via wiiw in EUR ÷ Federal Reserve annual average EUR per USD; derived)",
    "Computed: the National Bank of Kazakhstan's net FDI inflow from China (EUR million, via wiiw) divided by the Federal Reserve's annual average euro rate (EUR per USD) of the same year. Still net flows: converting the currency does not make them comparable to quoted gross inflows.",
  ),
];

const BY_CODE = new Map(DERIVED_SERIES.map((d) => [d.code, d]));

export function derivedDefinition(code: string): DerivedDefinition | undefined {
  return BY_CODE.get(code);
}

export function isDerivedCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function derivedSeriesInfo(def: DerivedDefinition): SeriesInfo {
  return {
    code: def.code,
    title: def.title,
    domain: def.domain,
    reporter: def.reporter,
    partner: def.partner,
    flow: def.flow,
    unit: def.unit,
    valuation: "none",
    productCode: "TOTAL",
    productLevel: 0,
    description: def.description,
  };
}

/** Stored component codes that the given codes need (derived codes expanded, stored codes kept). */
export function expandCodes(codes: readonly string[]): { stored: string[]; derived: DerivedDefinition[] } {
  const stored = new Set<string>();
  const derived: DerivedDefinition[] = [];
  for (const code of codes) {
    const def = BY_CODE.get(code);
    if (def) {
      derived.push(def);
      for (const input of def.inputs) stored.add(input);
    } else stored.add(code);
  }
  return { stored: [...stored], derived };
}

/**
 * Derived rows for one definition from the headline annual rows of its components: one row per year in which every
 * component has a value. Flags: the union of the components' flags, plus "derived", plus "from-statement" when a
 * component is a quoted statement.
 */
export function deriveRows(
  def: Pick<DerivedDefinition, "code" | "description"> & { terms?: DerivedDefinition["terms"] },
  headlineRows: readonly ObservationRow[],
): ObservationRow[] {
  const terms = def.terms ?? [];
  const byYear = new Map<number, Map<string, ObservationRow>>();
  for (const r of headlineRows) {
    if (!r.headline || r.frequency !== "A") continue;
    if (!terms.some((t) => t.code === r.seriesCode)) continue;
    let m = byYear.get(r.year);
    if (!m) byYear.set(r.year, (m = new Map()));
    if (!m.has(r.seriesCode)) m.set(r.seriesCode, r);
  }
  const out: ObservationRow[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const parts = byYear.get(year)!;
    if (!terms.every((t) => parts.has(t.code))) continue;
    const components: DerivedComponent[] = terms.map((t) => {
      const r = parts.get(t.code)!;
      return {
        seriesCode: t.code,
        sign: t.sign,
        value: r.value,
        sourceKey: r.sourceKey,
        sourceType: r.sourceType,
        publisher: r.publisher,
        vintage: r.vintage,
        vintageDate: r.vintageDate,
        flags: r.flags,
      };
    });
    const flags = new Set<string>([DERIVED_FLAG]);
    for (const c of components) for (const f of c.flags) flags.add(f);
    if (components.some((c) => c.sourceType === "news_statement")) flags.add(FROM_STATEMENT_FLAG);
    const sourceKeys = [...new Set(components.map((c) => c.sourceKey))];
    const vintages = [...new Set(components.map((c) => c.vintage).filter(Boolean))];
    const qualifiers = terms.map((t) => parts.get(t.code)!.qualifier).filter(Boolean);
    out.push({
      seriesCode: def.code,
      year,
      period: String(year),
      frequency: "A",
      value: sumDecimals(components),
      sourceKey: sourceKeys.join(" + "),
      publisher: [...new Set(components.map((c) => c.publisher))].join(" + "),
      vintage: vintages.join(" + "),
      // A computed value exists once its last component was published.
      vintageDate: components
        .map((c) => c.vintageDate)
        .sort()
        .at(-1)!,
      flags: [...flags].sort(),
      qualifier: qualifiers.length ? "about" : null,
      asPublished: null,
      note: def.description,
      headline: true,
      sourceType: components.some((c) => c.sourceType === "news_statement") ? "news_statement" : "derived",
      components,
    });
  }
  return out;
}

/** The source keys a row cites: its components' for a derived row, else its own. */
export function sourceKeysOf(row: Pick<ObservationRow, "sourceKey" | "components">): string[] {
  return row.components ? [...new Set(row.components.map((c) => c.sourceKey))] : [row.sourceKey];
}
