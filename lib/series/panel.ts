// Everything one chart panel (or one table of statements) needs, loaded through the one query layer.
import type { Domain } from "../generated/prisma/enums";
import { getNotes, type NoteRow } from "../notes/queries";
import { toChartData, type ChartData } from "./chart-data";
import { expandCodes, sourceKeysOf } from "./derived";
import { findSeries, getObservations, getSources } from "./queries";
import type { ObservationRow, SeriesInfo, SourceRef } from "./types";

export interface PanelData {
  series: SeriesInfo[];
  observations: ObservationRow[];
  sources: SourceRef[];
  /** Notes on these series (and undated domain-wide notes), dated or not; the panel decides which to draw. */
  notes: NoteRow[];
  chart: ChartData;
  from: number;
  to: number;
}

export async function loadPanel(args: {
  codes: string[];
  from: number;
  to: number;
  noteDomain?: Domain;
  noteSeriesCodes?: string[];
}): Promise<PanelData> {
  const { codes, from, to } = args;
  const [series, observations, notes] = await Promise.all([
    findSeries(codes),
    getObservations(codes, { from, to }),
    getNotes({ seriesCodes: args.noteSeriesCodes ?? [...codes, ...expandCodes(codes).stored], domain: args.noteDomain, from, to }),
  ]);
  const sources = await getSources([...new Set(observations.flatMap(sourceKeysOf))]);
  return { series, observations, sources, notes, chart: toChartData(codes, observations, { from, to }), from, to };
}

export interface StatementData {
  series: SeriesInfo[];
  observations: ObservationRow[];
  sources: SourceRef[];
}

/** Every value of these series, every frequency and every source (statements are listed, not picked). */
export async function loadStatements(codes: string[]): Promise<StatementData> {
  const [series, observations] = await Promise.all([findSeries(codes), getObservations(codes, { annualOnly: false, all: true })]);
  const sources = await getSources([...new Set(observations.flatMap(sourceKeysOf))]);
  return { series, observations, sources };
}
