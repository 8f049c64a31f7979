import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DatedPanel } from "@/components/panel/dated-panel";
import { SeriesPanel } from "@/components/panel/series-panel";
import { loadDebtChart } from "@/lib/pages/debt-chart";
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
import { getNotesByKey } from "@/lib/notes/queries";
import { NoteWordingMark } from "@/components/notes/note-wording";
import { OriginalOnDemand } from "@/components/notes/original-on-demand";
import { summariseDebt, type DatedFigure } from "@/lib/series/debt";
import type { SourceRef } from "@/lib/series/types";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return localizedShareCard("debt", await pageView("debt", params));
}

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
  const [{ chart, data }, [thin], lending] = await Promise.all([
    loadDebtChart(locale, pin, citationYear),
    getNotesByKey(["caveat:debt-by-creditor-thin"], locale),
    loadPanel("debt-lending", { from: null, to: null }, pin, locale),
  ]);
  const summary = summariseDebt(data.observations, words.periods);
  const sources = new Map(data.sources.map((s) => [s.key, s]));

  return (
    <PageMessages
      locale={locale}
      namespaces={["panel", "seriesPanel", "revisions", "panelTitles", "seriesLines", "notes_panel", "dated"]}
      panels={["debt-lending"]}
    >
      <h1>{t("h1")}</h1>
      {thin && (
        <div className="callout" role="note">
          <p>
            <strong>{t("thin")}</strong> <span lang={thin.bodyLang}>{thin.body}</span>
            <NoteWordingMark note={thin} locale={locale} />
          </p>
          {thin.original && (
            <OriginalOnDemand note={{ ref: thin.ref, original: { language: thin.original.language, title: thin.original.title } }} />
          )}
          {thin.source && (
            <p className="muted">
              {t.rich("sourceOf", { title: thin.source.title, en: (chunks) => <span lang="en">{chunks}</span> })}
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

      <DatedPanel {...chart} description={<p className="muted">{t("chartNote")}</p>} />
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
      <Link href={`${localePath(locale, "/sources")}#${sourceAnchor(s.key)}`} lang="en">
        {sourceName(s)}
      </Link>
    </p>
  );
}
