"use client";
// A note's full text in the browser: charts carry only their notes' titles (the page stays small); the texts of every
// note come from /api/notes (worded for the page's locale) the first time a reader opens or points at one, once per visit.
import { useLocale } from "next-intl";
import { useEffect, useState } from "react";
import type { NoteDetail } from "@/lib/panel/types";

export type NoteText = Pick<NoteDetail, "body" | "bodyLang" | "originalBody" | "translatedBy" | "source"> & {
  /** The title as written, when the page shows a translation (panels do not carry it). */
  originalTitle?: string;
};

const loaded = new Map<string, Promise<Map<string, NoteText>>>();

function loadNoteTexts(locale: string): Promise<Map<string, NoteText>> {
  let all = loaded.get(locale);
  if (all) return all;
  all = fetch(locale === "en" ? "/api/notes" : `/api/notes?locale=${encodeURIComponent(locale)}`)
    .then((r) => (r.ok ? (r.json() as Promise<{ notes: NoteDetail[] }>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then(
      (d) =>
        new Map(
          d.notes.map(({ ref, body, bodyLang, originalBody, translatedBy, source, original }) => [
            ref,
            { body, bodyLang, originalBody, translatedBy, source, originalTitle: original?.title },
          ]),
        ),
    );
  all.catch(() => loaded.delete(locale));
  loaded.set(locale, all);
  return all;
}

/** The texts of these notes once `wanted`; undefined while loading (or not wanted yet), null if they could not be loaded. */
export function useNoteTexts(refs: readonly string[], wanted: boolean): Map<string, NoteText> | null | undefined {
  const locale = useLocale();
  const [texts, setTexts] = useState<Map<string, NoteText> | null | undefined>(undefined);
  const key = refs.join(",");
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    loadNoteTexts(locale).then(
      (m) => !cancelled && setTexts(m),
      () => !cancelled && setTexts(null),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, key, locale]);
  return texts;
}
