"use client";
// The mirror by product for the chosen year, both directions: loaded from /api/chapters when the reader gets near it
// (it sits below the first screen); until then, the page's own sentence on it. The section's words come with it: the
// page does not send them (lib/i18n/by-product-words.ts).
import dynamic from "next/dynamic";
import { NextIntlClientProvider, useLocale, useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import { loadByProductWords } from "@/lib/i18n/by-product-words";
import { useOnDemandMessages } from "@/components/site/on-demand-words";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import { useChapterYear } from "@/components/chapters/use-chapter-year";
import { deflateObservations, type MirrorView } from "@/lib/mirror/direction-view";
import { buildChapterView, type ChapterObservations } from "@/lib/mirror/chapters";
import { expandChapters, type MirrorPagePayload } from "@/lib/mirror/payload";
import { formatUsd } from "@/lib/format";
import { useLocalName } from "./mirror-words";

// The section's charts and tables come with its data, when the reader gets near it: their code loads then too.
const ChapterSection = dynamic(() => import("./chapter-section").then((m) => m.ChapterSection), {
  ssr: false,
  loading: () => <ChartPlaceholder height={300} />,
});

/** The page's messages with the by-product section's words (loaded with the section's data, when it first renders). */
function ByProductWordsProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const merged = useOnDemandMessages("mirrorPanel", loadByProductWords);
  if (!merged) return <ChartPlaceholder height={300} />;
  return (
    <NextIntlClientProvider locale={locale} messages={merged} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

export function MirrorChapters(props: {
  payload: MirrorPagePayload;
  forward: MirrorView;
  reverse: MirrorView | null;
  year: number;
  /** Each direction's /api/mirror query (lib/mirror/workbench.ts). */
  query: { forward: string; reverse: string | null };
}) {
  const { payload, forward, reverse, year, query } = props;
  const box = useRef<HTMLElement>(null);
  const { data, loading, error } = useChapterYear({ exporter: payload.forward.exporter, importer: payload.forward.importer }, year, box);
  const t = useTranslations("mirrorPanel");
  const locale = useLocale();
  const localName = useLocalName();
  const forwardNames = {
    exporter: localName(payload.forward.exporter, payload.forward.exporterName),
    importer: localName(payload.forward.importer, payload.forward.importerName),
  };
  const reverseNames = { exporter: forwardNames.importer, importer: forwardNames.exporter };
  const years = payload.forward.chapterYears;
  // Constant dollars when the panels above are in them (the same deflator).
  const deflator = forward.real ? payload.deflator : null;
  const dollars = (list: ChapterObservations[]) =>
    deflator
      ? list.map((c) => ({
          ...c,
          exporter: deflateObservations(c.exporter, deflator),
          importer: deflateObservations(c.importer, deflator),
        }))
      : list;
  return (
    <section ref={box} className="panel" aria-labelledby="by-product-title" id="by-product" aria-busy={loading}>
      <h2 id="by-product-title">
        {t("byProduct", { year })}
        {forward.real ? t("byProductConstant", { year: forward.real.baseYear }) : ""}
      </h2>
      <p className="muted">
        {years.length ? t("byProductIntro", { from: years[0]!, to: years.at(-1)! }) : t("byProductIntroNone")}
        {loading ? t("loadingYear", { year }) : ""}
        {error ? t("loadErrorYear", { year, error }) : ""}
      </p>
      {!data ? (
        payload.chapterSummary?.year === year ? (
          payload.chapterSummary.lines.map((line) => {
            const names = { exporter: localName(line.exporter, line.exporter), importer: localName(line.importer, line.importer) };
            return (
              <p key={`${line.exporter}-${line.importer}`}>
                {line.count === 0
                  ? t("summaryNone", { ...names, year: line.year })
                  : t("summary", { ...names, year: line.year, count: line.count, gap: formatUsd(line.gapSum, { locale }) })}
              </p>
            );
          })
        ) : null
      ) : (
        <ByProductWordsProvider>
          <ChapterSection
            id="chapters-forward"
            chapters={buildChapterView(dollars(expandChapters(data.forward, data.sources)), data.year, forward.cifFob)}
            names={forwardNames}
            year={data.year}
            chapterYears={years}
            total={forward.rows.find((r) => r.year === data.year)}
            query={query.forward}
          />
          {reverse && payload.reverse && (
            <ChapterSection
              id="chapters-reverse"
              chapters={buildChapterView(dollars(expandChapters(data.reverse, data.sources)), data.year, reverse.cifFob)}
              names={reverseNames}
              year={data.year}
              chapterYears={payload.reverse.chapterYears}
              total={reverse.rows.find((r) => r.year === data.year)}
              query={query.reverse ?? query.forward}
            />
          )}
        </ByProductWordsProvider>
      )}
    </section>
  );
}
