// The words the project uses for its own categories: note kinds, source types, flags, and the short names of sources.
// One table each, for every page, chart, table and download.
import type { NoteKind } from "./generated/prisma/enums";

export const NOTE_KIND_LABEL: Record<NoteKind, string> = {
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

/** Flags that make a point "not a measured total" (drawn with a warning marker; worded by "seriesPanel.warningFlags"). */
export const WARNING_FLAGS: readonly string[] = ["estimate", "incomplete"];

/**
 * A source in tooltips, tables and pickers: its title up to the first comma outside parentheses (when that leaves at
 * least 20 characters), at most `maxLength` characters, with the vintage when the title does not name it.
 */
export function sourceLabel(source: { title: string; vintage?: string | null }, maxLength = 80): string {
  const title = source.title.replace(/\s+/g, " ").trim();
  let depth = 0;
  let cut = title;
  for (let k = 0; k < title.length; k++) {
    const ch = title[k];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0 && k >= 20) {
      cut = title.slice(0, k);
      break;
    }
  }
  if (cut.length > maxLength) cut = `${cut.slice(0, maxLength - 1).trimEnd()}…`;
  return source.vintage && !cut.includes(source.vintage) ? `${cut} (${source.vintage})` : cut;
}

/**
 * A source beside a figure, as briefly as it can be named: a database by its name ("UN Comtrade"), a quoted statement by
 * who said it where (its title without the bracketed detail).
 */
export function sourceName(source: { title: string; datasetType: string }): string {
  if (source.datasetType === "news_statement") {
    const title = source.title
      .replace(/\s*\([^)]*\)\s*/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return title.length > 70 ? `${title.slice(0, 67)}…` : title;
  }
  const head = source.title.split(/\s*[(,;]/)[0]!.trim();
  return head.length > 48 ? `${head.slice(0, 45)}…` : head;
}
