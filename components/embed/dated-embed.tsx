"use client";
// A chart of quoted figures at their dates alone, for other sites to frame (/embed/debt-dated): the chart as its panel
// draws it (components/panel/dated-panel.tsx), in the embed frame. The URL state is the page's (log scale, v).
import { useQueryStates } from "nuqs";
import { DatedChartView } from "@/components/panel/dated-panel";
import type { DatedChart } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys } from "@/lib/url-state";
import { EmbedFrame } from "./embed-frame";

export function DatedEmbed({ chart, backHref }: { chart: DatedChart; backHref: string }) {
  const [{ scale }] = useQueryStates({ scale: panelParsers.scale }, { urlKeys: { scale: panelUrlKeys(chart.stateKey).scale } });
  return (
    <EmbedFrame
      title={chart.title}
      subtitle={`${chart.axisLabel}${chart.years ? `, ${chart.years[0]}–${chart.years[1]}` : ""}`}
      backHref={backHref}
      publishers={[...new Set(chart.sources.map((s) => s.publisher))]}
    >
      <DatedChartView chart={chart} log={scale === "log"} />
    </EmbedFrame>
  );
}
