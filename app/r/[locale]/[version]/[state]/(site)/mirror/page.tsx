import "@/components/mirror/mirror.css";
import type { Metadata } from "next";
import { Methodology } from "@/components/mirror/methodology";
import { MirrorWorkbench } from "@/components/mirror/mirror-workbench";
import { loadMirrorPage } from "@/lib/mirror/load-page";
import { loadMethodologyNotes } from "@/lib/mirror/queries";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { pageShareCard } from "@/lib/pages/share-card";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return pageShareCard("mirror", await pageView("mirror", params));
}

export default async function MirrorPage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear, pin } = await pageView("mirror", params);
  const [payload, methodology] = await Promise.all([loadMirrorPage(state, pin.asOf), loadMethodologyNotes()]);
  if (!payload) {
    return (
      <>
        <h1>Mirror statistics</h1>
        <p className="error-box">
          No pair of economies has both an exporter&apos;s and an importer&apos;s trade series yet. Import a file with both sides (e.g. UN
          Comtrade for each reporter) to compare them here.
        </p>
      </>
    );
  }
  const first = payload.forward.exporterName;
  const second = payload.forward.importerName;
  return (
    <>
      <h1>
        Mirror statistics: what {first}&apos;s and {second}&apos;s customs each report
      </h1>
      <p className="lede">
        Every shipment between two countries is counted twice: once by the exporter&apos;s customs (valued FOB, at its border) and once by
        the importer&apos;s (valued CIF, including freight and insurance). The two figures should differ by roughly the cost of freight;
        anything beyond that is the &ldquo;mirror gap&rdquo;. Below, both figures year by year from every source held, the part of the
        difference CIF/FOB valuation could explain, and the source of every number.
      </p>
      <MirrorWorkbench payload={payload} citationYear={citationYear} />
      <Methodology notes={methodology} />
    </>
  );
}
