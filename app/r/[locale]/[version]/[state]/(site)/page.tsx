import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/charts/sparkline";
import { YearRangeControls } from "@/components/controls/view-controls";
import { SeriesPanel } from "@/components/panel/series-panel";
import { formatAmount, formatPct } from "@/lib/format";
import { localePath } from "@/lib/i18n/routing";
import { sourceName } from "@/lib/labels";
import { sourceAnchor } from "@/lib/notes/links";
import { PageMessages } from "@/components/site/page-messages";
import { localizedShareCard } from "@/lib/i18n/metadata";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { loadPanel } from "@/lib/pages/panel-source";
import { dataExtent } from "@/lib/panel/series-view";
import type { Locale } from "@/lib/pages/target";
import { getOverview, type HeadlineFigure } from "@/lib/series/overview";
import { datedWords } from "@/lib/i18n/dated-words";
import type { StatementWords } from "@/lib/series/statements";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return localizedShareCard("overview", await pageView("overview", params));
}

export default async function OverviewPage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear, locale, pin } = await pageView("overview", params);
  const t = await getTranslations({ locale, namespace: "overview" });
  const href = (path: string) => localePath(locale, path);
  const amount = (value: number, unit: string) => formatAmount(value, unit, { locale });
  const words = await datedWords(locale);
  const dated = await getTranslations({ locale, namespace: "dated" });
  const flags = (list: string[]) => list.map(words.flag).join(dated("listSeparator"));
  const [overview, totals] = await Promise.all([getOverview(pin, words.periods), loadPanel("trade-totals", state, pin, locale)]);
  const extent = dataExtent(totals.payload);
  const { turnover, mirror, fdi, debt } = overview;
  return (
    <PageMessages
      locale={locale}
      namespaces={["panel", "seriesPanel", "revisions", "panelTitles", "seriesLines", "notes_panel", "dated"]}
      panels={["trade-totals"]}
    >
      <h1>{t("h1")}</h1>
      <p className="lede">{t("lede")}</p>

      <section aria-labelledby="headlines-title">
        <h2 id="headlines-title" className="visually-hidden">
          {t("latest")}
        </h2>
        <div className="cards">
          {turnover && (
            <article className="card" aria-labelledby="card-trade">
              <h3 id="card-trade">
                <Link href={href("/trade")}>{t("tradeTitle", { year: turnover.year })}</Link>
              </h3>
              <p className="card-sub">{t("tradeSub")}</p>
              <dl className="card-figures">
                {turnover.china && <FigureRow label={t("chinaFigure")} figure={turnover.china} locale={locale} words={words} />}
                {turnover.kazakhstan && (
                  <FigureRow label={t("kazakhstanFigure")} figure={turnover.kazakhstan} locale={locale} words={words} />
                )}
              </dl>
              <Sparkline
                data={turnover.spark}
                series={[
                  { key: "trade.CHN.KAZ.turnover_derived", color: "#b91c1c" },
                  { key: "trade.KAZ.CHN.turnover_derived", color: "#1d4ed8" },
                ]}
              />
              <p className="card-link">
                <Link href={href("/trade")}>{t("tradeLink")}</Link>
              </p>
            </article>
          )}
          {mirror && (
            <article className="card" aria-labelledby="card-mirror">
              <h3 id="card-mirror">
                <Link href={href("/mirror")}>{t("mirrorTitle", { year: mirror.year })}</Link>
              </h3>
              <p className="card-sub">{t("mirrorSub")}</p>
              <p className="figure">{amount(mirror.gap, "USD")}</p>
              <p className="card-detail">
                {t("mirrorDetail", {
                  china: amount(Number(mirror.chinaExports), "USD"),
                  kazakhstan: amount(Number(mirror.kazakhstanImports), "USD"),
                })}
                {mirror.gapPctOfChina !== null && t("mirrorPct", { pct: formatPct(mirror.gapPctOfChina, undefined, locale) })}
                {t("beforeAdjustment")}
              </p>
              {mirror.cautions.length > 0 && <p className="flag">{t("readWithCare", { cautions: flags(mirror.cautions) })}</p>}
              <Sparkline
                data={mirror.spark}
                series={[
                  { key: "trade.CHN.KAZ.X", color: "#b91c1c" },
                  { key: "trade.KAZ.CHN.M", color: "#f87171", dashed: true },
                ]}
              />
              <p className="card-link">
                <Link href={href("/mirror")}>{t("mirrorLink")}</Link>
              </p>
            </article>
          )}
          {fdi && (
            <article className="card" aria-labelledby="card-fdi">
              <h3 id="card-fdi">
                <Link href={href("/investment")}>{t("fdiTitle", { year: fdi.year })}</Link>
              </h3>
              <p className="card-sub">{t("fdiSub")}</p>
              <p className="figure">{amount(Number(fdi.figure.value), fdi.figure.unit)}</p>
              <SourceLine figure={fdi.figure} locale={locale} />
              <Sparkline data={fdi.spark} series={[{ key: "fdi.KAZ.CHN.inflow", color: "#047857" }]} />
              <p className="card-link">
                <Link href={href("/investment")}>{t("fdiLink")}</Link>
              </p>
            </article>
          )}
          {debt && (
            <article className="card" aria-labelledby="card-debt">
              <h3 id="card-debt">
                <Link href={href("/debt")}>{t("debtTitle")}</Link>
              </h3>
              <p className="card-sub">{t("debtSub", { when: debt.figure.when })}</p>
              <p className="figure">{words.qualified(debt.figure.qualifier, amount(Number(debt.figure.value), debt.figure.unit))}</p>
              {debt.total && <p className="card-detail">{t("debtTotal", { total: amount(Number(debt.total.value), debt.total.unit) })}</p>}
              <SourceLine figure={debt.figure} locale={locale} />
              <Sparkline
                dots
                data={debt.spark}
                series={[
                  { key: "debt.KAZ.WLD.stock", color: "#6b7280" },
                  { key: "debt.KAZ.CHN.stock", color: "#b91c1c", dashed: true },
                ]}
              />
              <p className="card-link">
                <Link href={href("/debt")}>{t("debtLink")}</Link>
              </p>
            </article>
          )}
        </div>
      </section>

      {extent && <YearRangeControls extent={extent} constantDollars />}
      <SeriesPanel {...totals.props("first-screen")} citationYear={citationYear} description={<p className="muted">{t("chartNote")}</p>} />
    </PageMessages>
  );
}

function FigureRow({ label, figure, locale, words }: { label: string; figure: HeadlineFigure; locale: Locale; words: StatementWords }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className="figure">{words.qualified(figure.qualifier, formatAmount(Number(figure.value), figure.unit, { locale }))}</span>
        <SourceLine figure={figure} locale={locale} />
      </dd>
    </div>
  );
}

async function SourceLine({ figure, locale }: { figure: HeadlineFigure; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "overview" });
  const dated = await getTranslations({ locale, namespace: "dated" });
  const words = await datedWords(locale);
  const statement = figure.cautions.includes("quoted statement");
  const other = figure.cautions.filter((c) => c !== "quoted statement");
  return (
    <span className="card-source">
      {statement ? t("quoted") : t("source")}
      {figure.sources.map((s, i) => (
        <span key={s.key}>
          {i > 0 ? " + " : ""}
          <Link href={`${localePath(locale, "/sources")}#${sourceAnchor(s.key)}`} lang="en">
            {sourceName(s)}
          </Link>
        </span>
      ))}
      {other.length > 0 && <span className="flag"> · {other.map(words.flag).join(dated("listSeparator"))}</span>}
    </span>
  );
}
