// One chart panel: chart / table / sources tabs, notes drawn on the chart and listed below it, flagged points
// explained, ready citation and downloads of exactly this view.
import type { ReactNode } from "react";
import { TimeSeriesChart, type ChartSeries } from "@/components/charts/time-series-chart";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { ViewControls } from "@/components/controls/view-controls";
import { PanelTabs } from "@/components/panels/panel-tabs";
import { ObservationsTable, type ObservationTableRow } from "@/components/tables/observations-table";
import { sourceLabel } from "@/lib/series/chart-data";
import { HEADLINE_RULE_TEXT } from "@/lib/series/headline";
import type { PanelData } from "@/lib/series/panel";
import type { ViewState } from "@/lib/url-state";

export interface SeriesPanelProps {
  id: string;
  title: string;
  description?: ReactNode;
  data: PanelData;
  view: ViewState;
  lines: Omit<ChartSeries, "unit">[];
  allowLog?: boolean;
}

const NOTE_KIND_LABEL: Record<string, string> = { event: "Event", discrepancy_statement: "Statement on the discrepancy", methodology: "Methodology", caveat: "Caveat" };

export function SeriesPanel({ id, title, description, data, view, lines, allowLog = true }: SeriesPanelProps) {
  const unitOf = new Map(data.series.map((s) => [s.code, s.unit]));
  const titleOf = new Map(data.series.map((s) => [s.code, s.title]));
  const series: ChartSeries[] = lines.filter((l) => unitOf.has(l.code)).map((l) => ({ ...l, unit: unitOf.get(l.code)! }));
  const sourceInfo = Object.fromEntries(data.sources.map((s) => [s.key, { label: sourceLabel(s) }]));
  const notes = data.notes.map((n, i) => ({ key: n.key, number: i + 1, title: n.title, yearFrom: n.yearFrom!, yearTo: n.yearTo ?? n.yearFrom! }));
  const tableRows: ObservationTableRow[] = data.observations.map((o) => ({
    year: o.year,
    series: lines.find((l) => l.code === o.seriesCode)?.label ?? titleOf.get(o.seriesCode) ?? o.seriesCode,
    code: o.seriesCode,
    value: o.value,
    unit: unitOf.get(o.seriesCode) ?? "",
    source: sourceInfo[o.sourceKey]?.label ?? o.sourceKey,
    vintage: o.vintage,
    flags: [o.qualifier, ...o.flags].filter(Boolean).join(", "),
  }));
  const flagged = data.observations.filter((o) => o.flags.includes("estimate") || o.flags.includes("incomplete"));
  const codes = series.map((s) => s.code).join(",");
  const viewQuery = `series=${codes}&from=${data.from}&to=${data.to}`;
  const headingId = `${id}-title`;
  const year = new Date().getFullYear();
  const citation = `China–Kazakhstan Economic Monitor (${year}). ${title}, ${data.from}–${data.to}. Data: ${data.sources.map((s) => s.publisher).filter((p, i, a) => a.indexOf(p) === i).join("; ")}.`;

  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      {description && <div className="panel-description">{description}</div>}
      <ViewControls allowLog={allowLog} />
      <figure className="panel-figure" aria-labelledby={headingId}>
        <PanelTabs
          label={`${title}: chart, table or sources`}
          chart={
            <div role="img" aria-label={`${title}, ${data.from}–${data.to}. The same numbers are in the Table tab.`}>
              <TimeSeriesChart id={`${id}-chart`} series={series} rows={data.chart.rows} meta={data.chart.meta} sources={sourceInfo} notes={notes} scale={view.scale} percentChange={view.pct} />
            </div>
          }
          table={<ObservationsTable rows={tableRows} caption={`${title}, ${data.from}–${data.to} (headline value per year)`} />}
          sources={
            <div className="sources-tab">
              <p>{HEADLINE_RULE_TEXT} Every other source's value is in the full download (“all sources”).</p>
              <ul>
                {data.sources.map((s) => (
                  <li key={s.key}>
                    <strong>{s.publisher}</strong>: {s.title}
                    {s.vintage ? ` (${s.vintage})` : ""}. <span className="location">{s.location}</span>
                  </li>
                ))}
              </ul>
            </div>
          }
        />
        <figcaption>
          {flagged.length > 0 && (
            <p className="flag-legend">
              <span className="flag-marker" aria-hidden="true">⊘</span> Marked points are IMF estimates or built on incomplete partner detail ({flagged.map((o) => `${o.year} ${o.flags.filter((f) => f === "estimate" || f === "incomplete").join("/")}`).filter((v, i, a) => a.indexOf(v) === i).join(", ")}): not measured totals.
            </p>
          )}
          <p className="citation">
            <strong>Cite:</strong> {citation}
          </p>
        </figcaption>
      </figure>
      {notes.length > 0 && (
        <div className="panel-notes">
          <h3>Notes on this chart</h3>
          <ol>
            {data.notes.map((n, i) => (
              <li key={n.key} id={`${id}-note-${i + 1}`}>
                <details>
                  <summary>
                    <span className="note-number">N{i + 1}</span> {n.periodLabel ?? n.yearFrom}: {n.title}
                  </summary>
                  <p>
                    <em>{NOTE_KIND_LABEL[n.kind]}.</em> {n.body}
                    {n.quotedValue ? ` (${n.quotedValue})` : ""}
                  </p>
                  {n.source && (
                    <p className="muted">
                      Source: {n.source.title} — {n.source.location}
                    </p>
                  )}
                </details>
              </li>
            ))}
          </ol>
        </div>
      )}
      <div className="downloads" aria-label="Downloads">
        <a href={`/api/export?${viewQuery}&format=csv`} download>
          Download CSV (this view)
        </a>
        <a href={`/api/export?series=${codes}&format=csv&all=1`} download>
          Download full series (all sources)
        </a>
        <a href={`/api/export?${viewQuery}&format=json`} download>
          JSON
        </a>
        <a href={`/api/export?${viewQuery}&format=datapackage`} download>
          Data package (zip)
        </a>
        <ChartDownloads chartId={`${id}-chart`} fileStem={`china-kazakhstan-monitor_${id}_${data.from}-${data.to}`} />
      </div>
    </section>
  );
}
