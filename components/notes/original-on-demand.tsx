"use client";
// The original wording of a translated note in a client list: its title is in the page; its text comes from
// /api/notes when the reader opens it (the page does not carry every note's text twice).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useNoteTexts } from "@/components/panel/use-note-text";
import type { NoteInfo } from "@/lib/panel/types";

export function OriginalOnDemand({ note }: { note: Pick<NoteInfo, "ref"> & { original: { language: string; title: string } } }) {
  const t = useTranslations("notes_panel");
  const [open, setOpen] = useState(false);
  const texts = useNoteTexts([note.ref], open);
  const text = texts?.get(note.ref);
  return (
    <details className="note-original" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("original", { language: note.original.language })}</summary>
      <p lang={note.original.language}>
        <strong>{note.original.title}</strong> {text ? text.originalBody : texts === null ? t("noteNotLoaded") : open ? "…" : null}
      </p>
      {text?.translatedBy && (
        <p className="muted small">
          {t("translatedBy")} <span lang="en">{text.translatedBy}</span>
        </p>
      )}
    </details>
  );
}
