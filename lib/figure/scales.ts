// Value and year axes: d3-scale picks the domain and round ticks, Intl.NumberFormat writes them in the figure's locale
// (unless the caller gave its own ticks).
import { scaleLinear, scaleLog } from "d3-scale";
import type { AxisTick, ValueAxisSpec } from "./spec";
import { textWidth } from "./text";

export interface ValueScale {
  /** Value → px. */
  at: (value: number) => number;
  /** Whether a value can be drawn on this axis (a log axis cannot show zero or negative values). */
  drawable: (value: number) => boolean;
  domain: [number, number];
  ticks: AxisTick[];
}

export const DEFAULT_NUMBER_FORMAT: Intl.NumberFormatOptions = { notation: "compact", maximumFractionDigits: 1 };

/** The tick label formatter an axis spec asks for. */
export function tickFormatter(axis: ValueAxisSpec, locale: string): (value: number) => string {
  if (axis.percent) {
    const f = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, ...axis.format });
    return (v) => f.format(v / 100);
  }
  const f = new Intl.NumberFormat(locale, axis.format ?? DEFAULT_NUMBER_FORMAT);
  return (v) => f.format(v);
}

/**
 * The scale of a value axis over `values`, mapped onto `range` ([px of the domain's low end, px of its high end]),
 * with about `count` ticks.
 */
export function valueScale(axis: ValueAxisSpec, values: number[], range: [number, number], locale: string, count: number): ValueScale {
  const format = tickFormatter(axis, locale);
  const given = axis.ticks?.map((t) => t.value) ?? [];
  if (axis.scale === "log") {
    const positives = [...values, ...given].filter((v) => v > 0 && Number.isFinite(v));
    const lo = positives.length ? 10 ** Math.floor(Math.log10(Math.min(...positives))) : 1;
    let hi = positives.length ? 10 ** Math.ceil(Math.log10(Math.max(...positives))) : 10;
    if (hi <= lo) hi = lo * 10;
    const s = scaleLog().domain([lo, hi]).range(range);
    const decades = Math.round(Math.log10(hi / lo));
    const every = Math.max(1, Math.ceil(decades / Math.max(2, count)));
    const tickValues =
      decades <= 2
        ? s.ticks().filter((t) => [1, 2, 5].includes(Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9))))
        : Array.from({ length: decades + 1 }, (_, i) => lo * 10 ** i).filter((_, i) => i % every === 0);
    return {
      at: (v) => s(v),
      drawable: (v) => v > 0,
      domain: [lo, hi],
      ticks: axis.ticks ?? tickValues.map((value) => ({ value, label: format(value) })),
    };
  }
  const finite = [...values, ...given].filter(Number.isFinite);
  const zero = axis.includeZero ?? true;
  let min = Math.min(...finite, ...(zero ? [0] : []));
  let max = Math.max(...finite, ...(zero ? [0] : []));
  if (!Number.isFinite(min) || !Number.isFinite(max)) [min, max] = [0, 1];
  if (min === max) [min, max] = min === 0 ? [0, 1] : [Math.min(0, min * 0.9), Math.max(0, max * 1.1)];
  const s = scaleLinear().domain([min, max]).range(range).nice(count);
  const [d0, d1] = s.domain() as [number, number];
  return {
    at: (v) => s(v),
    drawable: Number.isFinite,
    domain: [d0, d1],
    ticks: axis.ticks ?? s.ticks(count).map((value) => ({ value, label: format(value) })),
  };
}

/** Years to label on an axis `pxPerYear` wide per year: every 1, 2, 5, 10… years, so labels never touch. */
export function yearTicks(first: number, last: number, pxPerYear: number, fontSize: number): number[] {
  const need = textWidth("2024", fontSize) + fontSize;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s * pxPerYear >= need) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks.length >= 2 ? ticks : first === last ? [first] : [first, last];
}

/** Widest tick label in px. */
export function maxLabelWidth(ticks: AxisTick[], fontSize: number): number {
  return Math.max(0, ...ticks.map((t) => textWidth(t.label, fontSize)));
}
