// Everything one chart panel needs, loaded through the one query layer.
import type { Domain } from "../generated/prisma/enums";
import { getNotes, type NoteRow } from "../notes/queries";
import { toChartData, type ChartData } from "./chart-data";
import { findSeries, getObservations, getSources } from "./queries";
import type { ObservationRow, SeriesInfo, SourceRef } from "./types";

export interface PanelData {
  series: SeriesInfo[];
  observations: ObservationRow[];
  sources: SourceRef[];
  notes: NoteRow[];
  chart: ChartData;
  from: number;
  to: number;
}

export async function loadPanel(args: { codes: string[]; from: number; to: number; noteDomain?: Domain }): Promise<PanelData> {
  const { codes, from, to } = args;
  const [series, observations, notes] = await Promise.all([
    findSeries(codes),
    getObservations(codes, { from, to }),
    getNotes({ seriesCodes: codes, domain: args.noteDomain, from, to, datedOnly: true }),
  ]);
  const sources = await getSources([...new Set(observations.map((o) => o.sourceKey))]);
  return { series, observations, sources, notes, chart: toChartData(codes, observations, { from, to }), from, to };
}
