import type { SeriesInfo, SourceRef as SourceMeta } from "../series/types";
// Types for mirror statistics: comparing what the exporter's customs and the importer's customs report
// about the same flow of goods (exporter E's exports to I, valued FOB, vs I's imports from E, valued CIF).
// Everything here is plain data; lib/mirror/compute.ts holds the pure functions.

/**
 * A USD amount as it arrives: a decimal string from PostgreSQL `numeric` (e.g. "12729100679.000000"),
 * a number, or null/undefined when the side is missing. An empty or non-numeric string is an error, not "missing".
 */
export type UsdInput = string | number | null | undefined;

/** Flags an observation may carry (the same vocabulary as Observation.flags in the database). */
export type ObservationFlag = "estimate" | "incomplete" | "derived" | "preliminary" | "rounded";

/** Flags the mirror computation adds itself. */
export type DerivedMirrorFlag = "missing-exporter" | "missing-importer" | "negative-gap" | "cross-source";

/** Any flag on a mirror row: the observation flags of both sides, the derived ones, or an unknown string passed through. */
export type MirrorFlag = ObservationFlag | DerivedMirrorFlag | (string & {});

/** Which source a side of a mirror row was read from. */
export interface SourceRef {
  key: string;
  label: string;
  /** Vintage of the value; null when unknown or the source has a single edition. */
  vintage: string | null;
}

/** One side (exporter-reported or importer-reported) of a single mirror comparison. */
export interface MirrorSide {
  value: UsdInput;
  sourceKey?: string | null;
  sourceLabel?: string | null;
  vintage?: string | null;
  flags?: readonly string[];
}

/** The CIF/FOB factor and sensitivity band. Both optional: the factor defaults to 1.06, the band to [1.04, 1.10]. */
export interface CifFobOptions {
  /** Importer CIF value ÷ cifFob = importer value on an FOB basis. Must be finite and within [1.0, 1.5]. */
  cifFob?: number;
  /** Sensitivity band; always widened so that it contains cifFob. */
  band?: readonly [number, number];
}

/** The numeric part of a mirror comparison. All amounts in USD, percentages in percent (46.7 means 46.7 %). */
export interface MirrorGap {
  /** Exporter's reported exports to the importer (FOB). Null when missing. */
  exporterReported: number | null;
  /** Importer's reported imports from the exporter (CIF). Null when missing. */
  importerReported: number | null;
  /** importerReported ÷ cifFob, rounded to the cent. */
  importerFob: number | null;
  /** exporterReported − importerReported, exact (not rounded). Negative when the importer reports more. */
  gap: number | null;
  /** gap ÷ exporterReported × 100, 2 decimals; null when the exporter value is 0 or missing. */
  gapPctOfExporter: number | null;
  /** gap ÷ importerReported × 100, 2 decimals; null when the importer value is 0 or missing. */
  gapPctOfImporter: number | null;
  /** importerReported − importerFob: freight and insurance included in the importer's CIF figure at the factor. */
  freightAndInsurance: number | null;
  /**
   * The part of the gap CIF/FOB valuation explains, with the gap's sign: freight and insurance make the importer's
   * figure higher, so they explain only a negative gap, at most the freight (max(gap, −freight)); 0 when the
   * exporter reports more. explainedByCifFob + unexplainedGap = gap, exactly.
   */
  explainedByCifFob: number | null;
  /** gap − explainedByCifFob: the part of the gap CIF/FOB valuation does not explain. */
  unexplainedGap: number | null;
  /** Smallest unexplained gap over the CIF/FOB band (low ≤ high always). */
  unexplainedLow: number | null;
  /** Largest unexplained gap over the CIF/FOB band. */
  unexplainedHigh: number | null;
  /** unexplainedGap ÷ exporterReported × 100, 2 decimals; null when the exporter value is 0 or missing. */
  unexplainedPctOfExporter: number | null;
  /** exporterReported − importerFob: both figures on a like-for-like FOB basis (larger than the gap when the exporter reports more). */
  fobBasisGap: number | null;
  /** Smallest and largest like-for-like (FOB basis) difference over the CIF/FOB band. */
  fobBasisLow: number | null;
  fobBasisHigh: number | null;
}

/** A mirror comparison with provenance and flags. */
export interface MirrorRow extends MirrorGap {
  sources: { exporter: SourceRef | null; importer: SourceRef | null };
  /** Both sides' observation flags plus the derived ones, de-duplicated, in a stable order. */
  flags: MirrorFlag[];
}

/** A mirror row for one year of a series. */
export interface MirrorSeriesRow extends MirrorRow {
  year: number;
}

/** One observation of one series, as read from the database (value as a decimal string). */
export interface SeriesObservation {
  year: number;
  value: string | number;
  sourceKey: string;
  sourceLabel: string;
  /** Source.rank: lower wins the headline pick. */
  sourceRank: number;
  /** Observation vintage; "" or null when the source has a single edition. */
  vintage: string | null;
  /** Date of the vintage (YYYY-MM-DD): the headline rule prefers the later one. */
  vintageDate?: string | null;
  flags: readonly string[];
}

/** How pickPerYear chooses one observation per year (see its documentation). */
export type PickOptions = { mode: "headline" } | { mode: "sameSource"; sourceKey: string };

/** One HS chapter (or other product) for one year and direction. */
export interface ProductMirrorInput {
  productCode: string;
  productLabel: string;
  exporterReported?: UsdInput;
  importerReported?: UsdInput;
  exporterFlags?: readonly string[];
  importerFlags?: readonly string[];
}

export interface ProductMirrorRow extends MirrorGap {
  productCode: string;
  productLabel: string;
  flags: MirrorFlag[];
  /**
   * This product's gap ÷ the sum of all positive product gaps, as a fraction (0.25 = a quarter), 4 decimals.
   * Negative for products where the importer reports more; null when the gap is missing or no product has a positive gap.
   */
  shareOfTotalGap: number | null;
}

export interface TopContributor extends ProductMirrorRow {
  /** Share of the total positive gap accounted for by this product and all larger contributors before it (fraction, 4 decimals). */
  cumulativeShare: number;
}

export type ParseCifFobResult = { ok: true; value: number } | { ok: false; error: string };

/** One stored value of one side, with what the SQL headline rule made of it. */
export interface MirrorObservation extends SeriesObservation {
  value: string;
  vintage: string;
  flags: string[];
  qualifier: string | null;
  /** True when lib/series/queries.ts (SQL, HEADLINE_ORDER) marks this value as the headline for its year. */
  headline: boolean;
}

export interface MirrorPair {
  exporter: string;
  importer: string;
}

export interface MirrorDirection extends MirrorPair {
  /** Two-digit HS chapter, or null for total trade. */
  hs: string | null;
  series: { exporter: SeriesInfo; importer: SeriesInfo };
  /** Every source's annual value for each side (all vintages), by year. */
  observations: { exporter: MirrorObservation[]; importer: MirrorObservation[] };
  /** Every source cited by either side. */
  sources: Map<string, SourceMeta>;
}
