// Number helpers for USD amounts that arrive as PostgreSQL `numeric` text.
import type { UsdInput } from "./types";

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A USD amount as a number, or null when missing (null/undefined).
 * Throws a RangeError on text that is not a plain decimal (including "" and "NaN") and on non-finite numbers:
 * bad data must not silently turn into "missing" or 0.
 */
export function parseUsd(value: UsdInput, what = "value"): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number (got ${String(value)})`);
    return value === 0 ? 0 : value; // normalise -0
  }
  const trimmed = value.trim();
  if (!DECIMAL.test(trimmed)) throw new RangeError(`${what} must be a decimal number (got ${JSON.stringify(value)})`);
  const n = Number(trimmed);
  if (!Number.isFinite(n)) throw new RangeError(`${what} must be a finite number (got ${JSON.stringify(value)})`);
  return n === 0 ? 0 : n;
}

/**
 * Round to `digits` decimals, half away from zero, on the exact decimal value of the double
 * (so 0.125 → 0.13, −0.125 → −0.13). Never returns −0.
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${String(x)}`);
  const r = Number(Math.abs(x).toFixed(digits));
  const signed = x < 0 ? -r : r;
  return signed === 0 ? 0 : signed;
}

/** USD cents / percent to 2 decimals. */
export function round2(x: number): number {
  return roundTo(x, 2);
}

/**
 * Natural order for labels such as vintages and HS codes: runs of digits compare by numeric value
 * ("2025-9" < "2025-10"), everything else by UTF-16 code unit. Locale-independent and total.
 */
export function naturalCompare(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? [];
  const tb = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(ta.length, tb.length);
  for (let i = 0; i < n; i++) {
    const x = ta[i] as string;
    const y = tb[i] as string;
    if (x === y) continue;
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    if (xd && yd) {
      const xs = x.replace(/^0+(?=\d)/, "");
      const ys = y.replace(/^0+(?=\d)/, "");
      if (xs.length !== ys.length) return xs.length < ys.length ? -1 : 1;
      if (xs !== ys) return xs < ys ? -1 : 1;
      // Same number, different zero padding: fall through to the code-unit comparison for a total order.
    }
    return x < y ? -1 : 1;
  }
  if (ta.length !== tb.length) return ta.length < tb.length ? -1 : 1;
  return 0;
}
