// Exact decimal arithmetic on text, for values read from publishers' files.
// Values stay strings end to end: no float ever touches a published figure, except Excel numeric cells,
// which the file itself stores as IEEE doubles (see decimalFromNumber).

const DECIMAL_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** An integer already in plain notation (no sign but "-", no leading zero, not "-0"): its own plain form. */
const PLAIN_INTEGER_RE = /^(?:0|-?[1-9]\d*)$/;
/** The same with at most STORAGE_INTEGER_DIGITS digits: stored as it is (most published values; see fitStorage). */
const STORABLE_INTEGER_RE = /^(?:0|-?[1-9]\d{0,19})$/;

/** Largest exponent accepted in scientific notation (protects against "1e999999" building huge strings). */
const MAX_EXPONENT = 400;

/** Observation.value is NUMERIC(30, 10): at most 20 integer digits and 10 decimals (lib/import/validate.ts). */
export const STORAGE_SCALE = 10;
export const STORAGE_INTEGER_DIGITS = 20;

/**
 * Multiplies the decimal number written in `text` by 10^power10, exactly, and returns it in plain
 * notation ("-1234.5", never an exponent, no leading zeros, no trailing fractional zeros, "0" not "-0").
 * Accepts an optional sign, digits with an optional fraction (".5" and "5." too) and an optional exponent
 * ("1.5e-7", "4.7E-5"). Surrounding whitespace is ignored. Returns null for anything else (empty text,
 * "…", "n/a", "1,234", "12 e", NaN, Infinity).
 */
export function scaleDecimal(text: string, power10: number): string | null {
  if (!Number.isInteger(power10)) return null;
  // Most values of a large file are plain integers: returned as they are, without the regex and the slicing below.
  if (power10 === 0 && PLAIN_INTEGER_RE.test(text)) return text;
  const m = DECIMAL_RE.exec(text.trim());
  if (!m) return null;
  const sign = m[1] === "-" ? "-" : "";
  const intPart = m[2] ?? "";
  const fracPart = m[3] ?? "";
  if (intPart === "" && fracPart === "") return null;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > MAX_EXPONENT) return null;
  const shift = exp + power10;
  if (Math.abs(shift) > 2 * MAX_EXPONENT) return null;

  // All digits, with the decimal point after `point` digits.
  let digits = intPart + fracPart;
  let point = intPart.length + shift;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  } else if (point > digits.length) {
    digits = digits + "0".repeat(point - digits.length);
  }
  let int = digits.slice(0, point).replace(/^0+/, "");
  const frac = digits.slice(point).replace(/0+$/, "");
  if (int === "") int = "0";
  if (int === "0" && frac === "") return "0";
  return sign + int + (frac ? "." + frac : "");
}

/** True when `text` is a number scaleDecimal accepts. */
export function isDecimalText(text: string): boolean {
  return scaleDecimal(text, 0) !== null;
}

/**
 * Rounds a plain decimal string (as returned by scaleDecimal) to `places` decimals, half away from zero
 * (PostgreSQL's rounding for numeric). Returns the normalised result.
 */
export function roundDecimal(text: string, places: number): string {
  const norm = scaleDecimal(text, 0);
  if (norm === null) throw new Error(`roundDecimal: not a decimal: ${JSON.stringify(text)}`);
  const negative = norm.startsWith("-");
  const abs = negative ? norm.slice(1) : norm;
  const [int = "0", frac = ""] = abs.split(".");
  if (frac.length <= places) return norm;
  const kept = int + frac.slice(0, places);
  const roundUp = frac.charCodeAt(places) >= 53; // digit >= "5"
  let out = kept;
  if (roundUp) {
    // Add one unit in the last kept place, on the digit string.
    const arr = kept.split("");
    let i = arr.length - 1;
    while (i >= 0) {
      if (arr[i] === "9") {
        arr[i] = "0";
        i--;
      } else {
        arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
        break;
      }
    }
    out = (i < 0 ? "1" : "") + arr.join("");
  }
  const intLen = out.length - places;
  const result = out.slice(0, intLen) + (places > 0 ? "." + out.slice(intLen) : "");
  return scaleDecimal((negative ? "-" : "") + result, 0)!;
}

export interface StoredValue {
  /** The value as it will be stored (at most STORAGE_SCALE decimals). */
  value: string;
  /** True when decimals beyond STORAGE_SCALE had to be rounded away. */
  rounded: boolean;
}

/** Why fitStorage refused a value (parsers append it to the value they quote). */
export const NOT_STORABLE =
  "is outside the stored range (NUMERIC(30,10): at most 20 integer digits; a non-zero value under 0.00000000005 would be stored as 0)";

/**
 * Fits a plain decimal to the Observation.value column (NUMERIC(30, 10)): rounds to 10 decimals
 * (half away from zero, as PostgreSQL would) so that the value the parser reports is the value stored,
 * and re-imports compare equal. Returns null when the integer part has more than 20 digits, or when a value that
 * is not zero would round to 0 (1e-300 must not silently become 0).
 */
export function fitStorage(text: string): StoredValue | null {
  if (STORABLE_INTEGER_RE.test(text)) return { value: text, rounded: false };
  const value = roundDecimal(text, STORAGE_SCALE);
  const intDigits = value.replace(/^-/, "").split(".")[0]!.length;
  if (intDigits > STORAGE_INTEGER_DIGITS) return null;
  const exact = scaleDecimal(text, 0);
  if (value === "0" && exact !== "0") return null;
  return { value, rounded: value !== exact };
}

/**
 * Decimal text of an Excel numeric cell. Excel stores numbers as IEEE doubles; exceljs hands them over as
 * JS numbers. `String(n)` gives the shortest decimal that reads back as the same double (ECMAScript
 * Number::toString), i.e. exactly the digits Excel wrote into the file's XML for numbers Excel itself
 * wrote with 15–17 significant digits. We check the round trip anyway (`Number(s) === n`) and return null
 * for NaN/Infinity or a failed round trip, so a value is never silently altered. Exponent notation
 * ("1.5e-7") is expanded to plain decimals.
 */
export function decimalFromNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const s = String(n);
  if (Number(s) !== n) return null;
  return scaleDecimal(s, 0);
}

/**
 * The mean of decimal texts, exactly, rounded half away from zero to `places` decimals ("255.657" style), as plain
 * decimal text. Throws on an empty list or a value that is not a decimal.
 */
export function meanDecimal(values: readonly string[], places: number): string {
  if (values.length === 0) throw new Error("meanDecimal: no values");
  const work = places + 12;
  let sum = 0n;
  for (const v of values) {
    const scaled = scaleDecimal(v, work);
    if (scaled === null || scaled.includes("."))
      throw new Error(`meanDecimal: ${JSON.stringify(v)} is not a decimal with at most ${work} places`);
    sum += BigInt(scaled);
  }
  const n = BigInt(values.length);
  const unit = 10n ** 12n * n;
  const negative = sum < 0n;
  const abs = negative ? -sum : sum;
  const rounded = (abs * 2n + unit) / (unit * 2n);
  const text = scaleDecimal(rounded.toString(), -places)!;
  return negative && text !== "0" ? `-${text}` : text;
}

/**
 * a × b ÷ c, exactly, rounded half away from zero to `places` decimals, as plain decimal text: deflating by a price
 * index (value × CPI(base) ÷ CPI(year)) and converting currencies (value × 1 ÷ rate) without floating point.
 */
export function mulDivDecimal(a: string, b: string, c: string, places: number): string {
  const w = 12;
  const big = (t: string): bigint => {
    const s = scaleDecimal(t, w);
    if (s === null || s.includes(".")) throw new Error(`mulDivDecimal: ${JSON.stringify(t)} is not a decimal with at most ${w} places`);
    return BigInt(s);
  };
  const [x, y, z] = [big(a), big(b), big(c)];
  if (z === 0n) throw new Error("mulDivDecimal: division by zero");
  // x·y/z carries scale w; shift to `places` decimals: q = x·y·10^places / (z·10^w).
  const num = x * y * 10n ** BigInt(places);
  const den = z * 10n ** BigInt(w);
  const negative = num < 0n !== den < 0n && num !== 0n;
  const [n, d] = [num < 0n ? -num : num, den < 0n ? -den : den];
  const q = (n * 2n + d) / (d * 2n);
  const text = scaleDecimal(q.toString(), -places)!;
  return negative && text !== "0" ? `-${text}` : text;
}

// Sums of decimal text as PostgreSQL returns it (scale ≤ 10), exactly, via BigInt.
const SCALE = STORAGE_SCALE;

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
