// Search params of the mirror API (/api/mirror and /api/export?view=mirror). Every failure is a ParamError naming
// the parameter (lib/http.ts turns it into a 400 JSON). The page does not use these: it falls back to defaults.
import { z } from "zod";
import { ParamError } from "../errors";
import { parseEnum, parseRealBase, parseYearRange, single } from "../params";
import { parseCifFob } from "./cif-fob";
import type { MirrorQuery } from "./query";

export const MIRROR_PARAMS = [
  "exporter",
  "importer",
  "from",
  "to",
  "cifFob",
  "hs",
  "source",
  "exporterSource",
  "importerSource",
  "real",
] as const;

const iso3Schema = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code: three upper-case letters (e.g. CHN)");
const hsSchema = z.string().regex(/^\d{2}$/, "must be a two-digit HS chapter (e.g. 72)");
// Source keys are URLs or repo@commit:path identities: printable text without control characters.
const sourceKeySchema = z
  .string()
  .min(1, "must not be empty")
  .max(500, "is longer than any source key (500 characters)")
  .regex(/^[^\p{Cc}]+$/u, "must not contain control characters");

function parseRequired(schema: z.ZodType<string, string>, params: URLSearchParams, name: string, example: string): string {
  const raw = single(params, name);
  if (raw === undefined || raw === "") throw new ParamError(name, `required (e.g. ${name}=${example})`);
  const r = schema.safeParse(raw);
  if (!r.success) throw new ParamError(name, `${JSON.stringify(raw.slice(0, 40))} ${r.error.issues[0]?.message ?? "is invalid"}`);
  return r.data;
}

function parseOptional(schema: z.ZodType<string, string>, params: URLSearchParams, name: string): string | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  const r = schema.safeParse(raw);
  if (!r.success) throw new ParamError(name, `${JSON.stringify(raw.slice(0, 40))} ${r.error.issues[0]?.message ?? "is invalid"}`);
  return r.data;
}

/** Parses and validates the mirror parameters (unknown parameters must be refused by the caller). */
export function parseMirrorQuery(params: URLSearchParams): MirrorQuery {
  const exporter = parseRequired(iso3Schema, params, "exporter", "CHN");
  const importer = parseRequired(iso3Schema, params, "importer", "KAZ");
  if (exporter === importer) throw new ParamError("importer", "must differ from exporter");
  const { from, to } = parseYearRange(params);
  const cifFobText = single(params, "cifFob");
  const cif = parseCifFob(cifFobText);
  if (!cif.ok) throw new ParamError("cifFob", cif.error.replace(/^cifFob /, ""));
  const hs = parseOptional(hsSchema, params, "hs") ?? null;
  const exporterSource = parseOptional(sourceKeySchema, params, "exporterSource");
  const importerSource = parseOptional(sourceKeySchema, params, "importerSource");
  const explicitSource = single(params, "source");
  const source = parseEnum(params, "source", ["headline", "same"] as const, exporterSource || importerSource ? "same" : "headline");
  if (explicitSource === "headline" && (exporterSource || importerSource)) {
    throw new ParamError(
      exporterSource ? "exporterSource" : "importerSource",
      "only applies with source=same (the headline rule picks the source per year)",
    );
  }
  const real = parseRealBase(params);
  return {
    exporter,
    importer,
    from,
    to,
    cifFob: cif.value,
    hs,
    source,
    exporterSource,
    importerSource,
    ...(real !== undefined ? { real } : {}),
  };
}
