// The mirror workbench for the current URL state, computed from the page's payload (lib/mirror/payload.ts): both
// directions' views, the headline summaries, the year of the summary and of the chapters, the source pickers and the
// query of each panel's downloads. Pure — it runs on the server for the first render and in the browser after.
// The summaries never depend on the chart's year range: the latest reliable year is that of all the data.
import type { SourceRef as SourceMeta } from "../series/types";
import { viewFromDirection, type MirrorView } from "./direction-view";
import { mirrorQueryString, type MirrorQuery } from "./query";
import { expandDirection, expandSources, type MirrorPagePayload } from "./payload";
import type { MirrorViewRow } from "./rows";
import { resolvePick, type SideSource } from "./sources";
import { gapStory, latestReliableYear, type GapStory } from "./story";

export interface MirrorState {
  cifFob: number;
  same: boolean;
  exporterSource: string | null;
  importerSource: string | null;
  year: number | null;
  from: number | null;
  to: number | null;
  /** Constant dollars (the payload's deflator); ignored when the payload has none. */
  real?: boolean;
}

export interface SourceOption {
  key: string;
  label: string;
  coverage: string;
  firstYear: number;
  lastYear: number;
}

export interface WorkbenchView {
  forward: MirrorView;
  reverse: MirrorView | null;
  /** The years the charts and tables show: the state's range, or every year with data. */
  range: { from: number; to: number };
  latestYear: number | null;
  latestStory: GapStory | null;
  /** The year of the chosen-year summary and of the by-product tables. */
  year: number;
  chosenStory: GapStory | null;
  yearChoices: number[];
  sourceOptions: { exporter: SourceOption[]; importer: SourceOption[] };
  /** The source each country's figures use in "same" mode after defaults (the one covering the most years). */
  resolved: { exporter: string | null; importer: string | null };
  /** In "same" mode, the source of each country that reaches the latest year (the choice that keeps the latest years). */
  latest: { exporter: string | null; importer: string | null };
  /** /api/mirror query of each panel's view, with the range (downloads, API link). */
  query: { forward: string; reverse: string | null };
}

/** A country's sources over both its series on the page (its exports in one panel, its imports in the other). */
function countrySources(...lists: SideSource[][]): SourceOption[] {
  const byKey = new Map<string, SideSource & { first: number; last: number }>();
  for (const s of lists.flat()) {
    const seen = byKey.get(s.key);
    if (!seen) byKey.set(s.key, { ...s, first: s.firstYear, last: s.lastYear });
    else {
      seen.first = Math.min(seen.first, s.firstYear);
      seen.last = Math.max(seen.last, s.lastYear);
      seen.years = Math.max(seen.years, s.years);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1))
    .map((s) => ({
      key: s.key,
      label: s.label,
      coverage: s.first === s.last ? String(s.first) : `${s.first}–${s.last}${s.years < s.last - s.first + 1 ? ` (${s.years} years)` : ""}`,
      firstYear: s.first,
      lastYear: s.last,
    }));
}

/** The source reaching the latest year (ties: the options' order, by rank). */
function latestSource(options: readonly SourceOption[]): string | null {
  const last = Math.max(...options.map((o) => o.lastYear));
  return options.find((o) => o.lastYear === last)?.key ?? null;
}

/** The rows of a view within a year range (charts and tables). */
export function rowsInRange(rows: readonly MirrorViewRow[], range: { from: number; to: number }): MirrorViewRow[] {
  return rows.filter((r) => r.year >= range.from && r.year <= range.to);
}

export function workbenchView(
  payload: MirrorPagePayload,
  state: MirrorState,
  sources: readonly SourceMeta[] = expandSources(payload.sources),
): WorkbenchView {
  const real = state.real && payload.deflator ? payload.deflator : null;
  const query = (d: { exporter: string; importer: string }, exporterSource: string | null, importerSource: string | null): MirrorQuery => ({
    exporter: d.exporter,
    importer: d.importer,
    cifFob: state.cifFob,
    hs: null,
    source: state.same ? "same" : "headline",
    exporterSource: exporterSource ?? undefined,
    importerSource: importerSource ?? undefined,
    ...(real ? { real: real.baseYear } : {}),
  });
  const build = (d: MirrorPagePayload["forward"], exporterSource: string | null, importerSource: string | null): MirrorView => {
    return viewFromDirection(expandDirection(d, sources), query(d, exporterSource, importerSource), {
      strictSources: false,
      deflator: real,
      names: { exporter: d.exporterName, importer: d.importerName },
    }).view;
  };
  // exporterSource / importerSource name the source of each COUNTRY's figures, so they swap in the reverse panel.
  const forward = build(payload.forward, state.exporterSource, state.importerSource);
  const reverse = payload.reverse ? build(payload.reverse, state.importerSource, state.exporterSource) : null;
  const years = forward.rows.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const from = state.from ?? first;
  const to = state.to ?? last;
  const range = from <= to ? { from, to } : { from: to, to: from };

  const latestYear = latestReliableYear(forward.rows);
  const bothSides = forward.rows.filter((r) => r.gap !== null).map((r) => r.year);
  const chapterYears = payload.forward.chapterYears;
  const year = state.year ?? chapterYears.at(-1) ?? latestYear ?? bothSides.at(-1) ?? last;
  const rowOf = (y: number | null) => (y === null ? undefined : forward.rows.find((r) => r.year === y));
  const sameDefaults = resolvePick(
    { mode: "same", exporterSource: state.exporterSource, importerSource: state.importerSource },
    forward.availableSources.exporter,
    forward.availableSources.importer,
  );
  const resolved =
    sameDefaults.mode === "same"
      ? { exporter: sameDefaults.exporterSource, importer: sameDefaults.importerSource }
      : { exporter: null, importer: null };
  // Downloads name the years shown, so the file is exactly this view.
  const apiQuery = (v: MirrorView) =>
    mirrorQueryString({
      exporter: v.exporter,
      importer: v.importer,
      from: range.from,
      to: range.to,
      cifFob: v.cifFob,
      hs: null,
      source: v.pick.mode,
      exporterSource: v.pick.mode === "same" ? (v.pick.exporterSource ?? undefined) : undefined,
      importerSource: v.pick.mode === "same" ? (v.pick.importerSource ?? undefined) : undefined,
      ...(v.real ? { real: v.real.baseYear } : {}),
    });
  const sourceOptions = {
    exporter: countrySources(forward.availableSources.exporter, reverse?.availableSources.importer ?? []),
    importer: countrySources(forward.availableSources.importer, reverse?.availableSources.exporter ?? []),
  };
  return {
    forward,
    reverse,
    range,
    latestYear,
    latestStory: gapStory(rowOf(latestYear), forward.cifFob),
    year,
    chosenStory: gapStory(rowOf(year), forward.cifFob),
    yearChoices: [...new Set([...bothSides, ...chapterYears, ...(payload.reverse?.chapterYears ?? []), year])].sort((a, b) => b - a),
    sourceOptions,
    resolved,
    latest: { exporter: latestSource(sourceOptions.exporter), importer: latestSource(sourceOptions.importer) },
    query: { forward: apiQuery(forward), reverse: reverse ? apiQuery(reverse) : null },
  };
}
