import type { Metadata } from "next";
import Link from "next/link";
import { TradeChapters } from "@/components/chapters/trade-chapters";
import { YearRangeControls } from "@/components/controls/view-controls";
import { SeriesPanel } from "@/components/panel/series-panel";
import { loadChapterYear } from "@/lib/mirror/queries";
import { listYearsWithData } from "@/lib/series/queries";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { loadSeriesPanel } from "@/lib/panel/load-series";
import { dataExtent } from "@/lib/panel/series-view";
import { BALANCE_LINES, TRADE_SHARE_LINES, TRADE_TOTAL_LINES, TURNOVER_LINES } from "@/lib/series/catalogue";

export const metadata: Metadata = { title: "Trade" };

export default async function TradePage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear } = await pageView("trade", params);
  const [flows, turnover, balance, share, years] = await Promise.all([
    loadSeriesPanel({
      id: "trade-flows",
      stateKey: "flows",
      title: "Exports and imports, as each side reports them (US dollars)",
      lines: TRADE_TOTAL_LINES,
      noteDomain: "trade",
    }),
    loadSeriesPanel({
      id: "trade-turnover",
      stateKey: "turnover",
      title: "Trade turnover (exports + imports), as each side reports it (US dollars)",
      lines: TURNOVER_LINES,
      noteDomain: "trade",
      notesListedIn: "trade-flows",
    }),
    loadSeriesPanel({
      id: "trade-balance",
      stateKey: "balance",
      title: "Trade balance (exports − imports), as each side reports it (US dollars)",
      lines: BALANCE_LINES,
      noteDomain: "trade",
      notesListedIn: "trade-flows",
      allowLog: false,
      allowPct: false,
    }),
    loadSeriesPanel({
      id: "trade-share",
      stateKey: "share",
      title: "China's share of Kazakhstan's trade (percent)",
      lines: TRADE_SHARE_LINES,
      noteDomain: "trade",
      notesListedIn: "trade-flows",
      allowLog: false,
      allowPct: false,
      axisLabel: "Percent of Kazakhstan's total",
    }),
    listYearsWithData({ productLevel: 2 }),
  ]);
  const year = state.year !== null && years.includes(state.year) ? state.year : years.at(-1);
  const chapters = year === undefined ? null : await loadChapterYear("CHN", "KAZ", year);
  const extent = dataExtent(flows);
  const shareHasData = Object.values(share.points).some((p) => p.length > 0);

  return (
    <>
      <h1>Trade between China and Kazakhstan</h1>
      <p className="lede">
        Exports, imports, turnover and balance as each side&apos;s customs report them, and what is traded, by HS chapter. Where the two
        sides disagree, both figures are shown; the gap itself is on the <Link href="/mirror">mirror statistics</Link> page.
      </p>
      {extent && <YearRangeControls label="Years shown in the charts" extent={extent} />}
      <SeriesPanel
        payload={flows}
        citationYear={citationYear}
        description={
          <p className="muted">
            Solid lines: the exporter&apos;s figure (FOB). Dashed: the importer&apos;s figure for the same flow (CIF).
          </p>
        }
      />
      <SeriesPanel
        payload={turnover}
        citationYear={citationYear}
        description={
          <p className="muted">
            Lines: computed here as exports + imports from each side&apos;s headline values of the same year (flagged <em>derived</em>; a
            year is marked when a component is flagged or comes from a quoted statement). Squares: turnover as quoted in official
            statements, for comparison.
          </p>
        }
      />
      <SeriesPanel
        payload={balance}
        citationYear={citationYear}
        description={
          <p className="muted">
            Each side&apos;s own exports minus its own imports (derived). A positive red line is China&apos;s surplus with Kazakhstan in
            China&apos;s figures, i.e. Kazakhstan&apos;s deficit by China&apos;s count; the blue line is Kazakhstan&apos;s balance by its
            own count. If both customs recorded the same goods, the two lines would mirror each other around zero.
          </p>
        }
      />
      {shareHasData && <SeriesPanel payload={share} citationYear={citationYear} />}
      {chapters && <TradeChapters initial={chapters} years={years} />}
    </>
  );
}
