import type { Metadata } from "next";
import Link from "next/link";
import { NotesFilter } from "@/components/controls/notes-filter";
import { SourceLocation } from "@/components/sources/source-location";
import { NOTE_KIND_LABEL, sourceAnchor } from "@/lib/notes/links";
import { getNotes } from "@/lib/notes/queries";
import { pageView, type RouteParams } from "@/lib/pages/params";

export const metadata: Metadata = { title: "Notes" };

const DOMAIN_PAGE: Record<string, { href: string; label: string }> = {
  trade: { href: "/trade", label: "Trade" },
  investment: { href: "/investment", label: "Investment" },
  debt: { href: "/debt", label: "Debt" },
};

const KIND_NOUN: Record<string, [string, string]> = {
  all: ["note", "notes"],
  event: ["event", "events"],
  discrepancy_statement: ["statement on the discrepancy", "statements on the discrepancy"],
  methodology: ["methodology note", "methodology notes"],
  caveat: ["caveat", "caveats"],
};

export default async function NotesPage({ params }: { params: Promise<RouteParams> }) {
  const { state: filter } = await pageView("notes", params);
  const [from, to] =
    filter.from !== null && filter.to !== null && filter.from > filter.to ? [filter.to, filter.from] : [filter.from, filter.to];
  const notes = await getNotes({ kinds: filter.kind ? [filter.kind] : undefined, from: from ?? undefined, to: to ?? undefined });
  const dated = notes.filter((n) => n.yearFrom !== null);
  const undated = notes.filter((n) => n.yearFrom === null);
  const what = filter.kind ? KIND_NOUN[filter.kind]! : KIND_NOUN.all!;
  return (
    <>
      <h1>Notes: events, statements on the discrepancy, methodology and caveats</h1>
      <p className="lede">Everything the charts mark or warn about, with its source. Notes without a year apply to every year.</p>
      <NotesFilter />
      <p aria-live="polite" className="muted">
        {notes.length} {notes.length === 1 ? what[0] : what[1]}
        {from !== null || to !== null ? ` touching ${from ?? "the first year"}–${to ?? "the last year"}` : ""} ({dated.length} dated,{" "}
        {undated.length} for every year).
      </p>
      {notes.length === 0 && <p className="empty">No notes match. Choose another kind or a wider range of years.</p>}
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

function NoteList({ notes }: { notes: Awaited<ReturnType<typeof getNotes>> }) {
  return (
    <ol className="note-list">
      {notes.map((n) => (
        <li key={n.key}>
          <article aria-labelledby={`note-${sourceAnchor(n.key)}`}>
            <p className="note-meta">
              <span className={`tag${n.kind === "caveat" ? " tag-warn" : ""}`}>{NOTE_KIND_LABEL[n.kind]}</span>{" "}
              {n.periodLabel ??
                (n.yearFrom !== null ? (n.yearTo && n.yearTo !== n.yearFrom ? `${n.yearFrom}–${n.yearTo}` : n.yearFrom) : "Every year")}
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
            <h3 id={`note-${sourceAnchor(n.key)}`}>{n.title}</h3>
            <p>
              {n.body}
              {n.quotedValue && (
                <>
                  {" "}
                  <strong>Quoted: {n.quotedValue}.</strong>
                </>
              )}
            </p>
            {n.source ? (
              <p className="note-meta">
                Source:{" "}
                <Link href={`/sources#${sourceAnchor(n.source.key)}`}>
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
