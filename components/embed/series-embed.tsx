"use client";
// A series chart alone, for other sites to frame (/embed/{panel id}): the chart as its panel draws it
// (components/panel/series-chart.tsx), the flagged points explained and the notes, in the embed frame. The URL state
// is the page's (years, scale, % change, constant dollars, v).
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { useAxisLabel } from "@/components/charts/chart-labels";
import { DrawnNotes } from "@/components/panel/note-list";
import { SeriesChart, SeriesFlagLegend } from "@/components/panel/series-chart";
import { publishersOf } from "@/lib/figure/panel-figure";
import { seriesView } from "@/lib/panel/series-view";
import type { SeriesPanelPayload } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys, rangeParsers, realParsers } from "@/lib/url-state";
import { EmbedFrame } from "./embed-frame";

export function SeriesEmbed({ payload, citationYear, backHref }: { payload: SeriesPanelPayload; citationYear: number; backHref: string }) {
  const t = useTranslations("embed");
  const titles = useTranslations("panelTitles");
  const [range] = useQueryStates(rangeParsers);
  const [{ real }] = useQueryStates(realParsers);
  const [options] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(payload.stateKey) });
  const view = useMemo(
    () => seriesView(payload, { ...range, ...options, tab: "chart", real }, citationYear),
    [payload, range, options, real, citationYear],
  );
  const axisLabel = useAxisLabel(view.axisLabel);
  // The title in the embed's locale (panelTitles, by panel id); the payload's English title where there is none.
  const title = titles.has(payload.id as Parameters<typeof titles>[0]) ? titles(payload.id as Parameters<typeof titles>[0]) : payload.title;
  const span = view.span ? `${view.span[0]}–${view.span[1]}` : "";
  return (
    <EmbedFrame
      title={title}
      subtitle={span ? t("subtitle", { unit: axisLabel, span }) : axisLabel}
      backHref={backHref}
      publishers={publishersOf(payload)}
    >
      {view.span ? (
        <SeriesChart payload={payload} view={view} title={title} notesPanelId={payload.id} />
      ) : (
        <p className="empty">{t("empty")}</p>
      )}
      <SeriesFlagLegend view={view} />
      <DrawnNotes panelId={payload.id} notes={view.drawnNotes} open={false} heading={t("notes")} />
    </EmbedFrame>
  );
}
