"use client";
// A note's full text in the browser: charts carry only their notes' titles (the page stays small); the texts of every
// note come from /api/notes the first time a reader opens or points at one, once per visit.
import { useEffect, useState } from "react";
import type { NoteDetail } from "@/lib/panel/types";

export type NoteText = Pick<NoteDetail, "body" | "source">;

let all: Promise<Map<string, NoteText>> | null = null;

function loadNoteTexts(): Promise<Map<string, NoteText>> {
  all ??= fetch("/api/notes")
    .then((r) => (r.ok ? (r.json() as Promise<{ notes: NoteDetail[] }>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((d) => new Map(d.notes.map((n) => [n.ref, { body: n.body, source: n.source }])));
  all.catch(() => {
    all = null;
  });
  return all;
}

/** The texts of these notes once `wanted`; undefined while loading (or not wanted yet), null if they could not be loaded. */
export function useNoteTexts(refs: readonly string[], wanted: boolean): Map<string, NoteText> | null | undefined {
  const [texts, setTexts] = useState<Map<string, NoteText> | null | undefined>(undefined);
  const key = refs.join(",");
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    loadNoteTexts().then(
      (m) => !cancelled && setTexts(m),
      () => !cancelled && setTexts(null),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, key]);
  return texts;
}
