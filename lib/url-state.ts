// URL state shared by pages (server: lib/pages/registry.ts) and controls (client: useQueryStates). Only values that differ
// from the defaults appear in the URL; invalid values silently fall back to the defaults.
//   page level:  from, to (year range of every time-series panel on the page), year (trade: HS chapter year),
//                kind (notes)
//   per panel:   tab, scale, pct; on pages with several panels each panel prefixes them with its key
//                ("turnover.tab=table", "balance.pct=true"), so one panel's tab or scale does not change another's.
import { createParser, parseAsBoolean, parseAsStringLiteral } from "nuqs/server";
import { NoteKind } from "./generated/prisma/enums";
import { isYear } from "./codes";

export const parseAsYear = createParser({
  parse: (v: string) => (/^\d{4}$/.test(v) && isYear(Number(v)) ? Number(v) : null),
  serialize: (v: number) => String(v),
});

export const TABS = ["chart", "table", "sources"] as const;
export type Tab = (typeof TABS)[number];

/** The page's year range; absent: from the first to the last year the page's data hold. */
export const rangeParsers = {
  from: parseAsYear,
  to: parseAsYear,
};

/** Constant dollars (of lib/convert/real.ts's base year) for every US-dollar panel of the page: "real=true". */
export const realParsers = {
  real: parseAsBoolean.withDefault(false),
};

export const panelParsers = {
  tab: parseAsStringLiteral(TABS).withDefault("chart"),
  scale: parseAsStringLiteral(["linear", "log"] as const).withDefault("linear"),
  pct: parseAsBoolean.withDefault(false),
};

/** URL keys of one panel's state: unprefixed for the key "", else "key.tab", "key.scale", "key.pct". */
export function panelUrlKeys(stateKey: string): { tab: string; scale: string; pct: string } {
  return stateKey
    ? { tab: `${stateKey}.tab`, scale: `${stateKey}.scale`, pct: `${stateKey}.pct` }
    : { tab: "tab", scale: "scale", pct: "pct" };
}

type PanelKey<K extends string, Name extends string> = K extends "" ? Name : `${K}.${Name}`;

/**
 * One panel's URL keys with their parsers, prefixed by its state key ("flows.tab", …; unprefixed for ""): the
 * registry of pages (lib/pages/registry.ts) builds each page's state from these.
 */
export function panelStateParsers<K extends string>(
  stateKey: K,
): { [P in PanelKey<K, "tab">]: typeof panelParsers.tab } & { [P in PanelKey<K, "scale">]: typeof panelParsers.scale } & {
  [P in PanelKey<K, "pct">]: typeof panelParsers.pct;
};
export function panelStateParsers<K extends string>(
  stateKey: K,
  options: { tabOnly: true },
): { [P in PanelKey<K, "tab">]: typeof panelParsers.tab };
export function panelStateParsers(stateKey: string, options: { tabOnly?: boolean } = {}) {
  const keys = panelUrlKeys(stateKey);
  return options.tabOnly
    ? { [keys.tab]: panelParsers.tab }
    : { [keys.tab]: panelParsers.tab, [keys.scale]: panelParsers.scale, [keys.pct]: panelParsers.pct };
}

// /trade: the year of the HS chapter breakdown (default: the latest year with chapter data, decided by the page).
export const tradeParsers = { year: parseAsYear };

// /notes: kind and year range (no default range: every note).
/** The note kinds of the schema (Prisma enum NoteKind), in its order. */
export const NOTE_KINDS = Object.values(NoteKind);
export const notesParsers = {
  kind: parseAsStringLiteral(NOTE_KINDS),
  from: parseAsYear,
  to: parseAsYear,
};
