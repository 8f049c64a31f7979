// Export rows computed in JavaScript rather than streamed from the database: derived series (turnover, balance,
// shares, converted FDI: lib/series/derived.ts), and any series in constant dollars (lib/convert/real.ts). Loaded
// through the one query module, so a download equals what the page and the API show.
import "server-only";
import { loadCpi } from "../convert/queries";
import { isUsdUnit, toConstantDollars } from "../convert/real";
import { findSeries, getObservations, getSources } from "../series/queries";
import { sourceKeysOf } from "../series/derived";
import type { ObservationRow, SeriesInfo, SourceRef } from "../series/types";
import type { ExportQuery, ExportRow } from "./observations";

function toExportRow(info: SeriesInfo, o: ObservationRow, sources: Map<string, SourceRef>, unit: string): ExportRow {
  const parts = o.components ?? [];
  const source = parts.length
    ? parts
        .map((c, i) => `${i === 0 ? "" : c.sign === 1 ? " + " : " − "}${c.seriesCode}: ${sources.get(c.sourceKey)?.title ?? c.sourceKey}`)
        .join("")
    : (sources.get(o.sourceKey)?.title ?? o.sourceKey);
  const location = parts.length
    ? parts.map((c) => sources.get(c.sourceKey)?.location ?? c.sourceKey).join(" | ")
    : (sources.get(o.sourceKey)?.location ?? o.sourceKey);
  return {
    code: info.code,
    title: info.title,
    reporter: info.reporter,
    partner: info.partner,
    flow: info.flow,
    unit,
    year: o.year,
    period: o.period,
    value: o.value,
    publisher: o.publisher,
    source,
    source_location: location,
    vintage: o.vintage,
    vintage_date: o.vintageDate,
    flags: o.flags.join(";"),
    headline: o.headline,
    source_key: o.sourceKey,
  };
}

/** The rows of `codes` (in that order), with dollar series in constant `q.real` dollars when asked. */
export async function computedRows(q: ExportQuery, codes: string[]): Promise<ExportRow[]> {
  if (codes.length === 0) return [];
  const [series, observations, cpi] = await Promise.all([
    findSeries(codes),
    getObservations(codes, { from: q.from, to: q.to, annualOnly: !q.allPeriods, all: q.all, asOf: q.asOf }),
    q.real === undefined ? Promise.resolve(null) : loadCpi(),
  ]);
  const sources = new Map((await getSources([...new Set(observations.flatMap(sourceKeysOf))])).map((s) => [s.key, s]));
  const out: ExportRow[] = [];
  for (const info of series) {
    let rows = observations.filter((o) => o.seriesCode === info.code);
    let unit = info.unit;
    if (cpi && q.real !== undefined && isUsdUnit(info.unit)) {
      rows = toConstantDollars(rows, info.unit, { baseYear: q.real, cpi }).rows;
      unit = `${info.unit} (constant ${q.real})`;
    }
    for (const o of rows) out.push(toExportRow(info, o, sources, unit));
  }
  return out;
}
