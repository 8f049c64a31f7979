// Quoted figures and dated statements (investment, debt): every value of the series, every frequency and every source
// — statements are listed with their periods, never picked or drawn as a line.
import "server-only";
import { sourceKeysOf } from "./derived";
import { findSeries, getObservations, getSources } from "./queries";
import type { ObservationRow, SeriesInfo, SourceRef } from "./types";

export interface StatementData {
  series: SeriesInfo[];
  observations: ObservationRow[];
  sources: SourceRef[];
}

export async function loadStatements(codes: string[], pin: { asOf?: string } = {}): Promise<StatementData> {
  const [series, observations] = await Promise.all([findSeries(codes), getObservations(codes, { annualOnly: false, all: true, ...pin })]);
  const sources = await getSources([...new Set(observations.flatMap(sourceKeysOf))]);
  return { series, observations, sources };
}
