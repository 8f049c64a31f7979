import type { Metadata } from "next";
import Link from "next/link";
import type { DatedPoint, DatedSeries } from "@/components/charts/dated-points-chart";
import { DatedPanel } from "@/components/panel/dated-panel";
import { SeriesPanel } from "@/components/panel/series-panel";
import { loadPanel } from "@/lib/pages/panel-source";
import { SourceLocation } from "@/components/sources/source-location";
import { formatAmount } from "@/lib/format";
import { sourceName } from "@/lib/labels";
import { sourceAnchor } from "@/lib/notes/links";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { pageShareCard } from "@/lib/pages/share-card";
import { seriesExportUrl } from "@/lib/panel/downloads";
import { toSourceInfo } from "@/lib/panel/load-series";
import { getNotesByKey } from "@/lib/notes/queries";
import { DEBT_CODES } from "@/lib/series/catalogue";
import { summariseDebt, type DatedFigure } from "@/lib/series/debt";
import { loadStatements } from "@/lib/series/load-statements";
import { dateValue } from "@/lib/series/periods";
import { toStatementRows } from "@/lib/series/statements";
import type { SourceRef } from "@/lib/series/types";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return pageShareCard("debt", await pageView("debt", params));
}

/** Figures drawn on the chart: levels in US dollars (shares and changes are in the table only). */
const CHART_SERIES: DatedSeries[] = [
  { code: "debt.KAZ.WLD.stock", label: "Total external debt, all creditors", color: "#6b7280" },
  { code: "debt.KAZ.CHN.stock", label: "Owed to China, all sectors", color: "#b91c1c", shape: "diamond" },
  { code: "debt.KAZ.CHN.stock_government_guaranteed", label: "Owed to China, government-guaranteed", color: "#ea580c", shape: "square" },
  { code: "debt.KAZ.CHN.stock_banks", label: "Owed to China by banks", color: "#9333ea", shape: "triangle" },
  { code: "debt.KAZ.CHN.stock_cny", label: "Owed to China in yuan", color: "#0891b2", shape: "square" },
];

const DETAIL_LABEL: Record<string, string> = {
  "debt.KAZ.CHN.stock_banks": "Banks",
  "debt.KAZ.CHN.stock_government_guaranteed": "Government-guaranteed",
  "debt.KAZ.CHN.stock_cny": "Denominated in yuan (CNY)",
};

export default async function DebtPage({ params }: { params: Promise<RouteParams> }) {
  const { citationYear, pin } = await pageView("debt", params);
  const [data, [thin], lending] = await Promise.all([
    loadStatements(DEBT_CODES, pin),
    getNotesByKey(["caveat:debt-by-creditor-thin"]),
    loadPanel("debt-lending", { from: null, to: null }, pin),
  ]);
  const summary = summariseDebt(data.observations);
  const sources = new Map(data.sources.map((s) => [s.key, s]));
  const rows = toStatementRows(data.observations, data.series, data.sources, (s) => s.title.replace(/^Kazakhstan: /, ""));
  const points: DatedPoint[] = rows
    .filter((r) => CHART_SERIES.some((s) => s.code === r.seriesCode))
    .map((r) => ({
      code: r.seriesCode,
      x: dateValue(r.date),
      y: Number(r.value),
      when: r.period,
      display: r.display,
      source: r.source,
      flags: r.flags,
    }));
  const title = "Kazakhstan's external debt: quoted figures by date (US dollars)";

  return (
    <>
      <h1>Kazakhstan&apos;s external debt to China</h1>
      {thin && (
        <div className="callout" role="note">
          <p>
            <strong>The data are thin.</strong> {thin.body}
          </p>
          {thin.source && (
            <p className="muted">
              Source: {thin.source.title} — <SourceLocation location={thin.source.location} label="open" />
            </p>
          )}
        </div>
      )}
      <p className="lede">
        What follows are the few figures that have been published: each is a quoted statement with its date, not a statistical series.
        Totals are shown for context.
      </p>

      <section aria-labelledby="debt-figures-title">
        <h2 id="debt-figures-title">The figures</h2>
        <div className="cards">
          {summary.china && (
            <article className="card">
              <h3>Owed to China</h3>
              <p className="card-sub">Latest quoted figure, {summary.china.when}</p>
              <p className="figure">{display(summary.china)}</p>
              <Attribution figure={summary.china} sources={sources} />
            </article>
          )}
          {summary.totalSameDate && (
            <article className="card">
              <h3>Total external debt, all creditors</h3>
              <p className="card-sub">Quoted for the same date, {summary.totalSameDate.when}</p>
              <p className="figure">{display(summary.totalSameDate)}</p>
              <Attribution figure={summary.totalSameDate} sources={sources} />
            </article>
          )}
          {summary.quotedShare && (
            <article className="card">
              <h3>China&apos;s share of external debt</h3>
              <p className="card-sub">As quoted, {summary.quotedShare.when}</p>
              <p className="figure">{display(summary.quotedShare, "percent")}</p>
              <Attribution figure={summary.quotedShare} sources={sources} />
              {summary.computedSharePct !== null && summary.china && (
                <p className="card-detail">
                  {summary.china.when}:{" "}
                  {summary.computedSharePct.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %, computed
                  here from the two quoted figures to the left (derived).
                </p>
              )}
            </article>
          )}
          {summary.detail.length > 0 && (
            <article className="card">
              <h3>Owed to China, by sector and currency</h3>
              <p className="card-sub">The only breakdown published, {summary.detail[0]!.when}</p>
              <dl className="card-figures">
                {summary.detail.map((d) => (
                  <div key={d.seriesCode}>
                    <dt>{DETAIL_LABEL[d.seriesCode] ?? d.seriesCode}</dt>
                    <dd>
                      <strong>{display(d)}</strong>
                    </dd>
                  </div>
                ))}
              </dl>
              <Attribution figure={summary.detail[0]!} sources={sources} />
            </article>
          )}
        </div>
      </section>

      <DatedPanel
        id="debt-dated"
        stateKey="debt"
        title={title}
        description={
          <p className="muted">
            Each marker is one quoted figure at the date it refers to; markers are not joined because the figures come from different
            statements. Use the log scale to see the small China figures beside the totals. Shares, changes and commitments are in the
            table.
          </p>
        }
        series={CHART_SERIES}
        points={points}
        rows={rows}
        tableCaption="Every quoted figure on Kazakhstan's external debt, by the date it refers to"
        sources={data.sources.map(toSourceInfo)}
        unit="USD"
        axisLabel="US dollars"
        downloads={{
          csv: seriesExportUrl({ codes: DEBT_CODES, format: "csv", all: true, allPeriods: true, v: pin.asOf }),
          json: seriesExportUrl({ codes: DEBT_CODES, format: "json", all: true, allPeriods: true, v: pin.asOf }),
        }}
        citation={`China–Kazakhstan Economic Monitor (${citationYear}). ${title}. Data: ${[...new Set(data.sources.map((s) => s.publisher))].join("; ")}.`}
      />
      <SeriesPanel
        {...lending.props("below")}
        citationYear={citationYear}
        description={
          <div className="callout" role="note">
            <p>
              <strong>Commitments, not debt.</strong> What Chinese state lenders and donors agreed to provide in each year, as AidData
              recorded it (Global Chinese Development Finance Dataset 3.0, projects recommended for aggregates, summed by commitment year
              and flow class; constant 2021 US dollars). Not the debt Kazakhstan owes (a stock, above), not disbursements, not repayments: a
              commitment may be drawn over many years, or never.
            </p>
          </div>
        }
      />
      <p>
        See also the <Link href="/notes?kind=caveat">caveats</Link> and every <Link href="/sources">source</Link>.
      </p>
    </>
  );
}

function display(f: DatedFigure, unit = "USD"): string {
  return `${f.qualifier ? `${f.qualifier} ` : ""}${formatAmount(Number(f.value), unit)}`;
}

function Attribution({ figure, sources }: { figure: DatedFigure; sources: Map<string, SourceRef> }) {
  const s = sources.get(figure.sourceKey);
  if (!s) return null;
  return (
    <p className="card-source">
      {figure.statement ? "Quoted statement: " : "Source: "}
      <Link href={`/sources#${sourceAnchor(s.key)}`}>{sourceName(s)}</Link>
    </p>
  );
}
