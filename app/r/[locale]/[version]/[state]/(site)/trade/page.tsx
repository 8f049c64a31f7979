import type { Metadata } from "next";
import Link from "next/link";
import { TradeChapters } from "@/components/chapters/trade-chapters";
import { YearRangeControls } from "@/components/controls/view-controls";
import { SeriesPanel } from "@/components/panel/series-panel";
import { coverageLine, tradeChapterView } from "@/lib/chapters/trade-view";
import { loadChapterYear } from "@/lib/mirror/queries";
import { hasData, loadPanel } from "@/lib/pages/panel-source";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { pageShareCard } from "@/lib/pages/share-card";
import { dataExtent } from "@/lib/panel/series-view";
import { listYearsWithData } from "@/lib/series/queries";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return pageShareCard("trade", await pageView("trade", params));
}

export default async function TradePage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear, pin } = await pageView("trade", params);
  const [flows, turnover, balance, share, years] = await Promise.all([
    loadPanel("trade-flows", state, pin),
    loadPanel("trade-turnover", state, pin),
    loadPanel("trade-balance", state, pin),
    loadPanel("trade-share", state, pin),
    listYearsWithData({ productLevel: 2 }),
  ]);
  const year = state.year !== null && years.includes(state.year) ? state.year : years.at(-1);
  // The chapters load in the browser when the reader gets near them; the page carries their coverage in words.
  const chapters = year === undefined ? null : tradeChapterView(await loadChapterYear("CHN", "KAZ", year, pin.asOf));
  const extent = dataExtent(flows.payload);

  return (
    <>
      <h1>Trade between China and Kazakhstan</h1>
      <p className="lede">
        Exports, imports, turnover and balance as each side&apos;s customs report them, and what is traded, by HS chapter. Where the two
        sides disagree, both figures are shown; the gap itself is on the <Link href="/mirror">mirror statistics</Link> page.
      </p>
      {extent && <YearRangeControls label="Years shown in the charts" extent={extent} constantDollars />}
      <SeriesPanel
        {...flows.props("first-screen")}
        citationYear={citationYear}
        description={
          <p className="muted">
            Solid lines: the exporter&apos;s figure (FOB). Dashed: the importer&apos;s figure for the same flow (CIF).
          </p>
        }
      />
      <SeriesPanel
        {...turnover.props("below")}
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
        {...balance.props("below")}
        citationYear={citationYear}
        description={
          <p className="muted">
            Each side&apos;s own exports minus its own imports (derived). A positive red line is China&apos;s surplus with Kazakhstan in
            China&apos;s figures, i.e. Kazakhstan&apos;s deficit by China&apos;s count; the blue line is Kazakhstan&apos;s balance by its
            own count. If both customs recorded the same goods, the two lines would mirror each other around zero.
          </p>
        }
      />
      {hasData(share.payload) && <SeriesPanel {...share.props("below")} citationYear={citationYear} />}
      {chapters && (
        <TradeChapters
          pair={{ exporter: "CHN", importer: "KAZ" }}
          years={years}
          summary={{ year: chapters.year, lines: [coverageLine(chapters, "reverseX"), coverageLine(chapters, "forwardM")] }}
        />
      )}
    </>
  );
}
