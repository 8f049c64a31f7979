import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DatedPoint, DatedSeries } from "@/components/charts/dated-points-chart";
import { DatedPanel } from "@/components/panel/dated-panel";
import { SeriesPanel } from "@/components/panel/series-panel";
import { loadPanel } from "@/lib/pages/panel-source";
import { SourceLocation } from "@/components/sources/source-location";
import { formatAmount } from "@/lib/format";
import { datedWords } from "@/lib/i18n/dated-words";
import { localePath } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/pages/target";
import { sourceName } from "@/lib/labels";
import { sourceAnchor } from "@/lib/notes/links";
import { PageMessages } from "@/components/site/page-messages";
import { localizedShareCard } from "@/lib/i18n/metadata";
import { pageView, type RouteParams } from "@/lib/pages/params";
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
  return localizedShareCard("debt", await pageView("debt", params));
}

/** Figures drawn on the chart: levels in US dollars (shares and changes are in the table only). */
const CHART_SERIES: DatedSeries[] = [
  { code: "debt.KAZ.WLD.stock", label: "total", color: "#6b7280" },
  { code: "debt.KAZ.CHN.stock", label: "china", color: "#b91c1c", shape: "diamond" },
  { code: "debt.KAZ.CHN.stock_government_guaranteed", label: "guaranteed", color: "#ea580c", shape: "square" },
  { code: "debt.KAZ.CHN.stock_banks", label: "banks", color: "#9333ea", shape: "triangle" },
  { code: "debt.KAZ.CHN.stock_cny", label: "cny", color: "#0891b2", shape: "square" },
];

/** The detail figures' labels: keys of the "debt.details" messages. */
const DETAIL_LABEL: Record<string, "banks" | "guaranteed" | "cny"> = {
  "debt.KAZ.CHN.stock_banks": "banks",
  "debt.KAZ.CHN.stock_government_guaranteed": "guaranteed",
  "debt.KAZ.CHN.stock_cny": "cny",
};

export default async function DebtPage({ params }: { params: Promise<RouteParams> }) {
  const { citationYear, locale, pin } = await pageView("debt", params);
  const t = await getTranslations({ locale, namespace: "debt" });
  const words = await datedWords(locale);
  const display = (f: DatedFigure, unit = "USD") => words.qualified(f.qualifier, formatAmount(Number(f.value), unit, { locale }));
  const [data, [thin], lending] = await Promise.all([
    loadStatements(DEBT_CODES, pin),
    getNotesByKey(["caveat:debt-by-creditor-thin"]),
    loadPanel("debt-lending", { from: null, to: null }, pin),
  ]);
  const summary = summariseDebt(data.observations, words.periods);
  const sources = new Map(data.sources.map((s) => [s.key, s]));
  const rows = toStatementRows(data.observations, data.series, data.sources, (s) => s.title.replace(/^Kazakhstan: /, ""), words);
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
  const title = t("lines.chartTitle");
  // A citation is a reference: written in English whatever the page's language (marked lang="en").
  const englishTitle = (await getTranslations({ locale: "en", namespace: "debt" }))("lines.chartTitle");

  return (
    <PageMessages
      locale={locale}
      namespaces={["panel", "seriesPanel", "revisions", "panelTitles", "seriesLines", "notes_panel"]}
      panels={["debt-lending"]}
    >
      <h1>{t("h1")}</h1>
      {thin && (
        <div className="callout" role="note">
          <p>
            <strong>{t("thin")}</strong> <span lang="en">{thin.body}</span>
          </p>
          {thin.source && (
            <p className="muted">
              {t("sourceOf", { title: thin.source.title })}
              <SourceLocation location={thin.source.location} label={t("open")} />
            </p>
          )}
        </div>
      )}
      <p className="lede">{t("lede")}</p>

      <section aria-labelledby="debt-figures-title">
        <h2 id="debt-figures-title">{t("figures")}</h2>
        <div className="cards">
          {summary.china && (
            <article className="card">
              <h3>{t("owed")}</h3>
              <p className="card-sub">{t("latestQuoted", { when: summary.china.when })}</p>
              <p className="figure">{display(summary.china)}</p>
              <Attribution figure={summary.china} sources={sources} locale={locale} />
            </article>
          )}
          {summary.totalSameDate && (
            <article className="card">
              <h3>{t("total")}</h3>
              <p className="card-sub">{t("sameDate", { when: summary.totalSameDate.when })}</p>
              <p className="figure">{display(summary.totalSameDate)}</p>
              <Attribution figure={summary.totalSameDate} sources={sources} locale={locale} />
            </article>
          )}
          {summary.quotedShare && (
            <article className="card">
              <h3>{t("share")}</h3>
              <p className="card-sub">{t("asQuoted", { when: summary.quotedShare.when })}</p>
              <p className="figure">{display(summary.quotedShare, "percent")}</p>
              <Attribution figure={summary.quotedShare} sources={sources} locale={locale} />
              {summary.computedSharePct !== null && summary.china && (
                <p className="card-detail">
                  {t("computed", {
                    when: summary.china.when,
                    pct: formatAmount(summary.computedSharePct, "percent", { digits: "fixed", locale }),
                  })}
                </p>
              )}
            </article>
          )}
          {summary.detail.length > 0 && (
            <article className="card">
              <h3>{t("detail")}</h3>
              <p className="card-sub">{t("onlyBreakdown", { when: summary.detail[0]!.when })}</p>
              <dl className="card-figures">
                {summary.detail.map((d) => (
                  <div key={d.seriesCode}>
                    <dt>{DETAIL_LABEL[d.seriesCode] ? t(`details.${DETAIL_LABEL[d.seriesCode]!}`) : d.seriesCode}</dt>
                    <dd>
                      <strong>{display(d)}</strong>
                    </dd>
                  </div>
                ))}
              </dl>
              <Attribution figure={summary.detail[0]!} sources={sources} locale={locale} />
            </article>
          )}
        </div>
      </section>

      <DatedPanel
        id="debt-dated"
        stateKey="debt"
        title={title}
        description={<p className="muted">{t("chartNote")}</p>}
        series={CHART_SERIES.map((s) => ({ ...s, label: t(`lines.${s.label as "total"}`) }))}
        points={points}
        rows={rows}
        tableCaption={t("lines.tableCaption")}
        sources={data.sources.map(toSourceInfo)}
        unit="USD"
        axisLabel={t("lines.axis")}
        downloads={{
          csv: seriesExportUrl({ codes: DEBT_CODES, format: "csv", all: true, allPeriods: true, v: pin.asOf }),
          json: seriesExportUrl({ codes: DEBT_CODES, format: "json", all: true, allPeriods: true, v: pin.asOf }),
        }}
        citation={`China–Kazakhstan Economic Monitor (${citationYear}). ${englishTitle}. Data: ${[...new Set(data.sources.map((s) => s.publisher))].join("; ")}.`}
      />
      <SeriesPanel
        {...lending.props("below")}
        citationYear={citationYear}
        description={
          <div className="callout" role="note">
            <p>{t.rich("lendingNote", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          </div>
        }
      />
      <p>
        {t.rich("seeAlso", {
          caveats: (chunks) => <Link href={`${localePath(locale, "/notes")}?kind=caveat`}>{chunks}</Link>,
          sources: (chunks) => <Link href={localePath(locale, "/sources")}>{chunks}</Link>,
        })}
      </p>
    </PageMessages>
  );
}

async function Attribution({ figure, sources, locale }: { figure: DatedFigure; sources: Map<string, SourceRef>; locale: Locale }) {
  const s = sources.get(figure.sourceKey);
  if (!s) return null;
  const t = await getTranslations({ locale, namespace: "debt" });
  return (
    <p className="card-source">
      {figure.statement ? t("quoted") : t("source")}
      <Link href={`${localePath(locale, "/sources")}#${sourceAnchor(s.key)}`}>{sourceName(s)}</Link>
    </p>
  );
}
