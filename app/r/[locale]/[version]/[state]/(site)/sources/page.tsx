import type { Metadata } from "next";
import { CopyButton } from "@/components/controls/copy-button";
import { SourceLocation } from "@/components/sources/source-location";
import { datasetTypeLabel } from "@/lib/labels";
import { sourceAnchor } from "@/lib/notes/links";
import { listAllSources } from "@/lib/series/queries";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const sources = await listAllSources();
  const types = [...new Set(sources.map((s) => s.datasetType))];
  const observations = sources.reduce((n, s) => n + s.observationCount, 0);
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every source a figure or note on this site was read from: {sources.length} sources behind {observations.toLocaleString("en-US")}{" "}
        values. When several sources give a value for the same year, the rank decides which one the charts show by default (lower first);
        every other value stays in the downloads.
      </p>
      <nav aria-label="Kinds of source" className="filters">
        {types.map((t) => (
          <a key={t} href={`#type-${t}`}>
            {datasetTypeLabel(t)} ({sources.filter((s) => s.datasetType === t).length})
          </a>
        ))}
      </nav>
      {types.map((t) => (
        <section key={t} aria-labelledby={`type-${t}`}>
          <h2 id={`type-${t}`}>{datasetTypeLabel(t)}</h2>
          <ul className="source-cards">
            {sources
              .filter((s) => s.datasetType === t)
              .map((s) => (
                <li key={s.key} id={sourceAnchor(s.key)} className="source-card">
                  <h3>{s.title}</h3>
                  <dl>
                    <div>
                      <dt>Publisher</dt>
                      <dd>{s.publisher}</dd>
                    </div>
                    <div>
                      <dt>Location</dt>
                      <dd>
                        <SourceLocation location={s.location} />
                      </dd>
                    </div>
                    <div>
                      <dt>Vintage</dt>
                      <dd>{s.vintage ?? "single edition"}</dd>
                    </div>
                    <div>
                      <dt>Dataset type</dt>
                      <dd>{datasetTypeLabel(s.datasetType)}</dd>
                    </div>
                    <div>
                      <dt>Rank</dt>
                      <dd>{s.rank}</dd>
                    </div>
                    <div>
                      <dt>Values</dt>
                      <dd>
                        {s.observationCount.toLocaleString("en-US")} observations
                        {s.noteCount > 0 ? `, ${s.noteCount} ${s.noteCount === 1 ? "note" : "notes"}` : ""}
                      </dd>
                    </div>
                  </dl>
                  <p className="citation">
                    <strong>Cite:</strong> <span>{s.citation}</span>
                  </p>
                  <CopyButton text={s.citation} label={`Copy citation: ${s.title}`} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
