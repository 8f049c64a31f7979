// Pure shaping of observations into chart rows (one row per year, one key per series) and point metadata.
import { sourceKeysOf } from "./derived";
import type { DerivedComponent, ObservationRow, SourceRef } from "./types";

export interface PointMeta {
  value: string;
  sourceKey: string;
  /** Every source the point cites (two for a derived value from different sources). */
  sourceKeys: string[];
  sourceType: string;
  vintage: string;
  flags: string[];
  qualifier: string | null;
  components?: DerivedComponent[];
}

/** Flags that make a point "not a measured total": drawn with a warning marker. */
export const WARNING_FLAGS = ["estimate", "incomplete"] as const;

/** Whether a point is a quoted statement (or computed from one) rather than a statistical database value. */
export function isStatementPoint(meta: Pick<PointMeta, "sourceType" | "flags">): boolean {
  return meta.sourceType === "news_statement" || meta.flags.includes("from-statement");
}

/** Annual rows a chart can draw: annual values and year-end positions (period YYYY-12-31). */
export function isAnnualPoint(o: Pick<ObservationRow, "frequency" | "period">): boolean {
  return o.frequency === "A" || (o.frequency === "D" && o.period.endsWith("-12-31"));
}

export interface ChartRow {
  year: number;
  [seriesCode: string]: number | null;
}

export interface ChartData {
  rows: ChartRow[];
  /** meta[seriesCode][year] */
  meta: Record<string, Record<number, PointMeta>>;
}

export function toChartData(codes: string[], observations: ObservationRow[], range: { from: number; to: number }): ChartData {
  const meta: ChartData["meta"] = Object.fromEntries(codes.map((c) => [c, {}]));
  const byYear = new Map<number, ChartRow>();
  for (let y = range.from; y <= range.to; y++) byYear.set(y, { year: y, ...Object.fromEntries(codes.map((c) => [c, null])) });
  for (const o of observations) {
    if (!o.headline || !isAnnualPoint(o)) continue;
    const row = byYear.get(o.year);
    if (!row || !(o.seriesCode in meta) || meta[o.seriesCode]![o.year]) continue;
    row[o.seriesCode] = Number(o.value);
    meta[o.seriesCode]![o.year] = {
      value: o.value,
      sourceKey: o.sourceKey,
      sourceKeys: sourceKeysOf(o),
      sourceType: o.sourceType,
      vintage: o.vintage,
      flags: o.flags,
      qualifier: o.qualifier,
      ...(o.components ? { components: o.components } : {}),
    };
  }
  // Trim the years before the first and after the last value, so the chart spans the data, not the requested range.
  const rows = [...byYear.values()];
  const has = (r: ChartRow) => codes.some((c) => r[c] !== null);
  const first = rows.findIndex(has);
  const last = rows.findLastIndex(has);
  return { rows: first === -1 ? [] : rows.slice(first, last + 1), meta };
}

/** Short label for a source, for tooltips and table cells. */
export function sourceLabel(source: Pick<SourceRef, "title" | "publisher">): string {
  const title = source.title
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return title.length > 70 ? `${title.slice(0, 67)}…` : title;
}

/** "12.73 bn USD" style, for axes and headline figures. */
export function formatCompact(value: number, unit: string): string {
  if (unit === "percent") return `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })} %`;
  const abs = Math.abs(value);
  const suffix = unit === "USD" ? " USD" : unit === "EUR million" ? "" : ` ${unit}`;
  if (unit === "EUR million") return `${value.toLocaleString("en-US", { maximumFractionDigits: 0 })} m EUR`;
  if (abs >= 1e9) return `${(value / 1e9).toLocaleString("en-US", { maximumFractionDigits: 2 })} bn${suffix}`;
  if (abs >= 1e6) return `${(value / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })} m${suffix}`;
  return `${value.toLocaleString("en-US", { maximumFractionDigits: 2 })}${suffix}`;
}

/** Full precision with thousands separators, for tables. */
export function formatFull(value: string): string {
  const [int, frac] = value.split(".");
  const grouped = Number(int).toLocaleString("en-US");
  return frac ? `${grouped}.${frac}` : grouped;
}

/** Axis tick: the magnitude without the unit (the axis title carries it): "14 bn", "500 m", "1,500", "5 %". */
export function formatTick(value: number, unit: string): string {
  if (unit === "percent") return `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })} %`;
  if (unit !== "USD") return value.toLocaleString("en-US", { maximumFractionDigits: 1 });
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${(value / 1e9).toLocaleString("en-US", { maximumFractionDigits: 1 })} bn`;
  if (abs >= 1e6) return `${(value / 1e6).toLocaleString("en-US", { maximumFractionDigits: 0 })} m`;
  return value.toLocaleString("en-US", { maximumFractionDigits: 0 });
}

/** Axis title for a unit. */
export function unitAxisLabel(unit: string): string {
  if (unit === "USD") return "US dollars";
  if (unit === "percent") return "Percent";
  return unit;
}

/** Round ticks from 0 to at least `max` (1, 2, 2.5 or 5 × a power of ten), about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step * 0.999; t += step) ticks.push(Math.round(t / power) * power);
  return ticks;
}

/**
 * The chart's metadata with source keys (long URLs and repository paths, repeated on every point) replaced by short
 * aliases, so the page does not ship them hundreds of times. Returns the aliased metadata and alias → key.
 */
export function aliasSources(meta: ChartData["meta"], keys: string[]): { meta: ChartData["meta"]; alias: Map<string, string> } {
  const alias = new Map(keys.map((k, i) => [k, `s${i}`]));
  const a = (k: string) => alias.get(k) ?? k;
  const out: ChartData["meta"] = {};
  for (const [code, byYear] of Object.entries(meta)) {
    out[code] = {};
    for (const [year, m] of Object.entries(byYear)) {
      out[code]![Number(year)] = {
        ...m,
        sourceKey: a(m.sourceKey),
        sourceKeys: m.sourceKeys.map(a),
        ...(m.components ? { components: m.components.map((c) => ({ ...c, sourceKey: a(c.sourceKey) })) } : {}),
      };
    }
  }
  return { meta: out, alias };
}
