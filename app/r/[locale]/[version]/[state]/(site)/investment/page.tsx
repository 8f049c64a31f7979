import type { Metadata } from "next";
import { YearRangeControls } from "@/components/controls/view-controls";
import { SeriesPanel } from "@/components/panel/series-panel";
import { SourceLocation } from "@/components/sources/source-location";
import { StatementsTable } from "@/components/tables/statements-table";
import { getNotesByKey } from "@/lib/notes/queries";
import { FDI_STATEMENT_CODES } from "@/lib/series/catalogue";
import { loadStatements } from "@/lib/series/load-statements";
import { loadPanel } from "@/lib/pages/panel-source";
import { seriesExportUrl } from "@/lib/panel/downloads";
import { dataExtent } from "@/lib/panel/series-view";
import { toStatementRows } from "@/lib/series/statements";
import { pageView, type RouteParams } from "@/lib/pages/params";

export const metadata: Metadata = { title: "Investment" };

export default async function InvestmentPage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear } = await pageView("investment", params);
  const [flows, usd, stock, share, statements, [netVsGross]] = await Promise.all([
    loadPanel("fdi-flows", state),
    loadPanel("fdi-flows-usd", state),
    loadPanel("fdi-stock", state),
    loadPanel("fdi-share", state),
    loadStatements(FDI_STATEMENT_CODES),
    getNotesByKey(["caveat:fdi-net-vs-gross"]),
  ]);
  const extent = dataExtent(stock.payload);
  const rows = toStatementRows(statements.observations, statements.series, statements.sources, (s) => s.title.replace(/^Kazakhstan: /, ""));

  return (
    <>
      <h1>Chinese direct investment in Kazakhstan</h1>
      <p className="lede">
        Two kinds of figure circulate, and they measure different things: the National Bank of Kazakhstan&apos;s <strong>net</strong> FDI
        statistics by partner country (in euro, via wiiw), and the <strong>gross</strong> and cumulative inflows that officials quote in US
        dollars. They are shown apart and never added together.
      </p>
      {extent && <YearRangeControls label="Years shown in the charts" extent={extent} constantDollars />}
      <SeriesPanel
        {...flows.props("first-screen")}
        citationYear={citationYear}
        description={
          <p className="muted">
            Net flows: new investment minus disinvestment and repaid intra-company loans, so a year can be negative. From 2013 the
            directional principle of BPM6 applies (note on the chart).
          </p>
        }
      />
      <SeriesPanel
        {...usd.props("below")}
        citationYear={citationYear}
        description={
          <p className="muted">
            The same net flows in US dollars, each year&apos;s euro value divided by the Federal Reserve&apos;s annual average euro rate
            (EUR per USD) — for comparison with the dollar figures officials quote. Converting the currency does not make net flows gross:
            they still cannot be set against the quoted inflows below.
          </p>
        }
      />
      <SeriesPanel {...stock.props("below")} citationYear={citationYear} />
      <SeriesPanel
        {...share.props("below")}
        citationYear={citationYear}
        description={
          <p className="muted">
            A negative share: net disinvestment by Chinese investors in a year when the total from all countries was positive.
          </p>
        }
      />

      <section className="panel panel-separate" aria-labelledby="fdi-statements-title" id="fdi-statements">
        <h2 id="fdi-statements-title">A different measure: gross and cumulative inflows quoted by officials (US dollars)</h2>
        {netVsGross && (
          <div className="callout" role="note">
            <p>
              <strong>{netVsGross.title}.</strong> {netVsGross.body}
            </p>
            {netVsGross.source && (
              <p className="muted">
                Source: {netVsGross.source.title} — <SourceLocation location={netVsGross.source.location} label="open" />
              </p>
            )}
          </div>
        )}
        <p>
          These are statements by officials and news reports, each with the period it covers. Cumulative figures start in different years
          (1992, 2005, 2008…) and mix investment with loans and construction contracts, so they cannot be compared with one another or with
          the NBK series above. They are listed, not drawn as a line.
        </p>
        <StatementsTable rows={rows} caption="Quoted investment figures, by the date their period ends" />
        <div className="downloads" role="group" aria-label="Downloads: quoted investment figures">
          <a href={seriesExportUrl({ codes: FDI_STATEMENT_CODES, allPeriods: true, all: true, format: "csv" })} download>
            Download CSV (these statements)
          </a>
          <a href={seriesExportUrl({ codes: FDI_STATEMENT_CODES, allPeriods: true, all: true, format: "json" })} download>
            JSON
          </a>
        </div>
      </section>
    </>
  );
}
