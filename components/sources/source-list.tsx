// The sources a panel's figures cite, each with where to find it and a ready citation.
import { datasetTypeLabel } from "@/lib/notes/links";
import type { SourceRef } from "@/lib/series/types";
import { SourceLocation } from "./source-location";

export function SourceList({ sources }: { sources: SourceRef[] }) {
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.key}>
          <strong>{s.publisher}</strong>: {s.title}
          {s.vintage ? ` (${s.vintage})` : ""}. <span className="muted">{datasetTypeLabel(s.datasetType)}.</span>
          <br />
          <SourceLocation location={s.location} />
          <br />
          <span className="citation">Cite: {s.citation}</span>
        </li>
      ))}
    </ul>
  );
}
