// A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): the CSV of the current view, a
// datapackage.json describing its fields, units, sources and licence, and a README with the citation.
import { stringify } from "csv-stringify/sync";
import JSZip from "jszip";
import { getSources } from "../series/queries";
import { HEADLINE_RULE_TEXT } from "../series/headline";
import type { SeriesInfo } from "../series/types";
import { neutraliseCell } from "./neutralise";
import { collectRows, EXPORT_COLUMNS, type ExportQuery } from "./observations";

const FIELD_DOCS: Record<(typeof EXPORT_COLUMNS)[number], { type: string; description: string }> = {
  code: { type: "string", description: "Series code: {domain}.{REPORTER}.{PARTNER}.{flow}[.HS…]" },
  title: { type: "string", description: "Series title" },
  reporter: { type: "string", description: "Reporting economy (ISO 3166 alpha-3)" },
  partner: { type: "string", description: "Partner economy (ISO 3166 alpha-3; WLD = world)" },
  flow: { type: "string", description: "X exports (FOB), M imports (CIF), T turnover, or the indicator" },
  unit: { type: "string", description: "Unit of value (USD, EUR million, percent)" },
  year: { type: "integer", description: "Year" },
  period: { type: "string", description: "Period as stored (annual: YYYY)" },
  value: { type: "number", description: "Value in `unit`, exact as published or converted (thousand/million scaled exactly)" },
  publisher: { type: "string", description: "Who produced the figure (a statement quoted in the press names the office it quotes)" },
  source: { type: "string", description: "Where the value was read: the publication's title (database, file, article)" },
  source_location: { type: "string", description: "Where the value was read (URL or repo@commit:path)" },
  vintage: { type: "string", description: "Release/vintage label of the value (empty if the source has one edition)" },
  vintage_date: { type: "date", description: "Date of the vintage: release, download or publication date (YYYY-MM-DD)" },
  flags: {
    type: "string",
    description:
      "Semicolon-separated: estimate, incomplete, derived (computed from other series), preliminary, rounded, from-statement (computed from a quoted statement)",
  },
  headline: { type: "boolean", description: "Whether this is the headline value for its series and year" },
};

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "data"
  );
}

export async function dataPackageZip(query: ExportQuery, series: SeriesInfo[]): Promise<Uint8Array> {
  const rows = await collectRows(query);
  const csv = stringify(rows, {
    header: true,
    columns: [...EXPORT_COLUMNS],
    cast: { string: neutraliseCell, boolean: (v) => (v ? "true" : "false") },
  });
  const sources = await getSources([...new Set(rows.flatMap((r) => r.source_key.split(" + ")))]);
  const name = `china-kazakhstan-monitor-${slug(series.map((s) => s.code).join("-"))}`;
  const years = query.from !== undefined || query.to !== undefined ? `${query.from ?? "first"}–${query.to ?? "last"}` : "all years";
  const descriptor = {
    profile: "tabular-data-package",
    name,
    title: `China–Kazakhstan Economic Monitor: ${series.map((s) => s.title).join("; ")} (${years})`,
    description: `${query.all ? "Every source's value" : "Headline value per year"}. ${HEADLINE_RULE_TEXT}`,
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
        name: "observations",
        path: "observations.csv",
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: {
          fields: EXPORT_COLUMNS.map((c) => ({ name: c, ...FIELD_DOCS[c] })),
          missingValues: [""],
        },
        series: series.map((s) => ({
          code: s.code,
          title: s.title,
          unit: s.unit,
          valuation: s.valuation,
          reporter: s.reporter,
          partner: s.partner,
        })),
      },
    ],
  };
  const readme = [
    `# ${descriptor.title}`,
    "",
    `Exported ${descriptor.created} from the China–Kazakhstan Economic Monitor.`,
    "",
    `Rows: ${rows.length}. ${descriptor.description}`,
    "",
    "## Cite as",
    "",
    `China–Kazakhstan Economic Monitor (${new Date().getFullYear()}). ${series.map((s) => s.title).join("; ")}, ${years}. Data from:`,
    "",
    ...sources.map((s) => `- ${s.citation}`),
    "",
    "## Files",
    "",
    "- observations.csv — one row per series and year (fields described in datapackage.json)",
    "- datapackage.json — Frictionless Data Package descriptor: fields, units, sources, licence",
    "",
    "Cells that began with = + - @ were prefixed with ' to stop spreadsheet formula execution.",
    "",
  ].join("\n");
  const zip = new JSZip();
  zip.file("observations.csv", csv);
  zip.file("datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`);
  zip.file("README.md", readme);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
