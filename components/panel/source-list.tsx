// The sources a panel's figures cite, each with where to find it and a ready citation.
import { SourceLocation } from "@/components/sources/source-location";
import { datasetTypeLabel } from "@/lib/labels";
import type { SourceInfo } from "@/lib/panel/types";

export function SourceList({ sources }: { sources: SourceInfo[] }) {
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.key}>
          <strong>{s.publisher}</strong>: {s.title}
          {s.vintage ? ` (${s.vintage})` : ""}. <span className="muted">{datasetTypeLabel(s.type)}.</span>
          <br />
          <SourceLocation location={s.location} />
          <br />
          <span className="citation">Cite: {s.citation}</span>
        </li>
      ))}
    </ul>
  );
}
