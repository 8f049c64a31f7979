"use client";
// A panel of quoted figures at their dates (debt): the same frame as every panel (components/panel/panel-shell.tsx),
// a scatter chart of the figures (log scale optional, URL state) and the table of every figure.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import type { ReactNode } from "react";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import type { DatedPoint, DatedSeries } from "@/components/charts/dated-points-chart";
import { StatementsTable } from "@/components/tables/statements-table";
import type { SourceInfo } from "@/lib/panel/types";
import type { StatementRow } from "@/lib/series/statements";
import { panelParsers, panelUrlKeys } from "@/lib/url-state";
import { ChartPlaceholder, PanelShell } from "./panel-shell";
import { SourceList } from "./source-list";

const DatedPointsChart = dynamic(() => import("@/components/charts/dated-points-chart"), {
  ssr: false,
  loading: () => <ChartPlaceholder height={360} />,
});

export interface DatedPanelProps {
  id: string;
  stateKey: string;
  title: string;
  description?: ReactNode;
  series: DatedSeries[];
  points: DatedPoint[];
  rows: StatementRow[];
  tableCaption: string;
  sources: SourceInfo[];
  unit: string;
  axisLabel: string;
  downloads: { csv: string; json: string };
  citation: string;
}

export function DatedPanel(p: DatedPanelProps) {
  const t = useTranslations("seriesPanel");
  const [options, setOptions] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(p.stateKey), history: "replace" });
  const chartId = `${p.id}-chart`;
  return (
    <PanelShell
      id={p.id}
      title={p.title}
      description={p.description}
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
      chart={() => (
        <DatedPointsChart
          id={chartId}
          title={p.title}
          series={p.series}
          points={p.points}
          unit={p.unit}
          axisLabel={p.axisLabel}
          log={options.scale === "log"}
        />
      )}
      table={() => <StatementsTable rows={p.rows} caption={p.tableCaption} />}
      sources={() => <SourceList sources={p.sources} />}
      caption={
        <p className="citation">
          <strong>{t("cite")}</strong> <span lang="en">{p.citation}</span>
        </p>
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
              chartId={chartId}
              fileStem={`china-kazakhstan-monitor_${p.id}`}
              title={p.title}
              source={t("figureSources", { publishers: [...new Set(p.sources.map((s) => s.publisher))].join("; ") })}
            />
          )}
        </>
      }
    />
  );
}
