// Fixtures of the mirror unit tests: source metadata, observations and two sides of one direction. Test-only.
import type { SourceRef as SourceMeta } from "../series/types";
import type { MirrorObservation } from "./types";

export function meta(key: string, rank: number, extra: Partial<SourceMeta> = {}): SourceMeta {
  return {
    key,
    publisher: `${key} publisher`,
    title: `${key} title`,
    location: `https://example.org/${key}`,
    vintage: null,
    datasetType: "official_database",
    rank,
    citation: `${key}.`,
    ...extra,
  };
}

export function obs(
  year: number,
  value: string,
  sourceKey: string,
  sourceRank: number,
  flags: string[] = [],
  vintage = "",
): MirrorObservation {
  return { year, value, sourceKey, sourceLabel: sourceKey, sourceRank, vintage, flags, qualifier: null, headline: false };
}

// Two reporters' files of one database share publisher and title (like the two UN Comtrade downloads).
export const SOURCES = new Map<string, SourceMeta>([
  ["ct-cn", meta("ct-cn", 10, { publisher: "UN Comtrade", title: "Comtrade download" })],
  ["ct-kz", meta("ct-kz", 10, { publisher: "UN Comtrade", title: "Comtrade download" })],
  ["dots-cn", meta("dots-cn", 20, { publisher: "IMF", title: "DOTS", vintage: "2021/22 vintage" })],
  ["dots-kz", meta("dots-kz", 20, { publisher: "IMF", title: "DOTS", vintage: "2021/22 vintage" })],
  ["quote", meta("quote", 70, { datasetType: "news_statement" })],
]);

export const exporter = [
  obs(2018, "100", "dots-cn", 20),
  obs(2019, "110", "dots-cn", 20),
  obs(2019, "120", "ct-cn", 10),
  obs(2020, "130", "ct-cn", 10),
  obs(2021, "140", "ct-cn", 10),
];
export const importer = [
  obs(2018, "60", "dots-kz", 20),
  obs(2019, "70", "dots-kz", 20),
  obs(2019, "75", "ct-kz", 10),
  obs(2020, "20", "ct-kz", 10, ["incomplete"]),
  obs(2020, "80", "dots-kz", 20),
  obs(2021, "25", "ct-kz", 10, ["incomplete"]),
  obs(2021, "90", "quote", 70, ["rounded"]),
];
