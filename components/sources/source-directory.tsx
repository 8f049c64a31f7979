"use client";
// The list of every source, by kind. A client component for the size of the page only: its props (the compact list,
// lib/sources/directory.ts) travel once, where a server-rendered list would send every element twice (as HTML and as
// its React tree). It renders the same HTML on the server, so readers without JavaScript get every entry; each entry's
// citation (publisher, title, location — all shown above it) opens on demand.
import { useState } from "react";
import { CopyButton } from "@/components/controls/copy-button";
import { SourceLocation } from "@/components/sources/source-location";
import { datasetTypeLabel } from "@/lib/labels";
import type { DirectoryGroup } from "@/lib/sources/directory";

export function SourceDirectory({ groups }: { groups: DirectoryGroup[] }) {
  return (
    <>
      <nav aria-label="Kinds of source" className="filters">
        {groups.map((g) => (
          <a key={g.datasetType} href={`#type-${g.datasetType}`}>
            {datasetTypeLabel(g.datasetType)} ({g.entries.length})
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.datasetType} aria-labelledby={`type-${g.datasetType}`}>
          <h2 id={`type-${g.datasetType}`}>{datasetTypeLabel(g.datasetType)}</h2>
          <ul className="source-cards">
            {g.entries.map((s) => (
              <li key={s.anchor} id={s.anchor} className="source-card">
                <h3>{s.title}</h3>
                <dl>
                  <dt>Publisher</dt>
                  <dd>{s.publisher}</dd>
                  <dt>Location</dt>
                  <dd>
                    <SourceLocation location={s.location} />
                  </dd>
                  <dt>Vintage</dt>
                  <dd>{s.vintage ?? "single edition"}</dd>
                  <dt>Rank</dt>
                  <dd>{s.rank}</dd>
                  <dt>Values</dt>
                  <dd>
                    {`${s.observations.toLocaleString("en-US")} observations${s.notes > 0 ? `, ${s.notes} ${s.notes === 1 ? "note" : "notes"}` : ""}`}
                  </dd>
                </dl>
                <Citation text={s.citation} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function Citation({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <div className="source-citation">
      <p className="citation">
        <strong>Cite:</strong> <span>{text}</span>
      </p>
      <CopyButton text={text} label="Copy citation" />
    </div>
  ) : (
    <button type="button" className="link-button" aria-expanded={false} onClick={() => setOpen(true)}>
      Cite this source
    </button>
  );
}
