// How the project writes numbers: one module for cards, sentences, tooltips, tables and axes. Pure functions.
// Amounts read "12.73 bn USD" / "857.7 m USD"; a minus sign (−) for negative values.

const en = (value: number, min: number, max: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: min, maximumFractionDigits: max });

export interface AmountOptions {
  /**
   * "fixed": a fixed number of decimals per magnitude (2 for bn, 1 for m), so figures side by side read alike in
   * sentences and tooltips ("14.90 bn USD"); "max" (default): at most that many, for cards and legends ("14.9 bn USD").
   */
  digits?: "fixed" | "max";
  /** Leave the unit out ("1.20 bn"). */
  unit?: boolean;
}

/** Units in US dollars of some kind ("USD", "USD million", "USD (constant 2021)"). */
export function isDollarUnit(unit: string): boolean {
  return /^USD\b/.test(unit);
}

/** "12.73 bn USD", "857.7 m USD", "42,000 USD", "1,854 m EUR", "45.8 %". */
export function formatAmount(value: number, unit: string, options: AmountOptions = {}): string {
  if (unit === "percent") return formatPct(value, options.digits === "fixed" ? 1 : undefined);
  const fixed = options.digits === "fixed";
  const sign = value < 0 ? "−" : "";
  const abs = Math.abs(value);
  if (unit === "EUR million") return `${sign}${en(abs, 0, fixed ? 1 : 0)}${options.unit === false ? "" : " m EUR"}`;
  if (unit === "USD million") return formatAmount(value * 1e6, "USD", options);
  const suffix = options.unit === false ? "" : ` ${unit}`;
  if (abs >= 1e9) return `${sign}${en(abs / 1e9, fixed ? 2 : 0, 2)} bn${suffix}`;
  if (abs >= 1e6) return `${sign}${en(abs / 1e6, fixed ? 1 : 0, 1)} m${suffix}`;
  return `${sign}${en(abs, 0, fixed ? 0 : 2)}${suffix}`;
}

/** US dollars with fixed decimals per magnitude: "27.95 bn USD", "857.7 m USD". */
export function formatUsd(value: number, options: { unit?: boolean } = {}): string {
  return formatAmount(value, "USD", { digits: "fixed", unit: options.unit });
}

/** With an explicit sign: "+1.20 bn USD", "−402.2 m USD", "0 USD". */
export function formatSignedUsd(value: number): string {
  return value > 0 ? `+${formatUsd(value)}` : formatUsd(value);
}

/** "45.8 %" (one decimal by default; `digits` undefined: at most one); a minus sign for negative values. */
export function formatPct(value: number, digits?: number): string {
  const text = digits === undefined ? en(Math.abs(value), 0, 1) : en(Math.abs(value), digits, digits);
  return `${value < 0 ? "−" : ""}${text} %`;
}

/** A CIF/FOB factor with at least two decimals: 1.1 → "1.10", 1.075 → "1.075". */
export function formatFactor(value: number): string {
  return value.toFixed(Math.max(2, (String(value).split(".")[1] ?? "").length));
}

/** Full precision with thousands separators, for tables: "12729100679" → "12,729,100,679". */
export function formatFull(value: string): string {
  const negative = value.startsWith("-");
  const [int, frac] = (negative ? value.slice(1) : value).split(".");
  const grouped = Number(int).toLocaleString("en-US");
  return `${negative ? "−" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/** Axis tick: the magnitude without the unit (the axis title carries it): "14 bn", "500 m", "1,500", "5 %". */
export function formatTick(value: number, unit: string): string {
  if (unit === "percent") return `${en(value, 0, 1)} %`;
  if (unit === "USD million") return formatTick(value * 1e6, "USD");
  if (!isDollarUnit(unit)) return en(value, 0, 1);
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${en(value / 1e9, 0, 1)} bn`;
  if (abs >= 1e6) return `${en(value / 1e6, 0, 0)} m`;
  return en(value, 0, 0);
}

/** Axis title for a unit. */
export function unitAxisLabel(unit: string): string {
  if (unit === "USD") return "US dollars";
  if (unit === "percent") return "Percent";
  return unit;
}

/**
 * A y-axis from 0 (or below 0 when negative values are more than a sliver of the range) to a round maximum, with
 * about `count` round ticks (steps of 1, 2, 2.5 or 5 × a power of ten): "0, 5 bn, 10 bn…" rather than Recharts'
 * automatic "9.5 bn, 19 bn".
 */
export function niceAxis(values: readonly (number | null)[], count = 6): { domain: [number, number]; ticks: number[] } {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...present);
  let min = Math.min(0, ...present);
  if (min > -0.02 * max) min = 0; // a few tiny negative bars are not worth a negative axis
  const span = max - min || 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const lo = Math.floor(min / step) * step;
  const hi = max === min ? lo + 5 * step : Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let k = Math.round(lo / step); k <= Math.round(hi / step); k++) ticks.push(Number((k * step).toPrecision(12)));
  return { domain: [lo, hi], ticks };
}
