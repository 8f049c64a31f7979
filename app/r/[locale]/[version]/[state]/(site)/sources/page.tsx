import type { Metadata } from "next";
import { SourceDirectory } from "@/components/sources/source-directory";
import { listAllSources } from "@/lib/series/queries";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { pageShareCard } from "@/lib/pages/share-card";
import { directoryGroups } from "@/lib/sources/directory";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return pageShareCard("sources", await pageView("sources", params));
}

export default async function SourcesPage() {
  const sources = await listAllSources();
  const observations = sources.reduce((n, s) => n + s.observationCount, 0);
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every source a figure or note on this site was read from: {sources.length} sources behind {observations.toLocaleString("en-US")}{" "}
        values. When several sources give a value for the same year, the rank decides which one the charts show by default (lower first);
        every other value stays in the downloads.
      </p>
      <SourceDirectory groups={directoryGroups(sources)} />
    </>
  );
}
