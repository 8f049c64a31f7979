"use client";
// A series panel: the page sends its payload once (lib/panel/load-series.ts); every setting — the page's year range,
// this panel's tab, log scale and % change — is URL state read here, and the view is recomputed in the browser
// (lib/panel/series-view.ts). No setting asks the server for anything. The chart's code loads after the page.
import dynamic from "next/dynamic";
import { useQueryStates } from "nuqs";
import { useMemo, type ReactNode } from "react";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { ObservationsTable } from "@/components/tables/observations-table";
import { HEADLINE_RULE_TEXT } from "@/lib/series/headline";
import { seriesTableRows, seriesView } from "@/lib/panel/series-view";
import type { SeriesPanelPayload } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys, rangeParsers } from "@/lib/url-state";
import { DrawnNotes, ListedNotes, NoteRefs } from "./note-list";
import { ChartPlaceholder, PanelShell } from "./panel-shell";
import { SourceList } from "./source-list";

const TimeSeriesChart = dynamic(() => import("@/components/charts/time-series-chart"), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

export interface SeriesPanelProps {
  payload: SeriesPanelPayload;
  description?: ReactNode;
  /** Year of the citation (the data version's date), fixed on the server so both renders agree. */
  citationYear: number;
}

export function SeriesPanel({ payload, description, citationYear }: SeriesPanelProps) {
  const [range] = useQueryStates(rangeParsers);
  const [options, setOptions] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(payload.stateKey), history: "replace" });
  const view = useMemo(() => seriesView(payload, { ...range, ...options }, citationYear), [payload, range, options, citationYear]);
  const chartId = `${payload.id}-chart`;
  const spanText = view.span ? `${view.span[0]}–${view.span[1]}` : "";
  const settings =
    payload.allowLog || payload.allowPct ? (
      <form className="view-controls" onSubmit={(e) => e.preventDefault()} aria-label={`Chart settings: ${payload.title}`}>
        {payload.allowLog && (
          <label>
            <input
              type="checkbox"
              checked={options.scale === "log"}
              onChange={(e) => setOptions(e.target.checked ? { scale: "log", pct: null } : { scale: null })}
            />{" "}
            Log scale
          </label>
        )}
        {payload.allowPct && (
          <label>
            <input
              type="checkbox"
              checked={options.pct}
              onChange={(e) => setOptions(e.target.checked ? { pct: true, scale: null } : { pct: null })}
            />{" "}
            % change on previous year
          </label>
        )}
      </form>
    ) : null;

  return (
    <PanelShell
      id={payload.id}
      title={payload.title}
      description={description}
      settings={settings}
      tab={options.tab}
      onTab={(t) => setOptions({ tab: t === "chart" ? null : t })}
      chart={() =>
        view.span ? (
          <div id={chartId}>
            <TimeSeriesChart
              panelId={payload.id}
              title={`${payload.title}, ${spanText}`}
              lines={payload.lines}
              rows={view.rows}
              points={view.points}
              sources={payload.sources}
              terms={payload.terms}
              markers={view.markers}
              notesPanelId={payload.notesListedIn ?? payload.id}
              unit={view.unit}
              valueUnit={payload.unit}
              axisLabel={payload.axisLabel}
              log={view.log}
              pct={view.pct}
            />
          </div>
        ) : (
          <p className="empty">
            No values for {view.range.from}–{view.range.to}. Choose a wider range of years.
          </p>
        )
      }
      table={() => (
        <ObservationsTable rows={seriesTableRows(payload, view)} caption={`${payload.title}, ${spanText} (headline value per year)`} />
      )}
      sources={() => (
        <div className="sources-tab">
          <p>{HEADLINE_RULE_TEXT} Every other source&apos;s value is in the full download (“all sources”).</p>
          <SourceList sources={payload.sources} />
        </div>
      )}
      caption={
        <>
          {(view.warnings.length > 0 || view.statementYears.length > 0) && (
            <ul className="flag-legend">
              {view.warnings.length > 0 && (
                <li>
                  <span className="legend-mark legend-warning" aria-hidden="true" /> Not a measured total: {view.warnings.join("; ")}.
                </li>
              )}
              {view.statementYears.length > 0 && (
                <li>
                  <span className="legend-mark legend-statement" aria-hidden="true" /> From a quoted statement (rounded, not a statistical
                  release): {view.statementYears.join(", ")}.
                </li>
              )}
            </ul>
          )}
          {view.words && <p className="panel-words">{view.words}</p>}
          <p className="citation">
            <strong>Cite:</strong> {view.citation}
          </p>
        </>
      }
      notes={
        <>
          {payload.notesListedIn ? (
            <NoteRefs notes={view.drawnNotes} listedIn={payload.notesListedIn} />
          ) : (
            <>
              <DrawnNotes panelId={payload.id} notes={view.drawnNotes} open />
              <ListedNotes notes={view.listedNotes} open />
            </>
          )}
        </>
      }
      downloads={
        <>
          <a href={view.downloads.csv} download>
            Download CSV (this view)
          </a>
          <a href={view.downloads.full} download>
            Download full series (all sources)
          </a>
          <a href={view.downloads.json} download>
            JSON
          </a>
          <a href={view.downloads.datapackage} download>
            Data package (zip)
          </a>
          {view.span && options.tab === "chart" && (
            <ChartDownloads chartId={chartId} fileStem={`china-kazakhstan-monitor_${payload.id}_${spanText.replace("–", "-")}`} />
          )}
        </>
      }
    />
  );
}
