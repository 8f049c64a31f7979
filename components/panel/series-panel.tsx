"use client";
// A series panel: its data come once — with the page for a panel in the first screen, from /api/panels/{id} for one
// further down, when the reader gets near it (lib/panel/load-series.ts builds both). Every setting — the page's year
// range, this panel's tab, log scale and % change — is URL state read here, and the view is recomputed in the browser
// (lib/panel/series-view.ts). No setting asks the server for anything. The chart's code loads after the page.
import dynamic from "next/dynamic";
import { useQueryStates } from "nuqs";
import { useMemo, useRef, type ReactNode } from "react";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { ObservationsTable } from "@/components/tables/observations-table";
import { HEADLINE_RULE_TEXT } from "@/lib/series/headline";
import { seriesDownloads, seriesTableRows, seriesView } from "@/lib/panel/series-view";
import type { SeriesPanelFrame, SeriesPanelPayload } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys, rangeParsers, realParsers } from "@/lib/url-state";
import { DrawnNotes, ListedNotes, NoteRefs } from "./note-list";
import { ChartPlaceholder, PanelShell } from "./panel-shell";
import { SourceList } from "./source-list";
import { useLazyData } from "./use-lazy-data";

const TimeSeriesChart = dynamic(() => import("@/components/charts/time-series-chart"), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

/** The panel's data with the page, or its frame and where to load the data from (with the numbers in words meanwhile). */
export type SeriesPanelSource = { payload: SeriesPanelPayload } | { frame: SeriesPanelFrame; url: string; words: string };

export type SeriesPanelProps = SeriesPanelSource & {
  description?: ReactNode;
  /** Year of the citation (the data version's date), fixed on the server so both renders agree. */
  citationYear: number;
};

export function SeriesPanel(props: SeriesPanelProps) {
  const { description, citationYear } = props;
  const frame = "payload" in props ? props.payload : props.frame;
  const [range] = useQueryStates(rangeParsers);
  const [{ real }] = useQueryStates(realParsers);
  const [options, setOptions] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(frame.stateKey), history: "replace" });
  const box = useRef<HTMLDivElement>(null);
  const lazy = useLazyData<SeriesPanelPayload>("payload" in props ? null : props.url, box, options.tab !== "chart");
  const payload = "payload" in props ? props.payload : lazy.data;
  const state = { ...range, ...options, real };
  const view = useMemo(() => (payload ? seriesView(payload, state, citationYear) : null), [payload, range, options, real, citationYear]); // eslint-disable-line react-hooks/exhaustive-deps -- state is range + options + real
  const downloads = view?.downloads ?? seriesDownloads(frame, state);
  const waiting = lazy.error ? (
    <p className="error-box">The data of this chart could not be loaded: {lazy.error}</p>
  ) : (
    <p className="muted">Loading…</p>
  );
  const chartId = `${frame.id}-chart`;
  const spanText = view?.span ? `${view.span[0]}–${view.span[1]}` : "";
  const settings =
    frame.allowLog || frame.allowPct ? (
      <form className="view-controls" onSubmit={(e) => e.preventDefault()} aria-label={`Chart settings: ${frame.title}`}>
        {frame.allowLog && (
          <label>
            <input
              type="checkbox"
              checked={options.scale === "log"}
              onChange={(e) => setOptions(e.target.checked ? { scale: "log", pct: null } : { scale: null })}
            />{" "}
            Log scale
          </label>
        )}
        {frame.allowPct && (
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

  const words = view ? view.words : "payload" in props ? "" : props.words;
  return (
    <div ref={box}>
      <PanelShell
        id={frame.id}
        title={frame.title}
        description={description}
        settings={settings}
        tab={options.tab}
        onTab={(t) => setOptions({ tab: t === "chart" ? null : t })}
        chart={() =>
          !payload || !view ? (
            <ChartPlaceholder words={words} />
          ) : view.span ? (
            <div id={chartId}>
              <TimeSeriesChart
                panelId={payload.id}
                title={`${payload.title}, ${spanText}`}
                lines={payload.lines}
                rows={view.rows}
                points={view.points}
                sources={payload.sources}
                terms={payload.terms}
                publishers={payload.publishers}
                markers={view.markers}
                notesPanelId={payload.notesListedIn ?? payload.id}
                unit={view.unit}
                valueUnit={payload.unit}
                axisLabel={view.axisLabel}
                realBase={view.real ? payload.deflator!.baseYear : null}
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
        table={() =>
          payload && view ? (
            <ObservationsTable rows={seriesTableRows(payload, view)} caption={`${payload.title}, ${spanText} (headline value per year)`} />
          ) : (
            waiting
          )
        }
        sources={() =>
          payload ? (
            <div className="sources-tab">
              <p>{HEADLINE_RULE_TEXT} Every other source&apos;s value is in the full download (“all sources”).</p>
              <SourceList sources={payload.sources} />
            </div>
          ) : (
            waiting
          )
        }
        caption={
          view ? (
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
                      <span className="legend-mark legend-statement" aria-hidden="true" /> From a quoted statement (rounded, not a
                      statistical release): {view.statementYears.join(", ")}.
                    </li>
                  )}
                </ul>
              )}
              {real && !view.real && (
                <p className="muted">Shown as published ({payload!.unit}): constant dollars apply to panels in US dollars.</p>
              )}
              {view.real && (
                <p className="muted">
                  In constant {payload!.deflator!.baseYear} US dollars: each year&apos;s value × CPI-U {payload!.deflator!.baseYear} ÷ CPI-U
                  of its year ({payload!.deflator!.name}); flagged “derived”. Years without a CPI-U average are left out.
                </p>
              )}
              {view.words && <p className="panel-words">{view.words}</p>}
              <p className="citation">
                <strong>Cite:</strong> {view.citation}
              </p>
            </>
          ) : (
            lazy.error && waiting
          )
        }
        notes={
          payload && view ? (
            payload.notesListedIn ? (
              <NoteRefs notes={view.drawnNotes} listedIn={payload.notesListedIn} />
            ) : (
              <>
                <DrawnNotes panelId={payload.id} notes={view.drawnNotes} open={false} />
                <ListedNotes notes={view.listedNotes} open />
              </>
            )
          ) : null
        }
        downloads={
          <>
            <a href={downloads.csv} download>
              Download CSV (this view)
            </a>
            <a href={downloads.full} download>
              Download full series (all sources)
            </a>
            <a href={downloads.json} download>
              JSON
            </a>
            <a href={downloads.datapackage} download>
              Data package (zip, every source)
            </a>
            {view?.span && options.tab === "chart" && (
              <ChartDownloads chartId={chartId} fileStem={`china-kazakhstan-monitor_${frame.id}_${spanText.replace("–", "-")}`} />
            )}
          </>
        }
      />
    </div>
  );
}
