"use client";
// "Cite this view": the view as shown — title, years, the sources of its values — in APA, Chicago, BibTeX or RIS, with
// a permalink that names the data version (`v=`), so the citation reopens these very numbers after later imports
// (lib/citation/ formats; the formatters load when the reader opens the box).
import { useState } from "react";
import { CopyButton } from "@/components/controls/copy-button";
import { useDataVersion } from "@/components/site/data-version";
import type { CitationFile, CitationFormat } from "@/lib/citation/download";
import { withVersion } from "@/lib/permalink";
import type { SourceInfo } from "@/lib/panel/types";

const LABELS = {
  summary: "Cite this view",
  format: "Citation format",
  formats: { apa: "APA", chicago: "Chicago", bibtex: "BibTeX", ris: "RIS" } satisfies Record<CitationFormat, string>,
  permalink: "Permalink to these numbers (data version",
  copyLink: "Copy link",
  copyCitation: "Copy citation",
  download: "Download",
  noVersion: "No data have been imported yet: there is nothing to cite.",
};

type CitedSourceInfo = Pick<SourceInfo, "publisher" | "title" | "location" | "vintage" | "citation">;

export interface CiteViewProps {
  panelId: string;
  title: string;
  years: [number, number] | null;
  sources: readonly CitedSourceInfo[];
}

type Formatter = (format: CitationFormat, href: string) => CitationFile;

export function CiteView({ panelId, title, years, sources }: CiteViewProps) {
  const { version, committedAt } = useDataVersion();
  const [format, setFormat] = useState<CitationFormat>("apa");
  const [state, setState] = useState<{ href: string; cite: Formatter } | null>(null);

  async function onToggle(open: boolean) {
    if (!open || state || !committedAt || !years) return;
    const { citationFile } = await import("@/lib/citation/download");
    const url = new URL(withVersion(window.location.href, version));
    url.hash = panelId;
    const accessed = new Date();
    const cite: Formatter = (f, href) =>
      citationFile(f, { title, years, permalink: href, dataVersion: version, versionDate: committedAt, accessed, sources: [...sources] });
    setState({ href: url.toString(), cite });
  }

  const file = state?.cite(format, state.href);
  return (
    <details className="cite-view" onToggle={(e) => void onToggle(e.currentTarget.open)}>
      <summary>{LABELS.summary}</summary>
      {!committedAt || !years ? (
        <p className="muted">{LABELS.noVersion}</p>
      ) : state && file ? (
        <div className="cite-view-body">
          <p className="cite-permalink">
            <label>
              {LABELS.permalink} {version}):{" "}
              <input
                type="text"
                readOnly
                value={state.href}
                size={Math.min(state.href.length, 70)}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>{" "}
            <CopyButton text={state.href} label={`${LABELS.copyLink}: ${title}`}>
              {LABELS.copyLink}
            </CopyButton>
          </p>
          <fieldset className="cite-formats">
            <legend>{LABELS.format}</legend>
            {(Object.keys(LABELS.formats) as CitationFormat[]).map((f) => (
              <label key={f}>
                <input type="radio" name={`${panelId}-cite-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />{" "}
                {LABELS.formats[f]}
              </label>
            ))}
          </fieldset>
          <pre className="cite-text" aria-label={`${LABELS.formats[format]} citation`}>
            {file.body}
          </pre>
          <CopyButton text={file.body} label={`${LABELS.copyCitation} (${LABELS.formats[format]}): ${title}`}>
            {LABELS.copyCitation}
          </CopyButton>{" "}
          <a href={`data:${file.contentType},${encodeURIComponent(file.body)}`} download={file.filename}>
            {LABELS.download} {file.filename.split(".").slice(1).join(".")}
          </a>
        </div>
      ) : null}
    </details>
  );
}
