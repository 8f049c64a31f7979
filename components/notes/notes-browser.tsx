"use client";
// Every note, filtered in the browser by kind and year range (URL state): events, statements on the discrepancy,
// methodology and caveats, each with its stable reference (N12) and its source.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { Fragment, useId, useMemo } from "react";
import { SourceLocation } from "@/components/sources/source-location";
import { yearsBetween } from "@/lib/codes";
import { formatFull } from "@/lib/format";
import { localePath } from "@/lib/i18n/routing";
import { filterNotes, normaliseFilter } from "@/lib/notes/filter";
import { sourceAnchor } from "@/lib/notes/links";
import { notePeriod } from "@/lib/notes/markers";
import { unpackNotes, type BrowsedNote, type PackedNotes } from "@/lib/notes/wire";
import { NOTE_KINDS, notesParsers } from "@/lib/url-state";
import { NoteWordingMark } from "./note-wording";
import { OriginalOnDemand } from "./original-on-demand";

const DOMAIN_PAGE: Record<string, string> = { trade: "/trade", investment: "/investment", debt: "/debt" };

function Filter({ extent }: { extent: [number, number] }) {
  const t = useTranslations("notesBrowser");
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
        <option value="">{t("anyYear")}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t("filterLabel")}>
      <label>
        {t("kind")}{" "}
        <select value={filter.kind ?? ""} onChange={(e) => setFilter({ kind: NOTE_KINDS.find((k) => k === e.target.value) ?? null })}>
          <option value="">{t("allKinds")}</option>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {yearSelect("from", t("from"))}
      {yearSelect("to", t("to"))}
      {filtered && (
        <button type="button" onClick={() => setFilter({ kind: null, from: null, to: null })}>
          {t("showAll")}
        </button>
      )}
    </form>
  );
}

/** The figure as the source gave it, in the catalogue's sentence: never translated or reformatted, marked with its language. */
function QuotedFigure({ value, language }: { value: string; language: string }) {
  const t = useTranslations("notesBrowser");
  const [before, after] = t("quoted", { value: "\u0000" }).split("\u0000");
  return (
    <strong>
      {before}
      <span lang={language}>{value}</span>
      {after}
    </strong>
  );
}

function NoteList({ notes }: { notes: BrowsedNote[] }) {
  const t = useTranslations("notesBrowser");
  const locale = useLocale();
  return (
    <ol className="note-list">
      {notes.map((n) => (
        <li key={n.ref} id={`note-${n.ref}`}>
          <article aria-labelledby={`note-${n.ref}-title`}>
            <p className="note-meta">
              {/* Text joined here, not beside other text: each join would be an HTML comment (React's text separator). */}
              <span className="note-number">{n.ref}</span>{" "}
              <span className={`tag${n.kind === "caveat" ? " tag-warn" : ""}`}>{t(`kinds.${n.kind}`)}</span>
              {` ${notePeriod(n) ?? t("everyYear")}${n.domains.length > 0 ? " · " : ""}`}
              {n.domains.length > 0 && (
                <>
                  {n.domains.map((d, i) => (
                    <Fragment key={d}>
                      {i > 0 ? ", " : ""}
                      {DOMAIN_PAGE[d] ? <Link href={localePath(locale, DOMAIN_PAGE[d])}>{t(`domains.${d as "trade"}`)}</Link> : d}
                    </Fragment>
                  ))}
                </>
              )}
            </p>
            {/* Notes are data, kept as written; the project's translation of its own words is marked (lib/notes/text.ts). */}
            <h3 id={`note-${n.ref}-title`}>
              <span lang={n.titleLang}>{n.title}</span>
              <NoteWordingMark note={n} locale={locale} />
            </h3>
            <p>
              <span lang={n.bodyLang}>{n.body}</span>
              {n.quotedValue && (
                <>
                  {" "}
                  <QuotedFigure value={n.quotedValue} language={n.original?.language ?? n.titleLang} />
                </>
              )}
            </p>
            {n.original && <OriginalOnDemand note={{ ref: n.ref, original: n.original }} />}
            {n.source ? (
              <p className="note-meta">
                {`${t("source")} `}
                <Link href={`${localePath(locale, "/sources")}#${sourceAnchor(n.source.key)}`} lang="en">
                  {`${n.source.publisher}, ${n.source.title}`}
                </Link>
                {" — "}
                <SourceLocation location={n.source.location} label={t("openSource")} />
              </p>
            ) : (
              <p className="note-meta">{t("noSource")}</p>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}

/** `notes`: packed (lib/notes/wire.ts), unpacked once here. */
export function NotesBrowser({ notes: packed, extent }: { notes: PackedNotes; extent: [number, number] }) {
  const t = useTranslations("notesBrowser");
  const notes = useMemo(() => unpackNotes(packed), [packed]);
  const locale = useLocale();
  const [state] = useQueryStates(notesParsers);
  const filter = normaliseFilter(state);
  const shown = filterNotes(notes, filter);
  const dated = shown.filter((n) => n.yearFrom !== null);
  const undated = shown.filter((n) => n.yearFrom === null);
  return (
    <>
      <Filter extent={extent} />
      <p aria-live="polite" className="muted">
        {t("summary", {
          count: shown.length,
          countText: formatFull(String(shown.length), locale),
          kind: filter.kind ?? "all",
          range: filter.from !== null || filter.to !== null ? "yes" : "no",
          from: filter.from ?? t("firstYear"),
          to: filter.to ?? t("lastYear"),
          dated: dated.length,
          undated: undated.length,
        })}
      </p>
      {shown.length === 0 && <p className="empty">{t("none")}</p>}
      {undated.length > 0 && (
        <section aria-labelledby="notes-undated">
          <h2 id="notes-undated">{t("forEveryYear")}</h2>
          <NoteList notes={undated} />
        </section>
      )}
      {dated.length > 0 && (
        <section aria-labelledby="notes-dated">
          <h2 id="notes-dated">{t("byYear")}</h2>
          <NoteList notes={dated} />
        </section>
      )}
    </>
  );
}
