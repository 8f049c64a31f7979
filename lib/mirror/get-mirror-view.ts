// The mirror view of one direction as the API, the CSV/JSON export and the page serve it: one function, so the
// three always show the same numbers.
import { countryName } from "../import/parsers/country-codes";
import { HEADLINE_RULE_TEXT } from "../series/headline";
import { findSeries } from "../series/queries";
import type { SourceRef as SourceMeta } from "../series/types";
import { cifFobBand } from "./cif-fob";
import type { MirrorQuery } from "./params";
import { directionCodes, loadMirrorDirection, type MirrorDirection } from "./queries";
import { buildMirrorRows, listSideSources, resolvePick, type MirrorPick, type MirrorViewRow, type SideSource } from "./view";

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
}

export type MirrorViewResult =
  { ok: true; view: MirrorView; direction: MirrorDirection } | { ok: false; status: 400 | 404; parameter: string; error: string };

export function viewFromDirection(direction: MirrorDirection, q: MirrorQuery, options: { strictSources: boolean }): MirrorViewResult {
  const range = { from: q.from, to: q.to };
  const exporterSources = listSideSources(direction.observations.exporter, direction.sources, range);
  const importerSources = listSideSources(direction.observations.importer, direction.sources, range);
  if (options.strictSources && q.source === "same") {
    for (const [name, key, list, code] of [
      ["exporterSource", q.exporterSource, exporterSources, direction.series.exporter.code],
      ["importerSource", q.importerSource, importerSources, direction.series.importer.code],
    ] as const) {
      if (key !== undefined && !list.some((s) => s.key === key)) {
        return {
          ok: false,
          status: 400,
          parameter: name,
          error: `${name}: ${JSON.stringify(key.slice(0, 80))} has no values for ${code}${q.from !== undefined || q.to !== undefined ? " in the years asked for" : ""} (it has ${list.length} source${list.length === 1 ? "" : "s"}: see availableSources of the same request without ${name})`,
        };
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
    ok: true,
    direction,
    view: {
      exporter: q.exporter,
      importer: q.importer,
      exporterName: countryName(q.exporter, q.exporter),
      importerName: countryName(q.importer, q.importer),
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
    },
  };
}

/** Loads and computes one direction; 404 when either series is missing, 400 for a source the side does not have. */
export async function getMirrorView(q: MirrorQuery): Promise<MirrorViewResult> {
  const direction = await loadMirrorDirection({ exporter: q.exporter, importer: q.importer, hs: q.hs });
  if (!direction) {
    const codes = directionCodes(q.exporter, q.importer, q.hs);
    const totals = directionCodes(q.exporter, q.importer);
    const pairExists = q.hs !== null && (await findSeries([totals.exporter, totals.importer])).length === 2;
    const parameter = pairExists ? "hs" : "importer";
    return {
      ok: false,
      status: 404,
      parameter,
      error: `no mirror data for ${q.exporter} → ${q.importer}${q.hs ? ` HS ${q.hs}` : ""}: needs both ${codes.exporter} and ${codes.importer}`,
    };
  }
  return viewFromDirection(direction, q, { strictSources: true });
}
