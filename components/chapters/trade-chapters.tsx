"use client";
// /trade's "what is traded" section: the top HS chapters of each flow with the other side's figure beside them, what
// the chapters held cover of the year's total, and every chapter in a table. The year is URL state; another year is
// fetched as data (/api/chapters), never as a new page.
import dynamic from "next/dynamic";
import { NextIntlClientProvider, useLocale, useMessages, useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useMemo, useRef, type RefObject } from "react";
import { Disclosure } from "@/components/panel/disclosure";
import { SourceList } from "@/components/panel/source-list";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import { chaptersExportUrl } from "@/lib/panel/downloads";
import { formatAmount, formatPct } from "@/lib/format";
import { chapterCoverage, topChapterBars, tradeChapterView, type ChapterFlowKey, type TradeChapterView } from "@/lib/chapters/trade-view";
import { tradeParsers } from "@/lib/url-state";
import { loadTradeChapterWords } from "@/lib/i18n/trade-chapter-words";
import { useOnDemandMessages } from "@/components/site/on-demand-words";
import { useChapterYear } from "./use-chapter-year";

const ChapterBarChart = dynamic(() => import("./chapter-bar-chart"), { ssr: false, loading: () => <ChartPlaceholder height={430} /> });
const ChaptersTable = dynamic(() => import("./chapters-table").then((m) => m.ChaptersTable), {
  loading: () => <ChartPlaceholder height={300} />,
});

const TOP = 10;

/**
 * The section with its words: those that word a year's data (lib/i18n/trade-chapter-words.ts) load with the first
 * year's data; until both are there, the section shows what the page gave it (`summary`).
 */
export function TradeChapters(props: {
  pair: { exporter: string; importer: string };
  years: number[];
  summary: Pick<TradeChapterView, "year" | "coverage">;
}) {
  const box = useRef<HTMLElement>(null);
  const [state] = useQueryStates(tradeParsers);
  const latest = props.years.at(-1) ?? props.summary.year;
  const year = state.year !== null && props.years.includes(state.year) ? state.year : latest;
  const chapters = useChapterYear(props.pair, year, box);
  const locale = useLocale();
  const messages = useMessages();
  const merged = useOnDemandMessages("tradeChapters", loadTradeChapterWords, chapters.data !== null);
  const section = (
    <ChaptersSection
      {...props}
      box={box}
      year={year}
      latest={latest}
      chapters={merged ? chapters : { data: null, loading: chapters.loading || chapters.data !== null, error: chapters.error }}
    />
  );
  // Always inside a provider (the page's messages until the words arrive): the section keeps its DOM when they do.
  return (
    <NextIntlClientProvider locale={locale} messages={merged ?? messages} timeZone="UTC">
      {section}
    </NextIntlClientProvider>
  );
}

/**
 * `summary`: the coverage of the year the page was rendered for (computed on the server from the same view), worded
 * here and shown until the section's data arrive — it loads when the reader gets near it.
 */
function ChaptersSection({
  years,
  summary,
  box,
  year,
  latest,
  chapters: { data, loading, error },
}: {
  years: number[];
  summary: Pick<TradeChapterView, "year" | "coverage">;
  box: RefObject<HTMLElement | null>;
  year: number;
  latest: number;
  chapters: ReturnType<typeof useChapterYear>;
}) {
  const t = useTranslations("tradeChapters");
  const locale = useLocale();
  const [, setState] = useQueryStates(tradeParsers, { history: "replace", scroll: false });
  const view = useMemo(() => (data ? tradeChapterView(data) : null), [data]);
  const shownYear = view?.year ?? summary.year;
  const chinaChapters = view ? view.rows.filter((r) => r.cells.forwardX || r.cells.reverseM) : [];
  const flow = (f: ChapterFlowKey) => t(`flows.${f}`);
  const coverageText = (shown: Pick<TradeChapterView, "year" | "coverage">, f: ChapterFlowKey) => {
    const c = chapterCoverage(shown.coverage, f);
    if (c.chapters === 0) return t("coverageNone", { flow: flow(f), year: shown.year });
    const sum = formatAmount(c.sum, "USD", { locale });
    return c.share === null || c.total === null
      ? t("coverage", { flow: flow(f), count: c.chapters, sum })
      : t("coverageShare", {
          flow: flow(f),
          count: c.chapters,
          sum,
          share: formatPct(c.share, undefined, locale),
          total: formatAmount(c.total, "USD", { locale }),
        });
  };
  return (
    <section ref={box} className="panel" aria-labelledby="trade-products-title" id="trade-products" aria-busy={loading}>
      <h2 id="trade-products-title">{t("title", { year: shownYear })}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("year")}{" "}
          <select value={year} onChange={(e) => setState({ year: Number(e.target.value) === latest ? null : Number(e.target.value) })}>
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {loading && <span className="muted"> {t("loading", { year })}</span>}
        {error && <span className="error-box"> {t("loadError", { year, error })}</span>}
      </form>
      <div className="callout callout-info">
        {view ? (
          <p>
            {t.rich("held", {
              b: (chunks) => <strong>{chunks}</strong>,
              count: chinaChapters.length,
              year: view.year,
              codes: chinaChapters.map((r) => r.chapter).join(t("codeSeparator")),
            })}
          </p>
        ) : null}
        <ul>
          {(["reverseX", "forwardM"] as const).map((f) => (
            <li key={f}>{coverageText(view ?? summary, f)}</li>
          ))}
        </ul>
        {view?.incomplete && <p className="flag">{t("incomplete", { year: view.year })}</p>}
      </div>
      <div className="chart-grid">
        {(
          [
            ["reverseX", "reverseM", "chapters-exports", t("kzExports"), t("cnImports"), "#1d4ed8", "#93c5fd"],
            ["forwardM", "forwardX", "chapters-imports", t("kzImports"), t("cnExports"), "#dc2626", "#fca5a5"],
          ] as const
        ).map(([primary, mirror, id, primaryLabel, mirrorLabel, primaryColor, mirrorColor]) => (
          <div key={id}>
            <h3>{t("top", { flow: flow(primary), count: TOP })}</h3>
            {view ? (
              <ChapterBarChart
                id={id}
                title={t("chartTitle", { flow: flow(primary), year: view.year, count: TOP })}
                bars={topChapterBars(view, primary, mirror, TOP)}
                primaryLabel={primaryLabel}
                mirrorLabel={mirrorLabel}
                primaryColor={primaryColor}
                mirrorColor={mirrorColor}
              />
            ) : (
              <ChartPlaceholder height={430} />
            )}
          </div>
        ))}
      </div>
      {view && data && (
        <>
          <Disclosure label={t("tableAll", { count: view.rows.length })}>
            {() => (
              <ChaptersTable
                rows={view.rows}
                caption={t("tableCaption", { year: view.year })}
                headers={[
                  ["reverseX", t("headerKz", { flow: flow("reverseX") })],
                  ["reverseM", t("headerCn", { flow: flow("reverseM") })],
                  ["forwardM", t("headerKz", { flow: flow("forwardM") })],
                  ["forwardX", t("headerCn", { flow: flow("forwardX") })],
                ]}
                sortBy="forwardM"
              />
            )}
          </Disclosure>
          <Disclosure label={t("sources")}>{() => <SourceList sources={data.sources} />}</Disclosure>
        </>
      )}
      <div className="downloads" role="group" aria-label={t("downloadsLabel")}>
        <a href={chaptersExportUrl({ year: shownYear, format: "csv" })} download>
          {t("downloadYear")}
        </a>
        <a href={chaptersExportUrl({ year: null, format: "csv", all: true })} download>
          {t("downloadAll")}
        </a>
      </div>
    </section>
  );
}
