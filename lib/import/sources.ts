// Source identity and ranking, shared by the parsers.
import type { SourceRecord } from "./types";

/**
 * Rank used by the headline rule (lower wins): official databases first (UN Comtrade, then IMF DOTS), then the same
 * data re-served by third parties (WITS; its vintages ordered by date), then figures derived from official
 * publications, then quoted statements.
 */
export function rankFor(datasetType: SourceRecord["datasetType"], title: string): number {
  const t = title.toLowerCase();
  switch (datasetType) {
    case "official_database":
      if (t.includes("comtrade")) return 10;
      if (t.includes("direction of trade")) return 20;
      return 25;
    case "official_database_via_third_party":
      // Several vintages of one database: the headline rule's vintage date (newest first) chooses between them.
      return 30;
    case "derived_from_official_publication":
      return 50;
    case "news_statement":
      return 70;
    case "project_transcription":
      return 90;
  }
}

/**
 * The file a location points at, without the sheet/row detail or "; copy in raw/…" remarks, so every row read
 * from one file shares one Source.
 */
export function sourceKeyFromLocation(location: string): string {
  return location.split(/\s+\(|;\s/)[0]!.trim();
}

const DATASET_TYPES = new Set<SourceRecord["datasetType"]>([
  "official_database",
  "official_database_via_third_party",
  "derived_from_official_publication",
  "news_statement",
  "project_transcription",
]);

export function isDatasetType(text: string): text is SourceRecord["datasetType"] {
  return DATASET_TYPES.has(text as SourceRecord["datasetType"]);
}
