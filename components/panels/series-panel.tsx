// One chart panel: chart / table / sources tabs, notes drawn on the chart and listed below it, caveats listed in
// full, flagged points explained, ready citation and downloads of exactly this view. Presentational: the page loads
// the data (lib/series/panel.ts) and passes it in.
import type { ReactNode } from "react";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { TimeSeriesChart, type ChartNote, type ChartSeries, type ChartSourceInfo } from "@/components/charts/time-series-chart";
import { ChartOptions } from "@/components/controls/view-controls";
import { PanelTabs } from "@/components/panels/panel-tabs";
import { SourceList } from "@/components/sources/source-list";
import { SourceLocation } from "@/components/sources/source-location";
import { ObservationsTable, type ObservationTableRow } from "@/components/tables/observations-table";
import type { NoteKind } from "@/lib/generated/prisma/enums";
import { NOTE_KIND_LABEL } from "@/lib/notes/links";
import type { NoteRow } from "@/lib/notes/queries";
import { aliasSources, isStatementPoint, sourceLabel, unitAxisLabel, WARNING_FLAGS } from "@/lib/series/chart-data";
import { expandCodes, sourceKeysOf } from "@/lib/series/derived";
import { HEADLINE_RULE_TEXT } from "@/lib/series/headline";
import type { PanelData } from "@/lib/series/panel";

export interface SeriesPanelProps {
  id: string;
  title: string;
  description?: ReactNode;
  data: PanelData;
  lines: Omit<ChartSeries, "unit">[];
  /** Prefix of this panel's URL keys; "" for a page's only panel. */
  stateKey?: string;
  allowLog?: boolean;
  allowPct?: boolean;
  /** Note kinds drawn on the chart; the others are listed in full under it. */
  drawNoteKinds?: NoteKind[];
  axisLabel?: string;
  /** Codes of the "full series" download (default: the panel's codes, plus the components of derived series). */
  fullDownloadCodes?: string[];
  /** Show the notes and caveats lists open (the page's first panel) or collapsed (later panels repeating them). */
  notesOpen?: boolean;
}

const FLAG_TEXT: Record<string, string> = { estimate: "IMF estimate", incomplete: "incomplete partner detail" };

/** Notes drawn on the chart (their year within the years drawn) and the others, listed in full. */
function noteNumbering(notes: NoteRow[], drawKinds: NoteKind[], first: number, last: number) {
  const markerYear = (n: NoteRow) => n.yearTo ?? n.yearFrom!;
  const drawn = notes.filter((n) => drawKinds.includes(n.kind) && n.yearFrom !== null && markerYear(n) >= first && markerYear(n) <= last);
  const listed = notes.filter((n) => !drawKinds.includes(n.kind));
  return { drawn, listed };
}

export function SeriesPanel({
  id,
  title,
  description,
  data,
  lines,
  stateKey = "",
  allowLog = true,
  allowPct = true,
  drawNoteKinds = ["event", "discrepancy_statement"],
  axisLabel,
  fullDownloadCodes,
  notesOpen = true,
}: SeriesPanelProps) {
  const unitOf = new Map(data.series.map((s) => [s.code, s.unit]));
  const titleOf = new Map(data.series.map((s) => [s.code, s.title]));
  const series: ChartSeries[] = lines.filter((l) => unitOf.has(l.code)).map((l) => ({ ...l, unit: unitOf.get(l.code)! }));
  const sourceInfo: Record<string, ChartSourceInfo> = Object.fromEntries(
    data.sources.map((s) => [s.key, { label: sourceLabel(s), type: s.datasetType }]),
  );
  const { meta: chartMeta, alias } = aliasSources(
    data.chart.meta,
    data.sources.map((s) => s.key),
  );
  const chartSources: Record<string, ChartSourceInfo> = Object.fromEntries(
    data.sources.map((s) => [alias.get(s.key)!, sourceInfo[s.key]!]),
  );
  // The years actually drawn (the chart spans the data within the chosen range).
  const first = data.chart.rows[0]?.year ?? data.from;
  const last = data.chart.rows.at(-1)?.year ?? data.to;
  const { drawn, listed } = noteNumbering(data.notes, drawNoteKinds, first, last);
  const chartNotes: ChartNote[] = drawn.map((n, i) => ({
    key: n.key,
    number: i + 1,
    kindLabel: NOTE_KIND_LABEL[n.kind] ?? n.kind,
    title: n.title,
    body: `${n.body}${n.quotedValue ? ` (${n.quotedValue})` : ""}`,
    periodLabel: n.periodLabel ?? String(n.yearFrom),
    year: n.yearTo ?? n.yearFrom!,
    anchorId: `${id}-note-${i + 1}`,
  }));
  const tableRows: ObservationTableRow[] = data.observations.map((o) => ({
    year: o.year,
    series: lines.find((l) => l.code === o.seriesCode)?.label ?? titleOf.get(o.seriesCode) ?? o.seriesCode,
    code: o.seriesCode,
    value: o.value,
    unit: unitOf.get(o.seriesCode) ?? "",
    source: sourceKeysOf(o)
      .map((k) => sourceInfo[k]?.label ?? k)
      .join(" + "),
    vintage: o.vintage,
    flags: [o.qualifier, ...(o.sourceType === "news_statement" && !o.components ? ["quoted statement"] : []), ...o.flags]
      .filter(Boolean)
      .join(", "),
  }));
  const warned = data.observations.filter((o) => o.flags.some((f) => (WARNING_FLAGS as readonly string[]).includes(f)));
  const statements = data.observations.filter((o) => isStatementPoint(o) && !lines.find((l) => l.code === o.seriesCode)?.pointsOnly);
  const codes = series.map((s) => s.code);
  const fullCodes = fullDownloadCodes ?? [...new Set([...codes, ...expandCodes(codes).stored])];
  const viewQuery = `series=${codes.join(",")}&from=${data.from}&to=${data.to}`;
  const headingId = `${id}-title`;
  const year = new Date().getFullYear();
  const publishers = [...new Set(data.sources.map((s) => s.publisher))];
  const citation = `China–Kazakhstan Economic Monitor (${year}). ${title}, ${first}–${last}. Data: ${publishers.join("; ")}.`;
  const unit = series[0]?.unit ?? "";
  const hasData = data.chart.rows.length > 0;

  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      {description && <div className="panel-description">{description}</div>}
      <ChartOptions stateKey={stateKey} allowLog={allowLog} allowPct={allowPct} panelTitle={title} />
      <figure className="panel-figure" aria-labelledby={headingId}>
        <PanelTabs
          label={`${title}: chart, table or sources`}
          stateKey={stateKey}
          chart={
            hasData ? (
              <TimeSeriesChart
                id={`${id}-chart`}
                title={`${title}, ${first}–${last}`}
                series={series}
                rows={data.chart.rows}
                meta={chartMeta}
                sources={chartSources}
                notes={chartNotes}
                stateKey={stateKey}
                allowLog={allowLog}
                allowPct={allowPct}
                axisLabel={axisLabel ?? unitAxisLabel(unit)}
              />
            ) : (
              <p className="empty">
                No values for {data.from}–{data.to}. Choose a wider range of years.
              </p>
            )
          }
          table={<ObservationsTable rows={tableRows} caption={`${title}, ${first}–${last} (headline value per year)`} />}
          sources={
            <div className="sources-tab">
              <p>{HEADLINE_RULE_TEXT} Every other source&apos;s value is in the full download (“all sources”).</p>
              <SourceList sources={data.sources} />
            </div>
          }
        />
        <figcaption>
          {(warned.length > 0 || statements.length > 0) && (
            <ul className="flag-legend">
              {warned.length > 0 && (
                <li>
                  <span className="legend-mark legend-warning" aria-hidden="true" /> Not a measured total:{" "}
                  {[
                    ...new Set(
                      warned.map(
                        (o) =>
                          `${o.year} (${o.flags
                            .filter((f) => f in FLAG_TEXT)
                            .map((f) => FLAG_TEXT[f])
                            .join(", ")})`,
                      ),
                    ),
                  ].join("; ")}
                  .
                </li>
              )}
              {statements.length > 0 && (
                <li>
                  <span className="legend-mark legend-statement" aria-hidden="true" /> From a quoted statement (rounded, not a statistical
                  release): {[...new Set(statements.map((o) => o.year))].sort().join(", ")}.
                </li>
              )}
            </ul>
          )}
          <p className="citation">
            <strong>Cite:</strong> {citation}
          </p>
        </figcaption>
      </figure>
      {drawn.length > 0 && (
        <details className="panel-notes" open={notesOpen}>
          <summary>
            <h3>Notes on the chart ({drawn.length})</h3>
          </summary>
          <ol>
            {drawn.map((n, i) => (
              <li key={n.key} id={`${id}-note-${i + 1}`}>
                <details>
                  <summary>
                    <span className="note-number">N{i + 1}</span> {n.periodLabel ?? n.yearFrom}: {n.title}
                  </summary>
                  <NoteBody note={n} />
                </details>
              </li>
            ))}
          </ol>
        </details>
      )}
      {listed.length > 0 && (
        <details className="panel-caveats" open={notesOpen}>
          <summary>
            <h3>Caveats and methodology ({listed.length})</h3>
          </summary>
          <ul>
            {listed.map((n) => (
              <li key={n.key}>
                <strong>{n.title}.</strong> <NoteBody note={n} inline />
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="downloads" role="group" aria-label={`Downloads: ${title}`}>
        <a href={`/api/export?${viewQuery}&format=csv`} download>
          Download CSV (this view)
        </a>
        <a href={`/api/export?series=${fullCodes.join(",")}&format=csv&all=1`} download>
          Download full series (all sources)
        </a>
        <a href={`/api/export?${viewQuery}&format=json`} download>
          JSON
        </a>
        <a href={`/api/export?${viewQuery}&format=datapackage`} download>
          Data package (zip)
        </a>
        {hasData && <ChartDownloads chartId={`${id}-chart`} fileStem={`china-kazakhstan-monitor_${id}_${first}-${last}`} />}
      </div>
    </section>
  );
}

function NoteBody({ note, inline = false }: { note: NoteRow; inline?: boolean }) {
  const text = (
    <>
      <em>{NOTE_KIND_LABEL[note.kind]}.</em> {note.body}
      {note.quotedValue ? ` (${note.quotedValue})` : ""}
    </>
  );
  const source = note.source && (
    <>
      Source: {note.source.publisher}, {note.source.title} — <SourceLocation location={note.source.location} label="open" />
    </>
  );
  if (inline)
    return (
      <>
        {text} {source && <span className="muted">{source}</span>}
      </>
    );
  return (
    <>
      <p>{text}</p>
      {source && <p className="muted">{source}</p>}
    </>
  );
}
