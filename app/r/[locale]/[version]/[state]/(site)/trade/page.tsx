import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TradeChapters } from "@/components/chapters/trade-chapters";
import { YearRangeControls } from "@/components/controls/view-controls";
import { SeriesPanel } from "@/components/panel/series-panel";
import { localePath } from "@/lib/i18n/routing";
import { TRADE_CHAPTER_DATA_KEYS } from "@/lib/i18n/trade-chapter-words";
import { tradeChapterView } from "@/lib/chapters/trade-view";
import { loadChapterYear } from "@/lib/mirror/queries";
import { hasData, loadPanel } from "@/lib/pages/panel-source";
import { PageMessages } from "@/components/site/page-messages";
import { localizedShareCard } from "@/lib/i18n/metadata";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { dataExtent } from "@/lib/panel/series-view";
import { listYearsWithData } from "@/lib/series/queries";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return localizedShareCard("trade", await pageView("trade", params));
}

export default async function TradePage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear, locale, pin } = await pageView("trade", params);
  const t = await getTranslations({ locale, namespace: "trade" });
  const [flows, turnover, balance, share, years] = await Promise.all([
    loadPanel("trade-flows", state, pin, locale),
    loadPanel("trade-turnover", state, pin, locale),
    loadPanel("trade-balance", state, pin, locale),
    loadPanel("trade-share", state, pin, locale),
    listYearsWithData({ productLevel: 2 }),
  ]);
  const year = state.year !== null && years.includes(state.year) ? state.year : years.at(-1);
  // The chapters load in the browser when the reader gets near them; the page carries their coverage in words.
  const chapters = year === undefined ? null : tradeChapterView(await loadChapterYear("CHN", "KAZ", year, pin.asOf));
  const extent = dataExtent(flows.payload);

  return (
    <PageMessages
      locale={locale}
      namespaces={["panel", "seriesPanel", "revisions", "panelTitles", "seriesLines", "notes_panel", "dated", "tradeChapters"]}
      panels={["trade-flows", "trade-turnover", "trade-balance", "trade-share"]}
      omit={{ tradeChapters: TRADE_CHAPTER_DATA_KEYS }}
    >
      <h1>{t("h1")}</h1>
      <p className="lede">{t.rich("lede", { mirror: (chunks) => <Link href={localePath(locale, "/mirror")}>{chunks}</Link> })}</p>
      {extent && <YearRangeControls label={t("years")} extent={extent} constantDollars />}
      <SeriesPanel {...flows.props("first-screen")} citationYear={citationYear} description={<p className="muted">{t("flowsNote")}</p>} />
      <SeriesPanel
        {...turnover.props("below")}
        citationYear={citationYear}
        description={<p className="muted">{t.rich("turnoverNote", { em: (chunks) => <em>{chunks}</em> })}</p>}
      />
      <SeriesPanel {...balance.props("below")} citationYear={citationYear} description={<p className="muted">{t("balanceNote")}</p>} />
      {hasData(share.payload) && <SeriesPanel {...share.props("below")} citationYear={citationYear} />}
      {chapters && (
        <TradeChapters
          pair={{ exporter: "CHN", importer: "KAZ" }}
          years={years}
          summary={{ year: chapters.year, coverage: chapters.coverage }}
        />
      )}
    </PageMessages>
  );
}
