"use client";
// "Cite this view": the view as shown — title, years, the sources of its values — in APA, Chicago, BibTeX or RIS, with
// a permalink that names the data version (`v=`), so the citation reopens these very numbers after later imports
// (lib/citation/ formats; the formatters load when the reader opens the box).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CopyButton } from "@/components/controls/copy-button";
import { useDataVersion } from "@/components/site/data-version";
import type { CitationFile, CitationFormat } from "@/lib/citation/download";
import { withVersion } from "@/lib/permalink";
import type { SourceInfo } from "@/lib/panel/types";

/** The formats' own names (the same in every language); the other words are the "panel.cite" messages. */
const FORMATS = { apa: "APA", chicago: "Chicago", bibtex: "BibTeX", ris: "RIS" } satisfies Record<CitationFormat, string>;

type CitedSourceInfo = Pick<SourceInfo, "publisher" | "title" | "location" | "vintage" | "citation">;

export interface CiteViewProps {
  panelId: string;
  title: string;
  years: [number, number] | null;
  sources: readonly CitedSourceInfo[];
}

type Formatter = (format: CitationFormat, href: string) => CitationFile;

export function CiteView({ panelId, title, years, sources }: CiteViewProps) {
  const t = useTranslations("panel.cite");
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
      <summary>{t("summary")}</summary>
      {!committedAt || !years ? (
        <p className="muted">{t("noVersion")}</p>
      ) : state && file ? (
        <div className="cite-view-body">
          <p className="cite-permalink">
            <label>
              {t("permalink", { version })}{" "}
              <input
                type="text"
                readOnly
                value={state.href}
                size={Math.min(state.href.length, 70)}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>{" "}
            <CopyButton text={state.href} label={t("copyLinkLabel", { title })}>
              {t("copyLink")}
            </CopyButton>
          </p>
          <fieldset className="cite-formats">
            <legend>{t("format")}</legend>
            {(Object.keys(FORMATS) as CitationFormat[]).map((f) => (
              <label key={f}>
                <input type="radio" name={`${panelId}-cite-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />{" "}
                {FORMATS[f]}
              </label>
            ))}
          </fieldset>
          <pre className="cite-text" aria-label={t("aria", { format: FORMATS[format] })}>
            {file.body}
          </pre>
          <CopyButton text={file.body} label={t("copyCitationLabel", { format: FORMATS[format], title })}>
            {t("copyCitation")}
          </CopyButton>{" "}
          <a href={`data:${file.contentType},${encodeURIComponent(file.body)}`} download={file.filename}>
            {t("download", { ext: file.filename.split(".").slice(1).join(".") })}
          </a>
        </div>
      ) : null}
    </details>
  );
}
