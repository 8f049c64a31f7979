// Derived series: values computed from stored series (turnover = exports + imports, balance = exports − imports),
// never stored. They are computed here, from the headline value of each component for the same year, so the pages,
// the JSON API and the CSV export all show the same numbers. Pure functions: no database.
import type { DerivedComponent, ObservationRow, SeriesInfo } from "./types";

export interface DerivedDefinition {
  code: string;
  title: string;
  reporter: string;
  partner: string;
  /** turnover_derived | balance_derived */
  flow: string;
  unit: string;
  description: string;
  terms: { code: string; sign: 1 | -1 }[];
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
    {
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
    },
    {
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
    },
  ];
}

export const DERIVED_SERIES: readonly DerivedDefinition[] = [...tradeDefinitions("CHN", "KAZ"), ...tradeDefinitions("KAZ", "CHN")];

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
    domain: "trade",
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
      for (const t of def.terms) stored.add(t.code);
    } else stored.add(code);
  }
  return { stored: [...stored], derived };
}

// Exact decimal arithmetic on the decimal text PostgreSQL returns (scale ≤ 10), via BigInt.
const SCALE = 10;

function toScaled(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not a decimal: ${JSON.stringify(text)}`);
  const frac = (m[3] ?? "").padEnd(SCALE, "0");
  if (frac.length > SCALE) throw new Error(`more than ${SCALE} decimals: ${text}`);
  const v = BigInt(m[2]! + frac);
  return m[1] ? -v : v;
}

function fromScaled(v: bigint): string {
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString().padStart(SCALE + 1, "0");
  const int = digits.slice(0, -SCALE);
  const frac = digits.slice(-SCALE).replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** Σ sign·value, exactly, as decimal text ("12729100679" + "9741822440.5" → "22470923119.5"). */
export function sumDecimals(terms: readonly { value: string; sign: 1 | -1 }[]): string {
  let total = 0n;
  for (const t of terms) total += t.sign === 1 ? toScaled(t.value) : -toScaled(t.value);
  return fromScaled(total);
}

/**
 * Derived rows for one definition from the headline annual rows of its components: one row per year in which every
 * component has a value. Flags: the union of the components' flags, plus "derived", plus "from-statement" when a
 * component is a quoted statement.
 */
export function deriveRows(def: DerivedDefinition, headlineRows: readonly ObservationRow[]): ObservationRow[] {
  const byYear = new Map<number, Map<string, ObservationRow>>();
  for (const r of headlineRows) {
    if (!r.headline || r.frequency !== "A") continue;
    if (!def.terms.some((t) => t.code === r.seriesCode)) continue;
    let m = byYear.get(r.year);
    if (!m) byYear.set(r.year, (m = new Map()));
    if (!m.has(r.seriesCode)) m.set(r.seriesCode, r);
  }
  const out: ObservationRow[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const parts = byYear.get(year)!;
    if (!def.terms.every((t) => parts.has(t.code))) continue;
    const components: DerivedComponent[] = def.terms.map((t) => {
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
    const qualifiers = def.terms.map((t) => parts.get(t.code)!.qualifier).filter(Boolean);
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
