import type { Metadata } from "next";
import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { YearRangeControls } from "@/components/controls/view-controls";
import { SeriesPanel } from "@/components/panel/series-panel";
import { formatAmount } from "@/lib/format";
import { sourceName } from "@/lib/labels";
import { sourceAnchor } from "@/lib/notes/links";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { pageShareCard } from "@/lib/pages/share-card";
import { loadPanel } from "@/lib/pages/panel-source";
import { dataExtent } from "@/lib/panel/series-view";
import { getOverview, type HeadlineFigure } from "@/lib/series/overview";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return pageShareCard("overview", await pageView("overview", params));
}

export default async function OverviewPage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear, pin } = await pageView("overview", params);
  const [overview, totals] = await Promise.all([getOverview(pin), loadPanel("trade-totals", state, pin)]);
  const extent = dataExtent(totals.payload);
  const { turnover, mirror, fdi, debt } = overview;
  return (
    <>
      <h1>China–Kazakhstan trade, investment and debt, as each side reports them</h1>
      <p className="lede">
        Chinese customs have for decades recorded far more exports to Kazakhstan than Kazakhstan records as imports from China. Both
        sides&apos; figures are shown here, from every source we hold, with the source of every point.
      </p>

      <section aria-labelledby="headlines-title">
        <h2 id="headlines-title" className="visually-hidden">
          Latest figures
        </h2>
        <div className="cards">
          {turnover && (
            <article className="card" aria-labelledby="card-trade">
              <h3 id="card-trade">
                <Link href="/trade">Trade turnover, {turnover.year}</Link>
              </h3>
              <p className="card-sub">Exports + imports, as each side reports them (derived)</p>
              <dl className="card-figures">
                {turnover.china && <FigureRow label="China's figure" figure={turnover.china} />}
                {turnover.kazakhstan && <FigureRow label="Kazakhstan's figure" figure={turnover.kazakhstan} />}
              </dl>
              <Sparkline
                data={turnover.spark}
                series={[
                  { key: "trade.CHN.KAZ.turnover_derived", color: "#b91c1c" },
                  { key: "trade.KAZ.CHN.turnover_derived", color: "#1d4ed8" },
                ]}
              />
              <p className="card-link">
                <Link href="/trade">Exports, imports, balance and products →</Link>
              </p>
            </article>
          )}
          {mirror && (
            <article className="card" aria-labelledby="card-mirror">
              <h3 id="card-mirror">
                <Link href="/mirror">The customs gap, {mirror.year}</Link>
              </h3>
              <p className="card-sub">China&apos;s exports to Kazakhstan minus Kazakhstan&apos;s imports from China</p>
              <p className="figure">{formatAmount(mirror.gap, "USD")}</p>
              <p className="card-detail">
                {formatAmount(Number(mirror.chinaExports), "USD")} vs {formatAmount(Number(mirror.kazakhstanImports), "USD")}
                {mirror.gapPctOfChina !== null && (
                  <> · {mirror.gapPctOfChina.toLocaleString("en-US", { maximumFractionDigits: 1 })} % of China&apos;s figure</>
                )}
                . Before any CIF/FOB adjustment.
              </p>
              {mirror.cautions.length > 0 && <p className="flag">Read with care: {mirror.cautions.join(", ")}.</p>}
              <Sparkline
                data={mirror.spark}
                series={[
                  { key: "trade.CHN.KAZ.X", color: "#b91c1c" },
                  { key: "trade.KAZ.CHN.M", color: "#f87171", dashed: true },
                ]}
              />
              <p className="card-link">
                <Link href="/mirror">Mirror statistics →</Link>
              </p>
            </article>
          )}
          {fdi && (
            <article className="card" aria-labelledby="card-fdi">
              <h3 id="card-fdi">
                <Link href="/investment">Net FDI inflow from China, {fdi.year}</Link>
              </h3>
              <p className="card-sub">National Bank of Kazakhstan via wiiw: net, euro; latest year in the data</p>
              <p className="figure">{formatAmount(Number(fdi.figure.value), fdi.figure.unit)}</p>
              <SourceLine figure={fdi.figure} />
              <Sparkline data={fdi.spark} series={[{ key: "fdi.KAZ.CHN.inflow", color: "#047857" }]} />
              <p className="card-link">
                <Link href="/investment">Flows, stock and quoted statements →</Link>
              </p>
            </article>
          )}
          {debt && (
            <article className="card" aria-labelledby="card-debt">
              <h3 id="card-debt">
                <Link href="/debt">External debt owed to China</Link>
              </h3>
              <p className="card-sub">Latest quoted figure, {debt.figure.when}</p>
              <p className="figure">
                {debt.figure.qualifier ? `${debt.figure.qualifier} ` : ""}
                {formatAmount(Number(debt.figure.value), debt.figure.unit)}
              </p>
              {debt.total && (
                <p className="card-detail">
                  of {formatAmount(Number(debt.total.value), debt.total.unit)} total external debt quoted for the same date
                </p>
              )}
              <SourceLine figure={debt.figure} />
              <Sparkline
                dots
                data={debt.spark}
                series={[
                  { key: "debt.KAZ.WLD.stock", color: "#6b7280" },
                  { key: "debt.KAZ.CHN.stock", color: "#b91c1c", dashed: true },
                ]}
              />
              <p className="card-link">
                <Link href="/debt">What is known about debt to China →</Link>
              </p>
            </article>
          )}
        </div>
      </section>

      {extent && <YearRangeControls extent={extent} constantDollars />}
      <SeriesPanel
        {...totals.props("first-screen")}
        citationYear={citationYear}
        description={
          <p className="muted">
            Solid lines: the exporter&apos;s figure (FOB). Dashed: the importer&apos;s figure for the same flow (CIF).
          </p>
        }
      />
    </>
  );
}

function FigureRow({ label, figure }: { label: string; figure: HeadlineFigure }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className="figure">
          {figure.qualifier ? `${figure.qualifier} ` : ""}
          {formatAmount(Number(figure.value), figure.unit)}
        </span>
        <SourceLine figure={figure} />
      </dd>
    </div>
  );
}

function SourceLine({ figure }: { figure: HeadlineFigure }) {
  const statement = figure.cautions.includes("quoted statement");
  const other = figure.cautions.filter((c) => c !== "quoted statement");
  return (
    <span className="card-source">
      {statement ? "Quoted statement: " : "Source: "}
      {figure.sources.map((s, i) => (
        <span key={s.key}>
          {i > 0 ? " + " : ""}
          <Link href={`/sources#${sourceAnchor(s.key)}`}>{sourceName(s)}</Link>
        </span>
      ))}
      {other.length > 0 && <span className="flag"> · {other.join(", ")}</span>}
    </span>
  );
}
