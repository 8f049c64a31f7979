import type { Metadata } from "next";
import { NotesBrowser, type BrowsedNote } from "@/components/notes/notes-browser";
import { getNotes } from "@/lib/notes/queries";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { pageShareCard } from "@/lib/pages/share-card";
import { toNoteDetail } from "@/lib/panel/load-series";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return pageShareCard("notes", await pageView("notes", params));
}

export default async function NotesPage({ params }: { params: Promise<RouteParams> }) {
  await pageView("notes", params);
  const rows = await getNotes();
  const notes: BrowsedNote[] = rows.map((n) => ({ ...toNoteDetail(n), domains: n.domains, sourceKey: n.source?.key ?? null }));
  const years = rows.flatMap((n) => [n.yearFrom, n.yearTo]).filter((y): y is number => y !== null);
  const extent: [number, number] = [Math.min(...years), Math.max(...years)];
  return (
    <>
      <h1>Notes: events, statements on the discrepancy, methodology and caveats</h1>
      <p className="lede">
        Everything the charts mark or warn about, with its source. Notes without a year apply to every year. Each note keeps its reference
        (N12) for good: cite it with the page&apos;s address and the reference.
      </p>
      <NotesBrowser notes={notes} extent={extent} />
    </>
  );
}
