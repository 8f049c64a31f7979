// Where a source's location can be opened: a URL as is, a file in a public repository ("github:owner/repo@commit:path")
// as its GitHub page at that commit. Other locations (a file of this project, a printed publication) have no link.
export function sourceHref(location: string): string | null {
  const text = location.trim();
  if (/^https?:\/\/\S+$/.test(text)) return text;
  const m = /^github:([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40}):(.+)$/.exec(text);
  if (m) return `https://github.com/${m[1]}/blob/${m[2]}/${m[3]!.split("/").map(encodeURIComponent).join("/")}`;
  return null;
}

export const NOTE_KIND_LABEL: Record<string, string> = {
  event: "Event",
  discrepancy_statement: "Statement on the discrepancy",
  methodology: "Methodology",
  caveat: "Caveat",
};

const DATASET_TYPE_LABEL: Record<string, string> = {
  official_database: "Official statistical database",
  official_database_via_third_party: "Official data served by a third party",
  derived_from_official_publication: "Derived from an official publication",
  news_statement: "Quoted statement",
  project_transcription: "Project transcription",
};

export function datasetTypeLabel(type: string): string {
  return DATASET_TYPE_LABEL[type] ?? type;
}

/** A short name for a source in tight spaces (cards, tooltips): its title up to the first bracket or comma. */
export function shortSourceName(source: { title: string }): string {
  const head = source.title.split(/\s*[(,;]/)[0]!.trim();
  return head.length > 48 ? `${head.slice(0, 45)}…` : head;
}

/** id of a source's entry on /sources. */
export function sourceAnchor(key: string): string {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  const slug = key
    .replace(/^https?:\/\//, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48);
  return `src-${slug}-${h.toString(36)}`;
}

/** How a source is named beside a figure: a database by its name ("UN Comtrade"), a statement by who said it where. */
export function sourceName(source: { title: string; datasetType: string }): string {
  if (source.datasetType !== "news_statement") return shortSourceName(source);
  const title = source.title
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return title.length > 70 ? `${title.slice(0, 67)}…` : title;
}
