// The mirror view of one direction as the API, the CSV/JSON export and the page show it: one pure function from the
// direction's observations (every source, both sides) and the query (range, CIF/FOB factor, source pick), so the
// three always show the same numbers — and the page can recompute it in the browser when a setting changes.
import { deflateAt, type Deflator } from "../convert/real";
import { directionCodes } from "../codes";
import { ParamError } from "../errors";
import { HEADLINE_RULE_TEXT } from "../series/headline";
import type { SourceRef as SourceMeta } from "../series/types";
import { cifFobBand } from "./cif-fob";
import type { MirrorQuery } from "./query";
import { buildMirrorRows, type MirrorViewRow } from "./rows";
import { listSideSources, resolvePick, type MirrorPick, type SideSource } from "./sources";
import type { MirrorDirection } from "./types";

export interface MirrorView {
  exporter: string;
  importer: string;
  exporterName: string;
  importerName: string;
  hs: string | null;
  series: { exporter: string; importer: string };
  from: number | null;
  to: number | null;
  cifFob: number;
  band: [number, number];
  /** The pick actually used (in "same" mode, the source of each side after defaults). */
  pick: MirrorPick;
  headlineRule: string;
  rows: MirrorViewRow[];
  /** Sources cited by the rows, best-ranked first. */
  sources: SourceMeta[];
  /** Sources each side could use in "same" mode, with their coverage in the range. */
  availableSources: { exporter: SideSource[]; importer: SideSource[] };
  /** Dollar figures in constant dollars of `baseYear` (deflated by `deflator`), or null: current dollars as reported. */
  real: { baseYear: number; deflator: string } | null;
}

/**
 * The direction with every value in constant dollars (value × CPI(base) ÷ CPI(year), exact: lib/convert/real.ts); years
 * without a CPI average are left out. Gaps in % do not change; every dollar amount scales by the same factor per year.
 */
export function deflateDirection(direction: MirrorDirection, deflator: Deflator): MirrorDirection {
  const { exporter, importer } = direction.observations;
  return {
    ...direction,
    observations: { exporter: deflateObservations(exporter, deflator), importer: deflateObservations(importer, deflator) },
  };
}

/** Observations in constant dollars (years without a CPI average left out). */
export function deflateObservations<T extends { year: number; value: string }>(list: readonly T[], deflator: Deflator): T[] {
  return list.flatMap((o) => {
    const value = deflateAt(o.value, o.year, deflator);
    return value === null ? [] : [{ ...o, value }];
  });
}

export interface MirrorViewResult {
  view: MirrorView;
  direction: MirrorDirection;
}

export function viewFromDirection(
  given: MirrorDirection,
  q: MirrorQuery,
  /** `names`: the two economies' names (lib/countries.ts countryName: not loaded in the browser, where the page sends them). */
  options: { strictSources: boolean; deflator?: Deflator | null; names: { exporter: string; importer: string } },
): MirrorViewResult {
  if (q.real !== undefined && options.deflator?.baseYear !== q.real)
    throw new ParamError("real", `no CPI-U annual average for ${q.real}: choose a year with one`);
  const direction = q.real !== undefined ? deflateDirection(given, options.deflator!) : given;
  const range = { from: q.from, to: q.to };
  const exporterSources = listSideSources(direction.observations.exporter, direction.sources, range);
  const importerSources = listSideSources(direction.observations.importer, direction.sources, range);
  if (options.strictSources && q.source === "same") {
    for (const [name, key, list, code] of [
      ["exporterSource", q.exporterSource, exporterSources, direction.series.exporter.code],
      ["importerSource", q.importerSource, importerSources, direction.series.importer.code],
    ] as const) {
      if (key !== undefined && !list.some((s) => s.key === key)) {
        throw new ParamError(
          name,
          `${JSON.stringify(key.slice(0, 80))} has no values for ${code}${q.from !== undefined || q.to !== undefined ? " in the years asked for" : ""} (it has ${list.length} source${list.length === 1 ? "" : "s"}: see availableSources of the same request without ${name})`,
        );
      }
    }
  }
  const pick = resolvePick(
    q.source === "same" ? { mode: "same", exporterSource: q.exporterSource, importerSource: q.importerSource } : { mode: "headline" },
    exporterSources,
    importerSources,
  );
  const rows = buildMirrorRows(direction.observations.exporter, direction.observations.importer, direction.sources, {
    from: q.from,
    to: q.to,
    cifFob: q.cifFob,
    pick,
  });
  const cited = new Set(rows.flatMap((r) => [r.sources.exporter?.key, r.sources.importer?.key]).filter((k): k is string => !!k));
  const sources = [...direction.sources.values()]
    .filter((s) => cited.has(s.key))
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1));
  return {
    direction,
    view: {
      exporter: q.exporter,
      importer: q.importer,
      exporterName: options.names.exporter,
      importerName: options.names.importer,
      hs: q.hs,
      series: directionCodes(q.exporter, q.importer, q.hs),
      from: q.from ?? null,
      to: q.to ?? null,
      cifFob: q.cifFob,
      band: cifFobBand(q.cifFob),
      pick,
      headlineRule: HEADLINE_RULE_TEXT,
      rows,
      sources,
      availableSources: { exporter: exporterSources, importer: importerSources },
      real: q.real !== undefined ? { baseYear: q.real, deflator: options.deflator!.name } : null,
    },
  };
}
