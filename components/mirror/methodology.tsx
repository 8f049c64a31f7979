"use client";
// Why two customs services report different numbers for the same trade: the stored methodology notes with their
// sources (rendered from the database, never retyped here). A client component for the size of the page only: its
// props (what each note shows: lib/mirror/methodology.ts) travel once, where a server-rendered list would send every element
// twice (as HTML and as its React tree); it renders the same HTML on the server, so readers without JavaScript get it.
// Its headings come worded from the page (the "mirror" namespace is not sent to the browser); a translated note's
// original wording is fetched when the reader opens it, as on /notes.
import { useLocale } from "next-intl";
import { NoteWordingMark } from "@/components/notes/note-wording";
import { OriginalOnDemand } from "@/components/notes/original-on-demand";
import type { MethodologyItem } from "@/lib/mirror/methodology";

export function Methodology({
  items,
  words,
}: {
  items: MethodologyItem[];
  /** The section's heading, the source label and the link's text, in the page's locale. */
  words: { heading: string; source: string; link: string };
}) {
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <section className="panel methodology" aria-labelledby="methodology-title" id="methodology">
      <h2 id="methodology-title">{words.heading}</h2>
      <dl>
        {items.map((n) => (
          <div key={n.id} className="methodology-item" id={n.id}>
            <dt>
              <span lang={n.titleLang}>{n.title}</span>
              {n.periodLabel ? (
                <span className="muted" lang={n.original?.language ?? n.titleLang}>
                  {` (${n.periodLabel})`}
                </span>
              ) : null}
              <NoteWordingMark note={n} locale={locale} />
            </dt>
            <dd>
              <p lang={n.bodyLang}>{n.body}</p>
              {n.original && <OriginalOnDemand note={{ ref: n.ref, original: n.original }} />}
              {n.source && (
                <p className="muted small">
                  {`${words.source} `}
                  <span lang="en">{n.source.citation}</span>{" "}
                  {n.source.link ? (
                    <a href={n.source.link} rel="noreferrer">
                      {words.link}
                    </a>
                  ) : null}
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
