import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotesBrowser, type BrowsedNote } from "@/components/notes/notes-browser";
import { getNotes } from "@/lib/notes/queries";
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
  const notes: BrowsedNote[] = rows.map((n) => {
    const { originalBody: _body, translatedBy: _by, ...detail } = toNoteDetail(n);
    return { ...detail, domains: n.domains, sourceKey: n.source?.key ?? null };
  });
  const years = rows.flatMap((n) => [n.yearFrom, n.yearTo]).filter((y): y is number => y !== null);
  const extent: [number, number] = [Math.min(...years), Math.max(...years)];
  return (
    <PageMessages locale={locale} namespaces={["notesBrowser", "notes_panel"]}>
      <h1>{t("h1")}</h1>
      <p className="lede">{t("lede")}</p>
      <NotesBrowser notes={notes} extent={extent} />
    </PageMessages>
  );
}
