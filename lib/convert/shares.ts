// Shares of a partner in a reporter's total trade, each side from its own figures: China's share of Kazakhstan's
// trade = Kazakhstan's (exports to China + imports from China) ÷ Kazakhstan's (exports + imports) with the World,
// all as Kazakhstan reports them, in one source per year (never a partner value from one dataset over a world total
// from another). Pure functions.
import { mulDivDecimal } from "../decimal";
import { sumDecimals } from "../decimal";
import type { ObservationRow } from "../series/types";

/** part ÷ whole × 100, in percent, rounded to `places` decimals. */
export function sharePercent(part: string, whole: string, places = 2): string {
  return mulDivDecimal(part, "100", whole, places);
}

export interface ShareDefinition {
  code: string;
  title: string;
  reporter: string;
  partner: string;
  description: string;
}

export function shareDefinition(reporter: "KAZ" | "CHN", partner: "CHN" | "KAZ"): ShareDefinition {
  const name = { CHN: "China", KAZ: "Kazakhstan" } as const;
  return {
    code: `trade.${reporter}.${partner}.share_of_total_derived`,
    title: `${name[partner]}'s share of ${name[reporter]}'s total goods trade (as reported by ${name[reporter]}; derived, %)`,
    reporter,
    partner,
    description: `Computed: ${name[reporter]}'s exports to plus imports from ${name[partner]}, ÷ its exports to plus imports from the World, × 100; all four figures as ${name[reporter]} reports them, from one source per year.`,
  };
}

/** The four stored series a share needs. */
export function shareComponents(def: ShareDefinition): { x: string; m: string; wx: string; wm: string } {
  const b = `trade.${def.reporter}`;
  return { x: `${b}.${def.partner}.X`, m: `${b}.${def.partner}.M`, wx: `${b}.WLD.X`, wm: `${b}.WLD.M` };
}

/**
 * One share per year from every source's annual values of the four components: per year, among the sources that
 * report all four, the one the headline rule prefers for the partner exports (rows come ordered by it, headline first);
 * flagged "derived" plus the components' flags.
 */
export function shareRows(def: ShareDefinition, rows: readonly ObservationRow[]): ObservationRow[] {
  const c = shareComponents(def);
  const codes = [c.x, c.m, c.wx, c.wm];
  // year → source → code → row (first row per key wins: rows arrive headline-first).
  const by = new Map<number, Map<string, Map<string, ObservationRow>>>();
  const order = new Map<number, string[]>();
  for (const r of rows) {
    if (r.frequency !== "A" || !codes.includes(r.seriesCode)) continue;
    let y = by.get(r.year);
    if (!y) by.set(r.year, (y = new Map()));
    let s = y.get(r.sourceKey);
    if (!s) {
      y.set(r.sourceKey, (s = new Map()));
      order.set(r.year, [...(order.get(r.year) ?? []), r.sourceKey]);
    }
    if (!s.has(r.seriesCode)) s.set(r.seriesCode, r);
  }
  const out: ObservationRow[] = [];
  for (const year of [...by.keys()].sort((a, b) => a - b)) {
    const sources = by.get(year)!;
    const key = order.get(year)!.find((k) => codes.every((code) => sources.get(k)!.has(code)));
    if (!key) continue;
    const p = sources.get(key)!;
    const part = sumDecimals([
      { value: p.get(c.x)!.value, sign: 1 },
      { value: p.get(c.m)!.value, sign: 1 },
    ]);
    const whole = sumDecimals([
      { value: p.get(c.wx)!.value, sign: 1 },
      { value: p.get(c.wm)!.value, sign: 1 },
    ]);
    if (Number(whole) === 0) continue;
    const first = p.get(c.x)!;
    const flags = new Set<string>(["derived"]);
    for (const code of codes) for (const f of p.get(code)!.flags) flags.add(f);
    out.push({
      ...first,
      seriesCode: def.code,
      period: String(year),
      value: sharePercent(part, whole),
      flags: [...flags].sort(),
      qualifier: null,
      asPublished: null,
      note: `${part} ÷ ${whole} USD × 100 (${def.description})`,
      headline: true,
    });
  }
  return out;
}
