"use client";
// A table cell that opens the history of one series' value for one year (/api/revisions): every source and vintage,
// and every value an import replaced, with the dates — how the figure was revised.
import { useState } from "react";
import { formatFull } from "@/lib/format";
import type { RevisionEntry } from "@/lib/series/revisions";

const LABELS = {
  summary: "Revisions",
  loading: "Loading…",
  failed: "The history could not be loaded",
  vintage: "vintage",
  since: "since data version",
  until: "replaced in version",
  current: "current",
  before: "imported before version history was kept",
};

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

function describe(e: RevisionEntry): string {
  const vintage = [e.vintage, e.vintageDate].filter(Boolean).join(", ");
  const since =
    e.from.version === "0"
      ? LABELS.before
      : `${LABELS.since} ${e.from.version}${e.from.committedAt ? ` (${day(e.from.committedAt)})` : ""}`;
  const until = e.to ? `${LABELS.until} ${e.to.version}${e.to.committedAt ? ` (${day(e.to.committedAt)})` : ""}` : LABELS.current;
  return `${e.publisher} · ${LABELS.vintage} ${vintage} · ${since}; ${until}`;
}

export function RevisionsCell({ code, year }: { code: string; year: number }) {
  const [state, setState] = useState<{ values?: RevisionEntry[]; error?: string } | null>(null);
  async function open() {
    if (state) return;
    setState({});
    try {
      const res = await fetch(`/api/revisions?${new URLSearchParams({ series: code, year: String(year) })}`);
      const body = (await res.json()) as { values?: RevisionEntry[]; error?: string };
      setState(res.ok ? { values: body.values ?? [] } : { error: body.error ?? `${res.status}` });
    } catch (error) {
      setState({ error: (error as Error).message });
    }
  }
  return (
    <details className="revisions" onToggle={(e) => e.currentTarget.open && void open()}>
      <summary>{LABELS.summary}</summary>
      {!state || (!state.values && !state.error) ? (
        <p className="muted">{LABELS.loading}</p>
      ) : state.error ? (
        <p className="muted">
          {LABELS.failed}: {state.error}
        </p>
      ) : (
        <ul>
          {state.values!.map((e, i) => (
            <li key={i} className={e.to ? "revised" : undefined}>
              <span className="num">{formatFull(e.value)}</span> {e.period !== String(year) ? `(${e.period}) ` : ""}
              <span className="muted small">{describe(e)}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
