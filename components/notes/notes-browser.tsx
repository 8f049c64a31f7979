"use client";
// Every note, filtered in the browser by kind and year range (URL state): events, statements on the discrepancy,
// methodology and caveats, each with its stable reference (N12) and its source.
import Link from "next/link";
import { useQueryStates } from "nuqs";
import { useId } from "react";
import { SourceLocation } from "@/components/sources/source-location";
import { yearsBetween } from "@/lib/codes";
import type { Domain } from "@/lib/generated/prisma/enums";
import { NOTE_KIND_LABEL } from "@/lib/labels";
import { describeNotes, filterNotes, normaliseFilter } from "@/lib/notes/filter";
import { sourceAnchor } from "@/lib/notes/links";
import { notePeriod } from "@/lib/notes/markers";
import type { NoteDetail } from "@/lib/panel/types";
import { NOTE_KINDS, notesParsers } from "@/lib/url-state";

export type BrowsedNote = NoteDetail & { domains: Domain[]; sourceKey: string | null };

const DOMAIN_PAGE: Record<string, { href: string; label: string }> = {
  trade: { href: "/trade", label: "Trade" },
  investment: { href: "/investment", label: "Investment" },
  debt: { href: "/debt", label: "Debt" },
};

function Filter({ extent }: { extent: [number, number] }) {
  const [filter, setFilter] = useQueryStates(notesParsers, { history: "replace" });
  const id = useId();
  const years = yearsBetween(extent[0], extent[1]);
  const filtered = filter.kind !== null || filter.from !== null || filter.to !== null;
  const yearSelect = (name: "from" | "to", label: string) => (
    <label>
      {label}{" "}
      <select
        id={`${id}-${name}`}
        value={filter[name] ?? ""}
        onChange={(e) => setFilter({ [name]: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">any year</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter notes">
      <label>
        Kind{" "}
        <select value={filter.kind ?? ""} onChange={(e) => setFilter({ kind: NOTE_KINDS.find((k) => k === e.target.value) ?? null })}>
          <option value="">All kinds</option>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {NOTE_KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      {yearSelect("from", "From")}
      {yearSelect("to", "To")}
      {filtered && (
        <button type="button" onClick={() => setFilter({ kind: null, from: null, to: null })}>
          Show all notes
        </button>
      )}
    </form>
  );
}

function NoteList({ notes }: { notes: BrowsedNote[] }) {
  return (
    <ol className="note-list">
      {notes.map((n) => (
        <li key={n.ref} id={`note-${n.ref}`}>
          <article aria-labelledby={`note-${n.ref}-title`}>
            <p className="note-meta">
              <span className="note-number">{n.ref}</span>{" "}
              <span className={`tag${n.kind === "caveat" ? " tag-warn" : ""}`}>{NOTE_KIND_LABEL[n.kind]}</span>{" "}
              {notePeriod(n) ?? "Every year"}
              {n.domains.length > 0 && (
                <>
                  {" · "}
                  {n.domains.map((d, i) => (
                    <span key={d}>
                      {i > 0 ? ", " : ""}
                      {DOMAIN_PAGE[d] ? <Link href={DOMAIN_PAGE[d].href}>{DOMAIN_PAGE[d].label}</Link> : d}
                    </span>
                  ))}
                </>
              )}
            </p>
            <h3 id={`note-${n.ref}-title`}>{n.title}</h3>
            <p>
              {n.body}
              {n.quotedValue && (
                <>
                  {" "}
                  <strong>Quoted: {n.quotedValue}.</strong>
                </>
              )}
            </p>
            {n.source && n.sourceKey ? (
              <p className="note-meta">
                Source:{" "}
                <Link href={`/sources#${sourceAnchor(n.sourceKey)}`}>
                  {n.source.publisher}, {n.source.title}
                </Link>{" "}
                — <SourceLocation location={n.source.location} label="open the source" />
              </p>
            ) : (
              <p className="note-meta">No source recorded.</p>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}

export function NotesBrowser({ notes, extent }: { notes: BrowsedNote[]; extent: [number, number] }) {
  const [state] = useQueryStates(notesParsers);
  const filter = normaliseFilter(state);
  const shown = filterNotes(notes, filter);
  const dated = shown.filter((n) => n.yearFrom !== null);
  const undated = shown.filter((n) => n.yearFrom === null);
  return (
    <>
      <Filter extent={extent} />
      <p aria-live="polite" className="muted">
        {describeNotes(shown.length, filter)} ({dated.length} dated, {undated.length} for every year).
      </p>
      {shown.length === 0 && <p className="empty">No notes match. Choose another kind or a wider range of years.</p>}
      {undated.length > 0 && (
        <section aria-labelledby="notes-undated">
          <h2 id="notes-undated">For every year</h2>
          <NoteList notes={undated} />
        </section>
      )}
      {dated.length > 0 && (
        <section aria-labelledby="notes-dated">
          <h2 id="notes-dated">By year</h2>
          <NoteList notes={dated} />
        </section>
      )}
    </>
  );
}
