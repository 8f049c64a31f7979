// Why two customs services report different numbers for the same trade: the stored methodology notes with their
// sources (rendered from the database, never retyped here).
// Server component: its headings come from the "mirror" namespace of the page's locale (not sent to the browser). A
// translated note's original wording is fetched when the reader opens it, as on /notes: the page does not carry it.
import { useTranslations } from "next-intl";
import { NoteWordingMark } from "@/components/notes/note-wording";
import { OriginalOnDemand } from "@/components/notes/original-on-demand";
import type { NoteRow } from "@/lib/notes/queries";

export function Methodology({ notes, locale }: { notes: NoteRow[]; locale: string }) {
  const t = useTranslations("mirror");
  if (notes.length === 0) return null;
  return (
    <section className="panel methodology" aria-labelledby="methodology-title" id="methodology">
      <h2 id="methodology-title">{t("methodology")}</h2>
      <dl>
        {notes.map((n) => (
          <div key={n.key} className="methodology-item" id={n.key.replace(/[^a-z0-9-]/gi, "-")}>
            <dt>
              <span lang={n.titleLang}>{n.title}</span>
              {n.periodLabel ? (
                <span className="muted" lang={n.original?.language ?? n.titleLang}>
                  {" "}
                  ({n.periodLabel})
                </span>
              ) : null}
              <NoteWordingMark note={n} locale={locale} />
            </dt>
            <dd>
              <p lang={n.bodyLang}>{n.body}</p>
              {n.original && (
                <OriginalOnDemand note={{ ref: n.ref, original: { language: n.original.language, title: n.original.title } }} />
              )}
              {n.source && (
                <p className="muted small">
                  {t("source")} <span lang="en">{n.source.citation}</span>{" "}
                  {n.source.location.startsWith("http") ? (
                    <a href={n.source.location} rel="noreferrer">
                      {t("link")}
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
