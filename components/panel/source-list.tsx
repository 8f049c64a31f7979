// The sources a panel's figures cite, each with where to find it and a ready citation. A source's publisher, title
// and citation are references, kept as written (English, marked so); the project's words are in the page's locale.
import { useTranslations } from "next-intl";
import { SourceLocation } from "@/components/sources/source-location";
import { datasetTypeLabel } from "@/lib/labels";
import type { SourceInfo } from "@/lib/panel/types";

export function SourceList({ sources }: { sources: SourceInfo[] }) {
  const t = useTranslations("common");
  const types = useTranslations("common.sourceTypes");
  const typeLabel = (type: string) => (types.has(type as "news_statement") ? types(type as "news_statement") : datasetTypeLabel(type));
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.key}>
          <span lang="en">
            <strong>{s.publisher}</strong>: {s.title}
            {s.vintage ? ` (${s.vintage})` : ""}.
          </span>{" "}
          <span className="muted">{typeLabel(s.type)}.</span>
          <br />
          <SourceLocation location={s.location} />
          <br />
          <span className="citation">
            {t("cite")} <span lang="en">{s.citation}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
