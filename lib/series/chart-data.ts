// Pure shaping of observations into chart rows (one row per year, one key per series) and point metadata.
import type { ObservationRow, SourceRef } from "./types";

export interface PointMeta {
  value: string;
  sourceKey: string;
  vintage: string;
  flags: string[];
  qualifier: string | null;
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
    if (!o.headline || o.frequency !== "A") continue;
    const row = byYear.get(o.year);
    if (!row || !(o.seriesCode in meta)) continue;
    row[o.seriesCode] = Number(o.value);
    meta[o.seriesCode]![o.year] = { value: o.value, sourceKey: o.sourceKey, vintage: o.vintage, flags: o.flags, qualifier: o.qualifier };
  }
  return { rows: [...byYear.values()], meta };
}

/** Short label for a source, for tooltips and table cells. */
export function sourceLabel(source: Pick<SourceRef, "title" | "publisher">): string {
  const title = source.title.replace(/\s*\([^)]*\)\s*/g, " ").replace(/\s+/g, " ").trim();
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
