// The CIF/FOB factor: importers value goods CIF (cost, insurance, freight to their border), exporters FOB
// (free on board at their border), so an importer's figure is expected to exceed the exporter's by the
// cost of freight and insurance. IMF DOTS uses a conventional 6 % (factor 1.06).
import type { ParseCifFobResult } from "./types";

export const CIF_FOB_DEFAULT = 1.06;
export const CIF_FOB_BAND: readonly [number, number] = [1.04, 1.1];
export const CIF_FOB_MIN = 1.0;
export const CIF_FOB_MAX = 1.5;
/** The slider covers plausible freight and insurance (up to 20 %); a larger factor can still be typed. */
export const CIF_FOB_SLIDER_MAX = 1.2;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

/**
 * Parse a CIF/FOB factor typed by a user (e.g. a `?cifFob=` query parameter).
 * Absent (undefined or null) → the default 1.06. Anything else must be a plain decimal number
 * (surrounding spaces allowed) that is finite and within [1.0, 1.5]; otherwise an error naming `cifFob`.
 */
export function parseCifFob(text: string | undefined | null): ParseCifFobResult {
  if (text === undefined || text === null) return { ok: true, value: CIF_FOB_DEFAULT };
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) {
    return { ok: false, error: `cifFob must be a decimal number such as 1.06 (got ${quote(text)})` };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    return { ok: false, error: `cifFob must be a finite number (got ${quote(text)})` };
  }
  if (value < CIF_FOB_MIN || value > CIF_FOB_MAX) {
    return {
      ok: false,
      error: `cifFob must be between ${CIF_FOB_MIN.toFixed(1)} and ${CIF_FOB_MAX.toFixed(1)} (got ${quote(text)})`,
    };
  }
  return { ok: true, value };
}

/** Throws a RangeError unless the factor is a finite number within [CIF_FOB_MIN, CIF_FOB_MAX]. */
export function assertCifFob(value: number): number {
  if (!Number.isFinite(value) || value < CIF_FOB_MIN || value > CIF_FOB_MAX) {
    throw new RangeError(
      `cifFob must be a finite number between ${CIF_FOB_MIN.toFixed(1)} and ${CIF_FOB_MAX.toFixed(1)} (got ${String(value)})`,
    );
  }
  return value;
}

/**
 * The sensitivity band for a factor: [min(low, f), max(high, f)], so the band always contains the chosen factor.
 * The default base band is CIF_FOB_BAND ([1.04, 1.10]); a custom band is put in order first.
 */
export function cifFobBand(cifFob: number = CIF_FOB_DEFAULT, base: readonly [number, number] = CIF_FOB_BAND): [number, number] {
  assertCifFob(cifFob);
  const [a, b] = base;
  assertCifFob(a);
  assertCifFob(b);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return [Math.min(low, cifFob), Math.max(high, cifFob)];
}
