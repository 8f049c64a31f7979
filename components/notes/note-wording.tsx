// How a note's words are marked on a page: a translated title or text says so and keeps the original one click away;
// a note shown as written in another language than the page's says which. The words themselves are picked in
// lib/notes/text.ts; these only mark them. Server and client components both use them (messages: notes_panel).
import { useTranslations } from "next-intl";
import type { NoteInfo } from "@/lib/panel/types";

/** After a note's title: "translated" when the project's translation is shown, its language when shown as written elsewhere. */
export function NoteWordingMark({ note, locale }: { note: { original?: NoteInfo["original"] | null; titleLang: string }; locale: string }) {
  const t = useTranslations("notes_panel");
  if (note.original) return <span className="tag note-translated">{t("translated")}</span>;
  if (note.titleLang !== locale) return <span className="tag note-as-written">{t("asWritten", { language: note.titleLang })}</span>;
  return null;
}

/** The original wording of a translated note (title, and body when that is translated too), behind a disclosure. */
export function NoteOriginalWording({
  original,
  body,
  translatedBy,
}: {
  original: { language: string; title: string };
  body?: string | null;
  translatedBy?: string;
}) {
  const t = useTranslations("notes_panel");
  return (
    <details className="note-original">
      <summary>{t("original", { language: original.language })}</summary>
      <p lang={original.language}>
        <strong>{original.title}</strong>
        {body ? <> {body}</> : null}
      </p>
      {translatedBy && (
        <p className="muted small">
          {t("translatedBy")} <span lang="en">{translatedBy}</span>
        </p>
      )}
    </details>
  );
}
