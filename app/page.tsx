import { connection } from "next/server";
import { SeriesPanel } from "@/components/panels/series-panel";
import { TRADE_TOTAL_LINES } from "@/lib/series/catalogue";
import { loadPanel } from "@/lib/series/panel";
import { loadView, normaliseRange, type ViewState } from "@/lib/url-state";


export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const view: ViewState = normaliseRange(await loadView(searchParams));
  const data = await loadPanel({ codes: TRADE_TOTAL_LINES.map((l) => l.code), from: view.from, to: view.to, noteDomain: "trade" });
  return (
    <>
      <h1>China–Kazakhstan trade, as each side reports it</h1>
      <p className="lede">
        Chinese customs have for decades recorded far more exports to Kazakhstan than Kazakhstan records as imports from China. Both sides&apos; figures are shown here, from every source we hold, with the source of
        every point.
      </p>
      <SeriesPanel
        id="trade-totals"
        title="Goods trade between China and Kazakhstan, both directions, as each side reports it (US dollars)"
        description={<p className="muted">Solid lines: the exporter&apos;s figure (FOB). Dashed: the importer&apos;s figure for the same flow (CIF).</p>}
        data={data}
        view={view}
        lines={TRADE_TOTAL_LINES}
      />
    </>
  );
}
