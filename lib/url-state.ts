// URL state shared by pages (server: createLoader) and controls (client: useQueryStates). Only values that differ
// from the defaults appear in the URL; invalid values silently fall back to the defaults.
import { createLoader, createParser, parseAsBoolean, parseAsStringLiteral } from "nuqs/server";

export const FIRST_YEAR = 1992;
export const LAST_YEAR = 2024;

export const parseAsYear = createParser({
  parse: (v: string) => {
    if (!/^\d{4}$/.test(v)) return null;
    const n = Number(v);
    return n >= FIRST_YEAR && n <= LAST_YEAR ? n : null;
  },
  serialize: (v: number) => String(v),
});

export const TABS = ["chart", "table", "sources"] as const;
export type Tab = (typeof TABS)[number];

export const viewParsers = {
  from: parseAsYear.withDefault(FIRST_YEAR),
  to: parseAsYear.withDefault(LAST_YEAR),
  tab: parseAsStringLiteral(TABS).withDefault("chart"),
  scale: parseAsStringLiteral(["linear", "log"] as const).withDefault("linear"),
  pct: parseAsBoolean.withDefault(false),
};

export const loadView = createLoader(viewParsers);

export interface ViewState {
  from: number;
  to: number;
  tab: Tab;
  scale: "linear" | "log";
  pct: boolean;
}

/** A reversed range is swapped rather than refused: pages never error on URL state. */
export function normaliseRange<T extends { from: number; to: number }>(v: T): T {
  return v.from <= v.to ? v : { ...v, from: v.to, to: v.from };
}
