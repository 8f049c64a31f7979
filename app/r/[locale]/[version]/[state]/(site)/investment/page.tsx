import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { YearRangeControls } from "@/components/controls/view-controls";
import { SeriesPanel } from "@/components/panel/series-panel";
import { SourceLocation } from "@/components/sources/source-location";
import { packStatementRows } from "@/lib/series/statement-wire";
import { StatementsTable } from "@/components/tables/statements-table";
import { getNotesByKey } from "@/lib/notes/queries";
import { NoteWordingMark } from "@/components/notes/note-wording";
import { OriginalOnDemand } from "@/components/notes/original-on-demand";
import { FDI_STATEMENT_CODES } from "@/lib/series/catalogue";
import { loadStatements } from "@/lib/series/load-statements";
import { loadPanel } from "@/lib/pages/panel-source";
import { seriesExportUrl } from "@/lib/panel/downloads";
import { dataExtent } from "@/lib/panel/series-view";
import { toStatementRows } from "@/lib/series/statements";
import { PageMessages } from "@/components/site/page-messages";
import { datedWords } from "@/lib/i18n/dated-words";
import { localizedShareCard } from "@/lib/i18n/metadata";
import { pageView, type RouteParams } from "@/lib/pages/params";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return localizedShareCard("investment", await pageView("investment", params));
}

export default async function InvestmentPage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear, locale, pin } = await pageView("investment", params);
  const t = await getTranslations({ locale, namespace: "investment" });
  const [flows, usd, stock, share, statements, [netVsGross]] = await Promise.all([
    loadPanel("fdi-flows", state, pin, locale),
    loadPanel("fdi-flows-usd", state, pin, locale),
    loadPanel("fdi-stock", state, pin, locale),
    loadPanel("fdi-share", state, pin, locale),
    loadStatements(FDI_STATEMENT_CODES, pin),
    getNotesByKey(["caveat:fdi-net-vs-gross"], locale),
  ]);
  const extent = dataExtent(stock.payload);
  const rows = toStatementRows(
    statements.observations,
    statements.series,
    statements.sources,
    (s) => s.title.replace(/^Kazakhstan: /, ""),
    await datedWords(locale),
  );

  return (
    <PageMessages
      locale={locale}
      namespaces={["panel", "seriesPanel", "revisions", "panelTitles", "seriesLines", "notes_panel", "dated"]}
      panels={["fdi-flows", "fdi-flows-usd", "fdi-stock", "fdi-share"]}
    >
      <h1>{t("h1")}</h1>
      <p className="lede">{t.rich("lede", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {extent && <YearRangeControls label={t("years")} extent={extent} constantDollars />}
      <SeriesPanel {...flows.props("first-screen")} citationYear={citationYear} description={<p className="muted">{t("flowsNote")}</p>} />
      <SeriesPanel {...usd.props("below")} citationYear={citationYear} description={<p className="muted">{t("usdNote")}</p>} />
      <SeriesPanel {...stock.props("below")} citationYear={citationYear} />
      <SeriesPanel {...share.props("below")} citationYear={citationYear} description={<p className="muted">{t("shareNote")}</p>} />

      <section className="panel panel-separate" aria-labelledby="fdi-statements-title" id="fdi-statements">
        <h2 id="fdi-statements-title">{t("statementsTitle")}</h2>
        {netVsGross && (
          <div className="callout" role="note">
            <p>
              <strong lang={netVsGross.titleLang}>{netVsGross.title}.</strong>
              <NoteWordingMark note={netVsGross} locale={locale} /> <span lang={netVsGross.bodyLang}>{netVsGross.body}</span>
            </p>
            {netVsGross.original && (
              <OriginalOnDemand
                note={{ ref: netVsGross.ref, original: { language: netVsGross.original.language, title: netVsGross.original.title } }}
              />
            )}
            {netVsGross.source && (
              <p className="muted">
                {t.rich("source", { title: netVsGross.source.title, en: (chunks) => <span lang="en">{chunks}</span> })}
                <SourceLocation location={netVsGross.source.location} label={t("open")} />
              </p>
            )}
          </div>
        )}
        <p>{t("statementsBody")}</p>
        <StatementsTable rows={packStatementRows(rows)} caption={t("statementsCaption")} />
        <div className="downloads" role="group" aria-label={t("downloads")}>
          <a href={seriesExportUrl({ codes: FDI_STATEMENT_CODES, format: "csv", all: true, allPeriods: true, v: pin.asOf })} download>
            {t("downloadCsv")}
          </a>
          <a href={seriesExportUrl({ codes: FDI_STATEMENT_CODES, format: "json", all: true, allPeriods: true, v: pin.asOf })} download>
            JSON
          </a>
        </div>
      </section>
    </PageMessages>
  );
}
