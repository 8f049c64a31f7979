// The mirror view as a Frictionless Data Package (/api/export?view=mirror&format=datapackage): the yearly comparison
// (the rows /api/mirror returns), the HS-chapter comparison of the same range, a datapackage.json describing every
// field, the sources and the licence, and a README with the citation.
import "server-only";
import JSZip from "jszip";
import type { MirrorView } from "../mirror/direction-view";
import type { ChapterView } from "../mirror/chapters";
import { getSources } from "../series/queries";
import { MIRROR_CSV_COLUMNS, mirrorCsv } from "./mirror";
import { MIRROR_CHAPTER_COLUMNS, mirrorChapterCsv, mirrorChapterRows } from "./mirror-chapters";

const USD = "US dollars (current, or constant as the `dollars` field says)";
const FIELDS: Record<string, { type: string; description: string }> = {
  exporter: { type: "string", description: "Exporting economy (ISO 3166 alpha-3): its customs report the exports, valued FOB" },
  importer: { type: "string", description: "Importing economy (ISO 3166 alpha-3): its customs report the imports, valued CIF" },
  hs: { type: "string", description: "HS chapter (two digits), or TOTAL for all goods" },
  year: { type: "integer", description: "Year" },
  label: { type: "string", description: "HS chapter title" },
  exporter_reported_usd: { type: "number", description: `What the exporter reports (FOB), ${USD}` },
  importer_reported_usd: { type: "number", description: `What the importer reports (CIF), ${USD}` },
  cif_fob_factor: { type: "number", description: "CIF/FOB factor applied (importer's CIF value ÷ factor = FOB estimate)" },
  importer_fob_usd: { type: "number", description: "The importer's figure at FOB: importer_reported_usd ÷ cif_fob_factor" },
  gap_usd: { type: "number", description: "exporter_reported_usd − importer_reported_usd (negative: the importer reports more)" },
  gap_pct_of_exporter: { type: "number", description: "gap_usd ÷ exporter_reported_usd × 100" },
  gap_pct_of_importer: { type: "number", description: "gap_usd ÷ importer_reported_usd × 100" },
  freight_and_insurance_usd: {
    type: "number",
    description: "importer_reported_usd − importer_fob_usd: freight and insurance at the factor",
  },
  explained_by_cif_fob_usd: {
    type: "number",
    description: "The part of the gap CIF/FOB valuation explains (0 when the exporter reports more); explained + unexplained = gap",
  },
  unexplained_gap_usd: { type: "number", description: "gap_usd − explained_by_cif_fob_usd" },
  fob_basis_gap_usd: { type: "number", description: "exporter_reported_usd − importer_fob_usd: both on a like-for-like FOB basis" },
  unexplained_low_usd: { type: "number", description: "Smallest unexplained gap over the CIF/FOB band" },
  unexplained_high_usd: { type: "number", description: "Largest unexplained gap over the CIF/FOB band" },
  unexplained_pct_of_exporter: { type: "number", description: "unexplained_gap_usd ÷ exporter_reported_usd × 100" },
  band_low_factor: { type: "number", description: "Low end of the CIF/FOB sensitivity band" },
  band_high_factor: { type: "number", description: "High end of the CIF/FOB sensitivity band" },
  share_of_chapters_positive_gap: {
    type: "number",
    description: "The chapter's gap ÷ the sum of the compared chapters' positive gaps (fraction)",
  },
  share_of_total_gap: { type: "number", description: "The chapter's gap ÷ the direction's total gap that year (fraction)" },
  total_gap_usd: { type: "number", description: "The direction's total gap that year (all goods, headline values)" },
  exporter_source: { type: "string", description: "Source of the exporter's figure" },
  exporter_source_key: { type: "string", description: "Key of that source (URL or repo@commit:path)" },
  exporter_vintage: { type: "string", description: "Vintage of the exporter's figure" },
  importer_source: { type: "string", description: "Source of the importer's figure" },
  importer_source_key: { type: "string", description: "Key of that source (URL or repo@commit:path)" },
  importer_vintage: { type: "string", description: "Vintage of the importer's figure" },
  flags: {
    type: "string",
    description: "Semicolon-separated flags of both values and of the comparison (estimate, incomplete, cross-source…)",
  },
  reliable: { type: "boolean", description: "false when the row mixes datasets or uses rounded, estimated or incomplete values" },
  reliability_reasons: { type: "string", description: "Why the row is not reliable" },
  dollars: { type: "string", description: "current US dollars, or constant dollars of a base year with the deflator" },
};

const schema = (columns: readonly string[]) => ({ fields: columns.map((name) => ({ name, ...FIELDS[name] })), missingValues: [""] });

export async function mirrorDataPackageZip(view: MirrorView, chapters: readonly ChapterView[], citationYear: number): Promise<Uint8Array> {
  const chapterRows = mirrorChapterRows(chapters, view);
  const keys = new Set([
    ...view.sources.map((s) => s.key),
    ...chapterRows.flatMap((r) => [r.exporter_source_key, r.importer_source_key]).filter((k): k is string => typeof k === "string"),
  ]);
  const sources = await getSources([...keys]);
  const years = view.from !== null || view.to !== null ? `${view.from ?? "first"}–${view.to ?? "last"}` : "all years";
  const title = `China–Kazakhstan Economic Monitor: mirror statistics, ${view.exporterName} → ${view.importerName} (${years}, CIF/FOB factor ${view.cifFob}${view.real ? `, constant ${view.real.baseYear} US dollars` : ""})`;
  const descriptor = {
    profile: "tabular-data-package",
    name: `china-kazakhstan-monitor-mirror-${view.exporter}-${view.importer}`.toLowerCase(),
    title,
    description: `What ${view.exporterName}'s customs report as exports to ${view.importerName} beside what ${view.importerName}'s customs report as imports from ${view.exporterName}. ${view.headlineRule} Pick: ${view.pick.mode === "same" ? "one source per side" : "the headline value per year"}.`,
    created: new Date().toISOString(),
    licenses: [
      {
        name: "CC-BY-4.0",
        title: "Creative Commons Attribution 4.0 (compilation); each source's own terms apply to its figures",
        path: "https://creativecommons.org/licenses/by/4.0/",
      },
    ],
    sources: sources.map((s) => ({
      title: `${s.publisher}: ${s.title}`,
      path: s.location.startsWith("http") ? s.location : undefined,
      description: s.citation,
    })),
    resources: [
      {
        name: "mirror",
        path: "mirror.csv",
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: schema(MIRROR_CSV_COLUMNS),
      },
      {
        name: "chapters",
        path: "chapters.csv",
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        description:
          "HS chapters with figures from both reporters, per year of the range (chapters one side alone reports are not compared)",
        schema: schema(MIRROR_CHAPTER_COLUMNS),
      },
    ],
  };
  const readme = [
    `# ${title}`,
    "",
    `Exported ${descriptor.created} from the China–Kazakhstan Economic Monitor.`,
    "",
    `mirror.csv: ${view.rows.length} rows, one per year. chapters.csv: ${chapterRows.length} rows, one per compared HS chapter and year.`,
    "",
    "## Cite as",
    "",
    `China–Kazakhstan Economic Monitor (${citationYear}). Mirror statistics, ${view.exporterName} → ${view.importerName}, ${years}, CIF/FOB factor ${view.cifFob}. Data from:`,
    "",
    ...sources.map((s) => `- ${s.citation}`),
    "",
    "Cells that began with = + - @ were prefixed with ' to stop spreadsheet formula execution.",
    "",
  ].join("\n");
  const zip = new JSZip();
  zip.file("mirror.csv", mirrorCsv(view));
  zip.file("chapters.csv", mirrorChapterCsv(chapterRows));
  zip.file("datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`);
  zip.file("README.md", readme);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
