import type { Domain, Frequency, Valuation } from "../generated/prisma/enums";

export interface SourceRef {
  key: string;
  publisher: string;
  title: string;
  location: string;
  vintage: string | null;
  datasetType: string;
  rank: number;
  citation: string;
}

export interface SeriesInfo {
  code: string;
  title: string;
  domain: Domain;
  reporter: string;
  partner: string;
  flow: string;
  unit: string;
  valuation: Valuation;
  productCode: string;
  productLevel: number | null;
  description: string | null;
}

export interface SeriesListItem extends SeriesInfo {
  firstYear: number | null;
  lastYear: number | null;
  observationCount: number;
  sources: Pick<SourceRef, "key" | "publisher" | "title">[];
}

export interface ObservationRow {
  seriesCode: string;
  year: number;
  period: string;
  frequency: Frequency;
  /** Exact decimal text as stored (trailing zeros removed). */
  value: string;
  sourceKey: string;
  /** Whose figure this is (the publication's statement may quote a publisher other than the publication's). */
  publisher: string;
  vintage: string;
  /** Date of the vintage, YYYY-MM-DD (release, download or publication date: lib/import/provenance.ts). */
  vintageDate: string;
  flags: string[];
  qualifier: string | null;
  asPublished: string | null;
  note: string | null;
  /** Whether this value is the headline pick for its series and period. */
  headline: boolean;
  /** Source.datasetType: official_database, news_statement (a quoted statement)… */
  sourceType: string;
  /** For a derived value (turnover = X + M, balance = X − M): the stored values it was computed from. */
  components?: DerivedComponent[];
}

/** One stored value behind a derived value. */
export interface DerivedComponent {
  seriesCode: string;
  /** +1 added, −1 subtracted. */
  sign: 1 | -1;
  value: string;
  sourceKey: string;
  sourceType: string;
  publisher: string;
  vintage: string;
  vintageDate: string;
  flags: string[];
}

export interface SeriesData {
  series: SeriesInfo;
  observations: ObservationRow[];
  sources: SourceRef[];
}
