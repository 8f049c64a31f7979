// A citation as a file: content type, file name and body, for a route or a download link (pure; no Response here).
import { bibtexKey, formatBibtex } from "./bibtex";
import { formatRis } from "./ris";
import { formatApa, formatChicago } from "./styles";
import type { CitedView } from "./view";

export const CITATION_FORMATS = ["apa", "chicago", "bibtex", "ris"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface CitationFile {
  contentType: string;
  /** ASCII only, safe in a Content-Disposition header as is. */
  filename: string;
  body: string;
}

const TYPES: Record<CitationFormat, { contentType: string; ext: string; format: (view: CitedView) => string }> = {
  apa: { contentType: "text/plain; charset=utf-8", ext: "apa.txt", format: formatApa },
  chicago: { contentType: "text/plain; charset=utf-8", ext: "chicago.txt", format: formatChicago },
  bibtex: { contentType: "application/x-bibtex; charset=utf-8", ext: "bib", format: formatBibtex },
  ris: { contentType: "application/x-research-info-systems; charset=utf-8", ext: "ris", format: formatRis },
};

export function citationFile(format: CitationFormat, view: CitedView): CitationFile {
  const t = TYPES[format];
  const version = view.dataVersion.replace(/[^A-Za-z0-9]/g, "");
  return {
    contentType: t.contentType,
    filename: `china-kazakhstan-monitor_${bibtexKey(view.title)}_v${version}.${t.ext}`,
    body: t.format(view),
  };
}
