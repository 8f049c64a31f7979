"use client";
// The notes of a panel under its chart: those drawn on the chart (each with its stable reference, the marker's
// target) and the caveats and methodology. A note's id is `${panelId}-note-${ref}`. Each note's text is built when the
// reader opens it (titles are in the page as sent; every text is also on /notes, linked from each note).
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { SourceLocation } from "@/components/sources/source-location";
import { NOTE_KIND_LABEL } from "@/lib/labels";
import { notePeriod } from "@/lib/notes/markers";
import type { NoteInfo } from "@/lib/panel/types";
import { useNoteTexts, type NoteText } from "./use-note-text";

function NoteSource({ source }: { source: NoteText["source"] }) {
  if (!source) return null;
  return (
    <>
      Source: {source.publisher}, {source.title} — <SourceLocation location={source.location} label="open" />
    </>
  );
}

/** One note: its reference, period and title; its text once opened. */
function NoteItem({ note, id, extra }: { note: NoteInfo; id: string; extra?: (n: NoteInfo) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const texts = useNoteTexts([note.ref], open);
  const text = texts?.get(note.ref);
  return (
    <li id={id}>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="note-number">{note.ref}</span> {[notePeriod(note), note.title].filter(Boolean).join(": ")}
          {note.quotedValue ? <span className="muted"> — {note.quotedValue}</span> : null}
        </summary>
        {open ? (
          <>
            <p>
              <em>{NOTE_KIND_LABEL[note.kind]}.</em> {text ? text.body : texts === null ? "(The note's text could not be loaded.)" : "…"}
              {note.quotedValue ? ` (${note.quotedValue})` : ""}
            </p>
            {extra?.(note)}
            {text?.source && (
              <p className="muted small">
                <NoteSource source={text.source} />
              </p>
            )}
          </>
        ) : (
          <p className="muted small">
            <Link href={`/notes#note-${note.ref}`}>The full note on the Notes page</Link>
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
  if (props.notes.length === 0) return null;
  return (
    <details className="panel-notes" open={props.open}>
      <summary>
        <h3>
          {props.heading ?? "Notes on the chart"} ({props.notes.length})
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
  if (notes.length === 0) return null;
  return (
    <p className="panel-note-refs muted small">
      Notes on this chart (listed under the first chart):{" "}
      {notes.map((n, i) => (
        <span key={n.ref}>
          {i > 0 ? "; " : ""}
          <a href={`#${listedIn}-note-${n.ref}`}>{[n.ref, notePeriod(n)].filter(Boolean).join(" ")}</a>
        </span>
      ))}
      .
    </p>
  );
}

export function ListedNotes({ notes, open }: { notes: NoteInfo[]; open: boolean }) {
  if (notes.length === 0) return null;
  return (
    <details className="panel-caveats" open={open}>
      <summary>
        <h3>Caveats and methodology ({notes.length})</h3>
      </summary>
      <ul>
        {notes.map((n) => (
          <NoteItem key={n.ref} note={n} id={`note-list-${n.ref}`} />
        ))}
      </ul>
    </details>
  );
}
