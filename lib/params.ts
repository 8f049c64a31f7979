// zod schemas for every search param and API input. API routes turn failures into 400 JSON naming the parameter;
// pages fall back to defaults.
import { z } from "zod";
import { ParamError } from "./errors";
import { ISO3_PATTERN, SERIES_CODE_PATTERN, YEAR_MAX, YEAR_MIN } from "./codes";
import { LOCALES, type Locale } from "./pages/target";

export const seriesCodeSchema = z.string().max(200).regex(SERIES_CODE_PATTERN, "not a series code (e.g. trade.CHN.KAZ.X)");

const yearSchema = z
  .string()
  .regex(/^\d{4}$/, "must be a four-digit year")
  .transform(Number)
  .pipe(z.number().int().min(YEAR_MIN, `must be ${YEAR_MIN} or later`).max(YEAR_MAX, `must be ${YEAR_MAX} or earlier`));

const flagSchema = z.enum(["1", "0", "true", "false"]).transform((v) => v === "1" || v === "true");

/** One value of a search param: repeated parameters are refused rather than silently picking one. */
export function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new ParamError(name, "given more than once");
  return values[0];
}

function parseWith<T>(schema: z.ZodType<T, string>, params: URLSearchParams, name: string): T | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) throw new ParamError(name, result.error.issues[0]?.message ?? "invalid");
  return result.data;
}

export interface YearRange {
  from?: number;
  to?: number;
}

export function parseYearRange(params: URLSearchParams): YearRange {
  const from = parseWith(yearSchema, params, "from");
  const to = parseWith(yearSchema, params, "to");
  if (from !== undefined && to !== undefined && from > to) throw new ParamError("from", `must not be after to (${from} > ${to})`);
  return { from, to };
}

/** A required year parameter. */
export function parseYear(params: URLSearchParams, name: string): number {
  const value = parseWith(yearSchema, params, name);
  if (value === undefined) throw new ParamError(name, "required (a four-digit year)");
  return value;
}

const iso3Schema = z.string().regex(ISO3_PATTERN, "must be an ISO 3166-1 alpha-3 code: three upper-case letters (e.g. CHN)");

/** A required ISO 3166-1 alpha-3 parameter. */
export function parseIso3(params: URLSearchParams, name: string): string {
  const raw = single(params, name);
  if (raw === undefined || raw === "") throw new ParamError(name, "required (e.g. CHN)");
  const r = iso3Schema.safeParse(raw);
  if (!r.success) throw new ParamError(name, `${JSON.stringify(raw.slice(0, 40))} ${r.error.issues[0]?.message ?? "is invalid"}`);
  return r.data;
}

/** The base year of constant dollars (`real=2024`); undefined when absent. */
export function parseRealBase(params: URLSearchParams): number | undefined {
  return parseWith(yearSchema, params, "real");
}

export function parseFlag(params: URLSearchParams, name: string): boolean {
  return parseWith(flagSchema, params, name) ?? false;
}

export function parseSeriesList(params: URLSearchParams, name = "series", max = 50): string[] {
  const raw = single(params, name);
  if (raw === undefined || raw.trim() === "") throw new ParamError(name, "required (comma-separated series codes)");
  const codes = [
    ...new Set(
      raw
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
  if (codes.length > max) throw new ParamError(name, `at most ${max} series`);
  for (const code of codes) {
    const r = seriesCodeSchema.safeParse(code);
    if (!r.success) throw new ParamError(name, `${JSON.stringify(code.slice(0, 80))} is ${r.error.issues[0]?.message}`);
  }
  return codes;
}

export function parseEnum<T extends string>(params: URLSearchParams, name: string, values: readonly T[], fallback: T): T {
  const raw = single(params, name);
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ParamError(name, `must be one of ${values.join(", ")}`);
  return raw as T;
}

/** Refuses parameters a route does not know, so typos do not silently return the default view. */
export function rejectUnknown(params: URLSearchParams, allowed: readonly string[]): void {
  for (const key of params.keys()) {
    if (!allowed.includes(key)) throw new ParamError(key.slice(0, 60), `unknown parameter (allowed: ${allowed.join(", ")})`);
  }
}

const localeSchema = z.enum(LOCALES, `must be one of ${LOCALES.join(", ")}`);

/** `?locale=`: the locale an API answer's notes are worded for (absent: as written). */
export function parseLocaleParam(params: URLSearchParams): Locale | undefined {
  return parseWith(localeSchema, params, "locale");
}
