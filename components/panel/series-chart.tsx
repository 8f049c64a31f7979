"use client";
// The chart of a series panel's view and the key to its flagged points, as the panel (series-panel.tsx) and its embed
// (components/embed/series-embed.tsx) draw them: one prop list, read from the payload and the view
// (lib/panel/series-view.ts). The chart's code loads after the page.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { SeriesView } from "@/lib/panel/series-view";
import type { SeriesPanelPayload } from "@/lib/panel/types";
import { ChartPlaceholder } from "./panel-shell";
import { useWarningText } from "./use-warning-text";

const TimeSeriesChart = dynamic(() => import("@/components/charts/time-series-chart"), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

export function SeriesChart({
  payload,
  view,
  title,
  notesPanelId = payload.notesListedIn ?? payload.id,
}: {
  payload: SeriesPanelPayload;
  view: SeriesView;
  title: string;
  /** The element whose list holds the notes the markers open (an embed lists its own). */
  notesPanelId?: string;
}) {
  const span = view.span ? `${view.span[0]}–${view.span[1]}` : "";
  return (
    <div id={`${payload.id}-chart`}>
      <TimeSeriesChart
        panelId={payload.id}
        title={`${title}, ${span}`}
        lines={payload.lines}
        rows={view.rows}
        points={view.points}
        sources={payload.sources}
        terms={payload.terms}
        publishers={payload.publishers}
        markers={view.markers}
        notesPanelId={notesPanelId}
        unit={view.unit}
        valueUnit={payload.unit}
        axisLabel={view.axisLabel}
        realBase={view.real ? payload.deflator!.baseYear : null}
        log={view.log}
        pct={view.pct}
      />
    </div>
  );
}

/** What the chart's warning rings and squares mean, with the years they mark (nothing when none is drawn). */
export function SeriesFlagLegend({ view }: { view: Pick<SeriesView, "warnings" | "statementYears"> }) {
  const t = useTranslations("seriesPanel");
  const warningText = useWarningText();
  if (view.warnings.length === 0 && view.statementYears.length === 0) return null;
  return (
    <ul className="flag-legend">
      {view.warnings.length > 0 && (
        <li>
          <span className="legend-mark legend-warning" aria-hidden="true" /> {t("notMeasured", { warnings: warningText(view.warnings) })}
        </li>
      )}
      {view.statementYears.length > 0 && (
        <li>
          <span className="legend-mark legend-statement" aria-hidden="true" />{" "}
          {t("fromStatement", { years: view.statementYears.join(", ") })}
        </li>
      )}
    </ul>
  );
}
