"use client";
// The list of every source, by kind. A client component for the size of the page only: its props (the compact list,
// lib/sources/directory.ts) travel once, where a server-rendered list would send every element twice (as HTML and as
// its React tree). It renders the same HTML on the server, so readers without JavaScript get every entry; each entry's
// citation (publisher, title, location — all shown above it) opens on demand.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { CopyButton } from "@/components/controls/copy-button";
import { SourceLocation } from "@/components/sources/source-location";
import { citationOf } from "@/lib/citation/source";
import { formatFull } from "@/lib/format";
import { datasetTypeLabel } from "@/lib/labels";
import { receiveEntry, type DirectoryGroup } from "@/lib/sources/directory";

export function SourceDirectory({ groups }: { groups: DirectoryGroup[] }) {
  const t = useTranslations("sourcesDir");
  const locale = useLocale();
  const types = useTranslations("common.sourceTypes");
  const typeLabel = (type: string) => (types.has(type as "news_statement") ? types(type as "news_statement") : datasetTypeLabel(type));
  return (
    <>
      <nav aria-label={t("kinds")} className="filters">
        {groups.map((g) => (
          <a key={g.datasetType} href={`#type-${g.datasetType}`}>
            {typeLabel(g.datasetType)} ({g.entries.length})
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.datasetType} aria-labelledby={`type-${g.datasetType}`}>
          <h2 id={`type-${g.datasetType}`}>{typeLabel(g.datasetType)}</h2>
          <ul className="source-cards">
            {g.entries.map(receiveEntry).map((s) => (
              <li key={s.anchor} id={s.anchor} className="source-card">
                <h3 lang="en">{s.title}</h3>
                <dl>
                  <dt>{t("publisher")}</dt>
                  <dd lang="en">{s.publisher}</dd>
                  <dt>{t("location")}</dt>
                  <dd>
                    <SourceLocation location={s.location} />
                  </dd>
                  <dt>{t("vintage")}</dt>
                  <dd>{s.vintage ?? t("singleEdition")}</dd>
                  <dt>{t("rank")}</dt>
                  <dd>{s.rank}</dd>
                  <dt>{t("values")}</dt>
                  <dd>
                    {/* Numbers from lib/format.ts, not ICU's "#": the browser's ICU may lack the locale's number data. */}
                    {t("count", {
                      observations: s.observations,
                      notes: s.notes,
                      observationsText: formatFull(String(s.observations), locale),
                      notesText: formatFull(String(s.notes), locale),
                    })}
                  </dd>
                </dl>
                <Citation text={citationOf(s)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function Citation({ text }: { text: string }) {
  const t = useTranslations("sourcesDir");
  const [open, setOpen] = useState(false);
  return open ? (
    <div className="source-citation">
      <p className="citation">
        <strong>{t("cite")}</strong> <span lang="en">{text}</span>
      </p>
      <CopyButton text={text} label={t("copy")} />
    </div>
  ) : (
    <button type="button" className="link-button" aria-expanded={false} onClick={() => setOpen(true)}>
      {t("citeThis")}
    </button>
  );
}
