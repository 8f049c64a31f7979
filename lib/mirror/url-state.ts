// URL state of the /mirror page (server: loadMirrorState; controls: useQueryStates(mirrorParsers)). Only what
// differs from the default appears in the URL; an invalid value (cifFob=9, exporter=xx) silently falls back.
import { createLoader, createParser, parseAsBoolean } from "nuqs/server";
import { parseAsYear, rangeParsers } from "../url-state";
import { CIF_FOB_DEFAULT, parseCifFob } from "./cif-fob";

export const DEFAULT_EXPORTER = "CHN";
export const DEFAULT_IMPORTER = "KAZ";

export const parseAsCifFob = createParser({
  parse: (v: string) => {
    const r = parseCifFob(v);
    return r.ok ? r.value : null;
  },
  serialize: (v: number) => String(v),
});

export const parseAsIso3 = createParser({
  parse: (v: string) => (/^[A-Z]{3}$/.test(v) ? v : null),
  serialize: (v: string) => v,
});

/** A source key: printable text, bounded (keys are URLs or repo@commit:path identities). */
export const parseAsSourceKey = createParser({
  parse: (v: string) => (v.length > 0 && v.length <= 500 && !/\p{Cc}/u.test(v) ? v : null),
  serialize: (v: string) => v,
});

export const mirrorParsers = {
  exporter: parseAsIso3.withDefault(DEFAULT_EXPORTER),
  importer: parseAsIso3.withDefault(DEFAULT_IMPORTER),
  cifFob: parseAsCifFob.withDefault(CIF_FOB_DEFAULT),
  /** "Same source only": each line uses one source, never spliced across sources. */
  same: parseAsBoolean.withDefault(false),
  /** Source for the first country's (exporter's) figures, and for the second's, in "same" mode. */
  exporterSource: parseAsSourceKey,
  importerSource: parseAsSourceKey,
  /** Year of the summary and of the by-product table. */
  year: parseAsYear,
  from: rangeParsers.from,
  to: rangeParsers.to,
  /** Dollar figures in constant dollars (lib/convert/real.ts REAL_BASE_YEAR). */
  real: parseAsBoolean.withDefault(false),
};

export const loadMirrorState = createLoader(mirrorParsers);
