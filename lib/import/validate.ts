// zod schemas for what parsers hand the pipeline: the last gate before the database.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import { z } from "zod";
import { OBSERVATION_FLAGS, type ObservationRecord, type SeriesRecord } from "./types";

const iso3 = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166 alpha-3 code");
/** Fits NUMERIC(30,10): at most 20 integer digits and 10 decimals, so values are stored exactly as published. */
const decimal = z.string().regex(/^-?\d{1,20}(\.\d{1,10})?$/, "must be a decimal number with at most 20 integer digits and 10 decimals");

export const sourceSchema = z.object({
  kind: z.literal("source"),
  key: z.string().min(1).max(500),
  publisher: z.string().min(1).max(500),
  title: z.string().min(1).max(1000),
  location: z.string().min(1).max(2000),
  vintage: z.string().max(100).nullable(),
  datasetType: z.enum([
    "official_database",
    "official_database_via_third_party",
    "derived_from_official_publication",
    "news_statement",
    "project_transcription",
  ]),
  rank: z.number().int().min(0).max(1000),
  citation: z.string().min(1).max(3000),
  licence: z.string().max(500).nullable(),
  retrievedAt: z.iso.date().nullable(),
  vintageDate: z.iso.date().nullable().optional(),
});

export const seriesSchema = z.object({
  kind: z.literal("series"),
  code: z
    .string()
    .regex(/^(trade|fdi|debt|prices|fx)\.[A-Z]{3}\.[A-Z]{3}\.[A-Za-z0-9_.-]+$/, "must look like {domain}.{REPORTER}.{PARTNER}.{flow}[.…]")
    .max(200),
  domain: z.enum(["trade", "investment", "debt", "reference"]),
  title: z.string().min(1).max(500),
  reporter: iso3,
  partner: iso3,
  flow: z.string().min(1).max(60),
  unit: z.string().min(1).max(40),
  valuation: z.enum(["FOB", "CIF", "none"]),
  productCode: z.string().min(1).max(40),
  productLevel: z.number().int().min(0).max(10).nullable(),
  description: z.string().max(2000).nullable(),
});

const periodByFrequency = {
  A: /^\d{4}$/,
  Q: /^\d{4}-Q[1-4]$/,
  M: /^\d{4}-(0[1-9]|1[0-2])$/,
  D: /^\d{4}-\d{2}-\d{2}$/,
  R: /^(\d{4}(-\d{2})?|\.\.)\/\d{4}(-\d{2})?$/,
} as const;

export const observationSchema = z
  .object({
    kind: z.literal("observation"),
    seriesCode: z.string().min(1),
    sourceKey: z.string().min(1),
    frequency: z.enum(["A", "Q", "M", "D", "R"]),
    period: z.string().min(4).max(40),
    year: z.number().int().min(1900).max(2100),
    value: decimal,
    vintage: z.string().max(100),
    vintageDate: z.iso.date().nullable().optional(),
    publisher: z.string().min(1).max(500).nullable().optional(),
    flags: z.array(z.enum(OBSERVATION_FLAGS)),
    qualifier: z.string().max(40).nullable(),
    asPublished: z.string().max(500).nullable(),
    note: z.string().max(4000).nullable(),
    line: z.number().int().positive(),
    column: z.number().int().positive(),
  })
  .refine(periodMatchesFrequency, { message: "period does not match its frequency", path: ["period"] });

function periodMatchesFrequency(o: { frequency: keyof typeof periodByFrequency; period: string }): boolean {
  return periodByFrequency[o.frequency].test(o.period);
}

/**
 * The first problem with a record of `schema` (as describeIssue words it), or null. Every row of a large file is an
 * observation, and zod's parse cost 1.2 µs each (a tenth of a million-row import's JavaScript, with the copy it
 * makes): the same schema, turned into JSON Schema by zod and compiled by ajv, checks one in 0.1 µs. zod stays the
 * definition and the authority: a record ajv refuses is parsed by zod, whose verdict and message stand. ajv must be at
 * least as strict (lengths in code points, as zod counts them; the date pattern, without the format), which
 * lib/import/validate.test.ts checks field by field. A refinement is not JSON Schema: `refined` is checked after ajv.
 */
function compiledCheck<T>(schema: z.ZodType<T>, refined: (value: T) => boolean = () => true): (value: T) => string | null {
  let compiled: ValidateFunction | undefined;
  return (value) => {
    compiled ??= new Ajv2020({ validateFormats: false, allowUnionTypes: true }).compile(
      nullableAsType(z.toJSONSchema(schema, { io: "input" })),
    );
    if (compiled(value) && refined(value)) return null;
    const check = schema.safeParse(value);
    return check.success ? null : describeIssue(check.error);
  };
}

/**
 * zod writes a nullable field as `anyOf: [{type: "string", …}, {type: "null"}]`, for which ajv records an error object
 * for the first branch of every null it checks (most of its garbage); `{type: ["string", "null"], …}` means the same
 * (a string's keywords do not apply to null) and allocates nothing.
 */
function nullableAsType<S>(schema: S): S {
  if (Array.isArray(schema)) return schema.map(nullableAsType) as S;
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = nullableAsType(value);
  const anyOf = out.anyOf as Record<string, unknown>[] | undefined;
  if (Object.keys(out).length === 1 && anyOf?.length === 2) {
    const [value, nul] = anyOf;
    if (nul!.type === "null" && Object.keys(nul!).length === 1 && typeof value!.type === "string" && !("anyOf" in value!))
      return { ...value, type: [value!.type, "null"] } as S;
  }
  return out as S;
}

/** The first problem with an observation, or null (compiledCheck). */
export const observationProblem: (o: ObservationRecord) => string | null = compiledCheck(observationSchema, periodMatchesFrequency);

/** The first problem with a series record, or null (compiledCheck). */
export const seriesRecordProblem: (s: SeriesRecord) => string | null = compiledCheck(seriesSchema);

export const noteSchema = z.object({
  kind: z.literal("note"),
  key: z.string().min(1).max(300),
  noteKind: z.enum(["event", "discrepancy_statement", "methodology", "caveat"]),
  title: z.string().min(1).max(300),
  body: z.string().max(8000),
  yearFrom: z.number().int().min(1900).max(2100).nullable(),
  yearTo: z.number().int().min(1900).max(2100).nullable(),
  periodLabel: z.string().max(100).nullable(),
  quotedValue: z.string().max(300).nullable(),
  domains: z.array(z.enum(["trade", "investment", "debt"])),
  seriesCodes: z.array(z.string()),
  sourceKey: z.string().nullable(),
  line: z.number().int().positive(),
});

/** First issue of a failed zod parse, as "field: message". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid record";
  return `${issue.path.join(".") || "record"}: ${issue.message}`;
}

/** `--vintage`: the release label stored on every value of the import (Observation.vintage). */
export const vintageSchema = z
  .string()
  .max(100, "at most 100 characters")
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N} .,:;/()_+-]*$/u,
    "letters, digits, spaces and . , : ; / ( ) _ + - only, starting with a letter or digit",
  );

/** Why `vintage` is not a usable --vintage label, or null. */
export function vintageProblem(vintage: string): string | null {
  const check = vintageSchema.safeParse(vintage);
  return check.success ? null : (check.error.issues[0]?.message ?? "invalid");
}
