"use client";
// A panel of quoted figures at their dates (debt): the same frame as every panel (components/panel/panel-shell.tsx),
// a scatter chart of the figures (log scale optional, URL state), the table of every figure, the citation of the view
// and its embed (/embed/{id}: components/embed/dated-embed.tsx draws the same chart).
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import type { ReactNode } from "react";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { StatementsTable } from "@/components/tables/statements-table";
import type { DatedChart } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys } from "@/lib/url-state";
import { CiteView } from "./cite-view";
import { EmbedAction } from "./embed-action";
import { ChartPlaceholder, PanelShell } from "./panel-shell";
import { SourceList } from "./source-list";

const DatedPointsChart = dynamic(() => import("@/components/charts/dated-points-chart"), {
  ssr: false,
  loading: () => <ChartPlaceholder height={360} />,
});

/** The chart of a dated panel (and of its embed): `${id}-chart`, where its downloads find it. */
export function DatedChartView({ chart, log }: { chart: DatedChart; log: boolean }) {
  return (
    <DatedPointsChart
      id={`${chart.id}-chart`}
      title={chart.title}
      series={chart.series}
      points={chart.points}
      unit={chart.unit}
      axisLabel={chart.axisLabel}
      log={log}
    />
  );
}

export function DatedPanel({ description, ...p }: DatedChart & { description?: ReactNode }) {
  const t = useTranslations("seriesPanel");
  const [options, setOptions] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(p.stateKey), history: "replace" });
  return (
    <PanelShell
      id={p.id}
      title={p.title}
      description={description}
      settings={
        <form className="view-controls" onSubmit={(e) => e.preventDefault()} aria-label={t("settings", { title: p.title })}>
          <label>
            <input
              type="checkbox"
              checked={options.scale === "log"}
              onChange={(e) => setOptions({ scale: e.target.checked ? "log" : null })}
            />{" "}
            {t("logScale")}
          </label>
        </form>
      }
      tab={options.tab}
      onTab={(t) => setOptions({ tab: t === "chart" ? null : t })}
      chart={() => <DatedChartView chart={p} log={options.scale === "log"} />}
      table={() => <StatementsTable rows={p.rows} caption={p.tableCaption} />}
      sources={() => <SourceList sources={p.sources} />}
      caption={
        <>
          <p className="citation">
            <strong>{t("cite")}</strong> <span lang="en">{p.citation}</span>
          </p>
          <CiteView panelId={p.id} title={p.title} years={p.years} sources={p.sources} />
        </>
      }
      downloads={
        <>
          <a href={p.downloads.csv} download>
            {t("downloadEvery")}
          </a>
          <a href={p.downloads.json} download>
            JSON
          </a>
          {options.tab === "chart" && (
            <ChartDownloads
              chartId={`${p.id}-chart`}
              fileStem={`china-kazakhstan-monitor_${p.id}`}
              title={p.title}
              source={t("figureSources", { publishers: [...new Set(p.sources.map((s) => s.publisher))].join("; ") })}
            />
          )}
          <EmbedAction panelId={p.id} title={p.title} />
        </>
      }
    />
  );
}
