import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotesBrowser } from "@/components/notes/notes-browser";
import { getNotes } from "@/lib/notes/queries";
import { packNotes, type BrowsedNote } from "@/lib/notes/wire";
import { PageMessages } from "@/components/site/page-messages";
import { localizedShareCard } from "@/lib/i18n/metadata";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { toNoteDetail } from "@/lib/panel/load-series";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return localizedShareCard("notes", await pageView("notes", params));
}

export default async function NotesPage({ params }: { params: Promise<RouteParams> }) {
  const { locale } = await pageView("notes", params);
  const t = await getTranslations({ locale, namespace: "notes" });
  const rows = await getNotes({ locale });
  // Packed (lib/notes/wire.ts): each note a tuple, each source written once.
  const notes: BrowsedNote[] = rows.map((n) => {
    const { originalBody: _body, translatedBy: _by, source, ...detail } = toNoteDetail(n);
    const key = n.source?.key;
    return { ...detail, source: key && source ? { key, ...source } : null, domains: n.domains };
  });
  const years = rows.flatMap((n) => [n.yearFrom, n.yearTo]).filter((y): y is number => y !== null);
  const extent: [number, number] = [Math.min(...years), Math.max(...years)];
  return (
    <PageMessages locale={locale} namespaces={["notesBrowser", "notes_panel"]}>
      <h1>{t("h1")}</h1>
      <p className="lede">{t("lede")}</p>
      <NotesBrowser notes={packNotes(notes)} extent={extent} />
    </PageMessages>
  );
}
