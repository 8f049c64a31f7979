import type { Metadata } from "next";
import Link from "next/link";
import { ChapterBarChart, type ChapterBar } from "@/components/charts/chapter-bar-chart";
import { YearRangeControls } from "@/components/controls/view-controls";
import { YearSelect } from "@/components/controls/year-select";
import { SeriesPanel } from "@/components/panels/series-panel";
import { SourceList } from "@/components/sources/source-list";
import { ChaptersTable, type ChapterTableRow } from "@/components/tables/chapters-table";
import { BALANCE_LINES, TRADE_SHARE_LINES, TRADE_TOTAL_LINES, TURNOVER_LINES } from "@/lib/series/catalogue";
import { formatCompact } from "@/lib/series/chart-data";
import { sumDecimals } from "@/lib/series/derived";
import { loadPanel } from "@/lib/series/panel";
import { getChapterBreakdown, listChapterYears, type ChapterBreakdown, type ChapterFlowKey } from "@/lib/series/products";
import { normaliseRange } from "@/lib/url-state";
import { pageView, type RouteParams } from "@/lib/pages/params";

export const metadata: Metadata = { title: "Trade" };

const TOP_CHAPTERS = 10;

export default async function TradePage({ params }: { params: Promise<RouteParams> }) {
  const { state } = await pageView("trade", params);
  const range = normaliseRange(state);
  const askedYear = state.year;
  const chapterYears = await listChapterYears();
  const year = askedYear !== null && chapterYears.includes(askedYear) ? askedYear : chapterYears.at(-1);
  const panel = (codes: string[]) => loadPanel({ codes, from: range.from, to: range.to, noteDomain: "trade" });
  const [flows, turnover, balance, share, chapters] = await Promise.all([
    panel(TRADE_TOTAL_LINES.map((l) => l.code)),
    panel(TURNOVER_LINES.map((l) => l.code)),
    panel(BALANCE_LINES.map((l) => l.code)),
    panel(TRADE_SHARE_LINES.map((l) => l.code)),
    year === undefined ? Promise.resolve(null) : getChapterBreakdown(year, chapterYears),
  ]);
  const shareHasData = share.series.length > 0 && share.observations.length > 0;

  return (
    <>
      <h1>Trade between China and Kazakhstan</h1>
      <p className="lede">
        Exports, imports, turnover and balance as each side&apos;s customs report them, and what is traded, by HS chapter. Where the two
        sides disagree, both figures are shown; the gap itself is on the <Link href="/mirror">mirror statistics</Link> page.
      </p>
      <YearRangeControls label="Years shown in the charts" />
      <SeriesPanel
        id="trade-flows"
        stateKey="flows"
        title="Exports and imports, as each side reports them (US dollars)"
        description={
          <p className="muted">
            Solid lines: the exporter&apos;s figure (FOB). Dashed: the importer&apos;s figure for the same flow (CIF).
          </p>
        }
        data={flows}
        lines={TRADE_TOTAL_LINES}
      />
      <SeriesPanel
        id="trade-turnover"
        stateKey="turnover"
        title="Trade turnover (exports + imports), as each side reports it (US dollars)"
        description={
          <p className="muted">
            Lines: computed here as exports + imports from each side&apos;s headline values of the same year (flagged <em>derived</em>; a
            year is marked when a component is flagged or comes from a quoted statement). Squares: turnover as quoted in official
            statements, for comparison.
          </p>
        }
        data={turnover}
        lines={TURNOVER_LINES}
        notesOpen={false}
      />
      <SeriesPanel
        id="trade-balance"
        stateKey="balance"
        title="Trade balance (exports − imports), as each side reports it (US dollars)"
        description={
          <p className="muted">
            Each side&apos;s own exports minus its own imports (derived). A positive red line is China&apos;s surplus with Kazakhstan in
            China&apos;s figures, i.e. Kazakhstan&apos;s deficit by China&apos;s count; the blue line is Kazakhstan&apos;s balance by its
            own count. If both customs recorded the same goods, the two lines would mirror each other around zero.
          </p>
        }
        data={balance}
        lines={BALANCE_LINES}
        notesOpen={false}
        allowLog={false}
        allowPct={false}
      />
      {shareHasData ? (
        <SeriesPanel
          id="trade-share"
          stateKey="share"
          title="China's share of Kazakhstan's trade (percent)"
          data={share}
          lines={TRADE_SHARE_LINES}
          allowLog={false}
          allowPct={false}
          axisLabel="Percent of Kazakhstan's total"
        />
      ) : (
        <section className="panel" aria-labelledby="trade-share-title">
          <h2 id="trade-share-title">China&apos;s share of Kazakhstan&apos;s trade</h2>
          <p className="muted">
            Not in the database yet: China&apos;s share of Kazakhstan&apos;s exports and imports (series <code>trade.KAZ.CHN.X.share</code>,{" "}
            <code>trade.KAZ.CHN.M.share</code>) arrives with the WITS workbook importer. This chart appears as soon as they are imported.
          </p>
        </section>
      )}
      {chapters && <ChapterSection data={chapters} />}
    </>
  );
}

function bars(data: ChapterBreakdown, primary: ChapterFlowKey, mirror: ChapterFlowKey): ChapterBar[] {
  return data.rows
    .filter((r) => r.cells[primary])
    .sort((a, b) => Number(b.cells[primary]!.value) - Number(a.cells[primary]!.value))
    .slice(0, TOP_CHAPTERS)
    .map((r) => ({
      chapter: r.chapter,
      name: r.name,
      primary: Number(r.cells[primary]!.value),
      primaryFlags: r.cells[primary]!.flags,
      mirror: r.cells[mirror] ? Number(r.cells[mirror]!.value) : null,
      mirrorFlags: r.cells[mirror]?.flags ?? [],
    }));
}

function coverage(data: ChapterBreakdown, key: ChapterFlowKey): { sum: string; total: string | undefined } {
  const values = data.rows.flatMap((r) => (r.cells[key] ? [{ value: r.cells[key]!.value, sign: 1 as const }] : []));
  return { sum: sumDecimals(values), total: data.totals[key] };
}

function CoverageLine({ data, flow, label }: { data: ChapterBreakdown; flow: ChapterFlowKey; label: string }) {
  const { sum, total } = coverage(data, flow);
  const n = data.chapterCount[flow];
  if (n === 0)
    return (
      <li>
        {label}: no chapter detail for {data.year}.
      </li>
    );
  return (
    <li>
      {label}: {n} chapters summing to {formatCompact(Number(sum), "USD")}
      {total && (
        <>
          {" "}
          ({((Number(sum) / Number(total)) * 100).toLocaleString("en-US", { maximumFractionDigits: 1 })} % of the headline total of{" "}
          {formatCompact(Number(total), "USD")})
        </>
      )}
      .
    </li>
  );
}

function ChapterSection({ data }: { data: ChapterBreakdown }) {
  const chinaChapters = data.rows.filter((r) => r.cells.chnX || r.cells.chnM).map((r) => r.chapter);
  const incomplete = data.rows.some((r) => Object.values(r.cells).some((c) => c?.flags.includes("incomplete")));
  const tableRows: ChapterTableRow[] = data.rows.map((r) => ({
    chapter: r.chapter,
    name: r.name,
    kazX: r.cells.kazX?.value ?? null,
    chnM: r.cells.chnM?.value ?? null,
    kazM: r.cells.kazM?.value ?? null,
    chnX: r.cells.chnX?.value ?? null,
    flags: [...new Set(Object.values(r.cells).flatMap((c) => c?.flags ?? []))].join(", "),
  }));
  return (
    <section className="panel" aria-labelledby="trade-products-title" id="trade-products">
      <h2 id="trade-products-title">What is traded: HS chapters, {data.year}</h2>
      <YearSelect years={data.years} value={data.year} label="Year" />
      <div className="callout callout-info">
        <p>
          <strong>China&apos;s chapter detail covers only {chinaChapters.length} chapters</strong> in this data (
          {chinaChapters.map((c) => `HS ${c}`).join(", ")}: ores, chemicals and metals). For every other chapter only Kazakhstan&apos;s
          figure is available. Kazakhstan&apos;s chapters are summed from WITS HS4 rows (derived) unless UN Comtrade gives the chapter.
        </p>
        <ul>
          <CoverageLine data={data} flow="kazX" label="Kazakhstan's exports to China" />
          <CoverageLine data={data} flow="kazM" label="Kazakhstan's imports from China" />
        </ul>
        {incomplete && (
          <p className="flag">
            Kazakhstan&apos;s partner detail for {data.year} is incomplete: its chapter values (hatched bars) are not the full flows.
          </p>
        )}
      </div>
      <div className="chart-grid">
        <div>
          <h3>Kazakhstan&apos;s exports to China: top {TOP_CHAPTERS} chapters</h3>
          <ChapterBarChart
            id="chapters-exports"
            title={`Kazakhstan's exports to China by HS chapter, ${data.year}, top ${TOP_CHAPTERS}, with China's figure where China reports the chapter`}
            bars={bars(data, "kazX", "chnM")}
            primaryLabel="Kazakhstan reports (exports)"
            mirrorLabel="China reports (imports)"
            primaryColor="#1d4ed8"
            mirrorColor="#93c5fd"
          />
        </div>
        <div>
          <h3>Kazakhstan&apos;s imports from China: top {TOP_CHAPTERS} chapters</h3>
          <ChapterBarChart
            id="chapters-imports"
            title={`Kazakhstan's imports from China by HS chapter, ${data.year}, top ${TOP_CHAPTERS}, with China's figure where China reports the chapter`}
            bars={bars(data, "kazM", "chnX")}
            primaryLabel="Kazakhstan reports (imports)"
            mirrorLabel="China reports (exports)"
            primaryColor="#dc2626"
            mirrorColor="#fca5a5"
          />
        </div>
      </div>
      <ChaptersTable rows={tableRows} caption={`Trade by HS chapter, ${data.year}, US dollars (headline value per chapter; – no value)`} />
      <details className="sources-details">
        <summary>Sources of the chapter figures</summary>
        <SourceList sources={data.sources} />
      </details>
      <div className="downloads" role="group" aria-label="Downloads: trade by HS chapter">
        <a href={`/api/export?group=hs-chapters&from=${data.year}&to=${data.year}&format=csv`} download>
          Download CSV (this year, all chapters)
        </a>
        <a href={`/api/export?group=hs-chapters&format=csv&all=1`} download>
          Download full series (all years, all sources)
        </a>
      </div>
    </section>
  );
}
