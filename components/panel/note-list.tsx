"use client";
// The notes of a panel under its chart: those drawn on the chart (each with its stable reference, the marker's
// target) and the caveats and methodology. A note's id is `${panelId}-note-${ref}`. Each note's text is built when the
// reader opens it (titles are in the page as sent; every text is also on /notes, linked from each note).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { SourceLocation } from "@/components/sources/source-location";
import { localePath } from "@/lib/i18n/routing";
import { notePeriod, notePeriodLang } from "@/lib/notes/markers";
import type { NoteInfo } from "@/lib/panel/types";
import { NoteOriginalWording, NoteWordingMark } from "@/components/notes/note-wording";
import { useNoteTexts, type NoteText } from "./use-note-text";

function NoteSource({ source }: { source: NoteText["source"] }) {
  const t = useTranslations("notes_panel");
  if (!source) return null;
  return (
    <>
      {t("noteSource", { publisher: source.publisher, title: source.title })}
      <SourceLocation location={source.location} label={t("open")} />
    </>
  );
}

/** One note: its reference, period and title; its text once opened. */
function NoteItem({ note, id, extra }: { note: NoteInfo; id: string; extra?: (n: NoteInfo) => ReactNode }) {
  const t = useTranslations("notes_panel");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const texts = useNoteTexts([note.ref], open);
  const text = texts?.get(note.ref);
  return (
    <li id={id}>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        {/* A note's words are data: as written, or the project's translation marked as such (lib/notes/text.ts). */}
        <summary>
          <span className="note-number">{note.ref}</span>{" "}
          {notePeriod(note) ? <span lang={notePeriodLang(note)}>{notePeriod(note)}: </span> : ""}
          <span lang={note.titleLang}>{note.title}</span>
          <NoteWordingMark note={note} locale={locale} />
          {note.quotedValue ? (
            <span className="muted" lang={note.original?.language ?? note.titleLang}>{` — ${note.quotedValue}`}</span>
          ) : null}
        </summary>
        {open ? (
          <>
            <p>
              <em>{t(`kinds.${note.kind}`)}.</em>{" "}
              {text ? <span lang={text.bodyLang}>{text.body}</span> : texts === null ? t("noteNotLoaded") : "…"}
              {note.quotedValue ? <span lang={note.original?.language ?? note.titleLang}> ({note.quotedValue})</span> : null}
            </p>
            {note.original && text && (
              <NoteOriginalWording
                original={{ language: note.original.language, title: note.original.title ?? text.originalTitle ?? "" }}
                body={text.originalBody}
                translatedBy={text.translatedBy}
              />
            )}
            {extra?.(note)}
            {text?.source && (
              <p className="muted small">
                <NoteSource source={text.source} />
              </p>
            )}
          </>
        ) : (
          <p className="muted small">
            <Link href={`${localePath(locale, "/notes")}#note-${note.ref}`}>{t("fullNote")}</Link>
          </p>
        )}
      </details>
    </li>
  );
}

/** Drawn notes: numbered by their stable reference; `extra(note)` adds panel-specific lines (e.g. the gap computed here). */
export function DrawnNotes(props: {
  panelId: string;
  notes: NoteInfo[];
  open: boolean;
  heading?: string;
  extra?: (n: NoteInfo) => ReactNode;
}) {
  const t = useTranslations("notes_panel");
  if (props.notes.length === 0) return null;
  return (
    <details className="panel-notes" open={props.open}>
      <summary>
        <h3>
          {props.heading ?? t("notesOnChart")} ({props.notes.length})
        </h3>
      </summary>
      <ol>
        {props.notes.map((n) => (
          <NoteItem key={n.ref} note={n} id={`${props.panelId}-note-${n.ref}`} extra={props.extra} />
        ))}
      </ol>
    </details>
  );
}

/** The notes of a panel whose notes are listed under an earlier panel: their references, linked to that list. */
export function NoteRefs({ notes, listedIn }: { notes: NoteInfo[]; listedIn: string }) {
  const t = useTranslations("notes_panel");
  if (notes.length === 0) return null;
  return (
    <p className="panel-note-refs muted small">
      {t("notesListed")}{" "}
      {notes.map((n, i) => (
        <span key={n.ref}>
          {i > 0 ? t("refSeparator") : ""}
          <a href={`#${listedIn}-note-${n.ref}`}>
            {n.ref}
            {notePeriod(n) ? <span lang={notePeriodLang(n)}> {notePeriod(n)}</span> : null}
          </a>
        </span>
      ))}
      .
    </p>
  );
}

export function ListedNotes({ notes, open }: { notes: NoteInfo[]; open: boolean }) {
  const t = useTranslations("notes_panel");
  if (notes.length === 0) return null;
  return (
    <details className="panel-caveats" open={open}>
      <summary>
        <h3>
          {t("caveatsHeading")} ({notes.length})
        </h3>
      </summary>
      <ul>
        {notes.map((n) => (
          <NoteItem key={n.ref} note={n} id={`note-list-${n.ref}`} />
        ))}
      </ul>
    </details>
  );
}
