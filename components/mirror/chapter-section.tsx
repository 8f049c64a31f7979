"use client";
// By product for one year and direction: the chapters the database holds from both reporters, the ones that drive
// the gap, what share of the total gap they account for, and the chapters with one side only (listed, never compared).
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import { formatPct, formatUsd } from "@/lib/format";
import { mirrorChaptersExportUrl } from "@/lib/panel/downloads";
import { toChapterChartData, type ChapterView } from "@/lib/mirror/chapters";
import type { MirrorViewRow } from "@/lib/mirror/rows";
import { chapterLabel } from "@/lib/series/hs-chapters";
import { ChapterTable } from "./chapter-table";
import { useFlagWords, useListJoin } from "./mirror-words";

const ChapterChart = dynamic(() => import("./chapter-chart"), { ssr: false, loading: () => <ChartPlaceholder height={300} /> });

function codes(list: { productCode: string }[]): string {
  return list.map((c) => c.productCode).join(", ");
}

export function ChapterSection(props: {
  id: string;
  chapters: ChapterView;
  names: { exporter: string; importer: string };
  year: number;
  chapterYears: number[];
  total: MirrorViewRow | undefined;
  /** The view's /api/mirror query (pair, factor, range, pick): the chapter table downloads use it. */
  query: string;
}) {
  const { id, chapters, names, year, chapterYears, total, query } = props;
  const t = useTranslations("mirrorPanel");
  const locale = useLocale();
  const words = useFlagWords();
  const join = useListJoin();
  const usd = (v: number) => formatUsd(v, { locale });
  const headingId = `${id}-title`;
  const { rows, exporterOnly, importerOnly, top } = chapters;
  const title = t("sectionTitle", { ...names, year });
  const flagged = rows.filter((r) => !r.reliable);
  const positive = rows.reduce((s, r) => s + Math.max(0, r.gap ?? 0), 0);
  const b = (chunks: ReactNode) => <b>{chunks}</b>;
  const withTotal = total && total.gap !== null && total.gap !== 0 ? total : null;
  const notCompared = [
    ...(importerOnly.length > 0
      ? [t("onlyImporter", { count: importerOnly.length, importer: names.importer, codes: codes(importerOnly) })]
      : []),
    ...(exporterOnly.length > 0
      ? [t("onlyExporter", { count: exporterOnly.length, exporter: names.exporter, codes: codes(exporterOnly) })]
      : []),
  ];
  return (
    <section className="chapter-section" aria-labelledby={headingId} id={id}>
      <h3 id={headingId}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">
          {t("sectionNone", { ...names, year })}{" "}
          {chapterYears.length > 0 ? t("sectionYears", { from: chapterYears[0]!, to: chapterYears.at(-1)! }) : t("sectionNoOverlap")}
        </p>
      ) : (
        <>
          <p>
            {withTotal
              ? t.rich("sectionHoldsTotal", {
                  b,
                  count: rows.length,
                  year,
                  gap: usd(chapters.chapterGapSum),
                  total: usd(withTotal.gap!),
                  share: formatPct((chapters.chapterGapSum / withTotal.gap!) * 100, undefined, locale),
                  exporterSource: withTotal.sources.exporter?.label ?? "—",
                  importerSource: withTotal.sources.importer?.label ?? "—",
                })
              : t.rich("sectionHolds", { b, count: rows.length, year, gap: usd(chapters.chapterGapSum) })}
            {t("eachValue")}
          </p>
          {flagged.length > 0 && (
            <p className="flag-legend">
              <span aria-hidden="true">⚠ </span>
              {t("builtOnFlaggedList", {
                list: join.entries(
                  flagged.map((r) =>
                    t("chapterItem", {
                      code: r.productCode,
                      flags: join.items(r.flags.filter((f) => f === "estimate" || f === "incomplete").map(words.short)),
                    }),
                  ),
                ),
              })}
            </p>
          )}
          {top.length > 0 ? (
            <figure className="panel-figure">
              <figcaption className="small">
                {t("topCaption", { exporter: names.exporter, count: rows.length, positive: usd(positive) })}
              </figcaption>
              <ChapterChart
                id={`${id}-chart`}
                data={toChapterChartData(
                  top.map((c) => ({ ...c, productLabel: chapterLabel(c.productCode, c.productLabel, locale) })),
                  rows,
                  locale,
                )}
                exporter={names.exporter}
              />
            </figure>
          ) : (
            <p className="muted">{t("noneHigher", { ...names, year })}</p>
          )}
          <ChapterTable rows={rows} names={names} caption={t("chapterCaption", { title })} />
          <p className="panel-downloads">
            <a href={mirrorChaptersExportUrl(query, year)} download>
              {t("downloadChapters", { year })}
            </a>{" "}
            <a href={mirrorChaptersExportUrl(query, null)} download>
              {t("downloadAllYears")}
            </a>
          </p>
        </>
      )}
      {notCompared.length > 0 && <p className="muted small">{t("notCompared", { list: join.entries(notCompared) })}</p>}
    </section>
  );
}
