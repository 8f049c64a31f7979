// One direction of trade (exporter → importer): chart / table / sources tabs, the statements on the discrepancy
// placed on their years and listed with their sources and the gap computed here, and downloads of this exact view.
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { PanelTabs } from "@/components/panels/panel-tabs";
import type { MirrorView } from "@/lib/mirror/get-mirror-view";
import type { NoteRow } from "@/lib/notes/queries";
import { formatFactor, formatPct, formatUsd } from "@/lib/mirror/format";
import { flagPhrases, gapStory, type MirrorChartRow } from "@/lib/mirror/view";
import { GapSentence } from "./gap-summary";
import { MirrorChart, type MirrorChartNote } from "./mirror-chart";
import { MirrorTable } from "./mirror-table";

export const NOTE_KIND_LABEL: Record<string, string> = {
  event: "Event",
  discrepancy_statement: "Statement on the discrepancy",
  methodology: "Methodology",
  caveat: "Data caveat",
};

export interface MirrorPanelProps {
  id: string;
  /** Prefix of this panel's URL state (its tab), so the two panels' tabs are independent. */
  stateKey: string;
  view: MirrorView;
  chartRows: MirrorChartRow[];
  notes: NoteRow[];
  colors: { exporter: string; importer: string };
  year: number;
  from: number;
  to: number;
  /** Query string of /api/mirror for exactly this view. */
  apiQuery: string;
  /** Show the chosen year's sentence (off where the page's summary already says it). */
  showSentence?: boolean;
}

function periodOf(n: NoteRow): string {
  return n.periodLabel ?? (n.yearTo && n.yearTo !== n.yearFrom ? `${n.yearFrom}–${n.yearTo}` : String(n.yearFrom));
}

function sourceLine(n: NoteRow): string | null {
  return n.source ? `${n.source.publisher}: ${n.source.title}` : null;
}

/** Chart markers: one per span of years, for statements and events (caveats are listed, and visible as flags). */
export function noteMarkers(notes: NoteRow[]): MirrorChartNote[] {
  const groups = new Map<string, MirrorChartNote>();
  notes.forEach((n, i) => {
    if (n.kind === "caveat" || n.yearFrom === null) return;
    const yearTo = n.yearTo ?? n.yearFrom;
    const id = `${n.yearFrom}-${yearTo}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, label: "", yearFrom: n.yearFrom, yearTo, items: [] }));
    g.items.push({
      number: i + 1,
      kindLabel: NOTE_KIND_LABEL[n.kind] ?? n.kind,
      periodLabel: periodOf(n),
      title: n.title,
      body: n.body,
      quotedValue: n.quotedValue,
      source: sourceLine(n),
    });
  });
  for (const g of groups.values()) {
    const nums = g.items.map((i) => i.number);
    const consecutive = nums.every((v, k) => k === 0 || v === nums[k - 1]! + 1);
    g.label = nums.length === 1 ? `N${nums[0]}` : consecutive ? `N${nums[0]}–${nums.at(-1)}` : nums.map((v) => `N${v}`).join(",");
  }
  return [...groups.values()];
}

export function MirrorPanel({
  id,
  stateKey,
  view,
  chartRows,
  notes,
  colors,
  year,
  from,
  to,
  apiQuery,
  showSentence = true,
}: MirrorPanelProps) {
  const names = { exporter: view.exporterName, importer: view.importerName };
  const title = `${view.exporterName} → ${view.importerName}: ${view.exporterName}'s exports as each side reports them`;
  const headingId = `${id}-title`;
  const rowOf = new Map(view.rows.map((r) => [r.year, r] as const));
  const story = gapStory(rowOf.get(year), view.cifFob);
  const flaggedRows = view.rows.filter((r) => !r.reliable && r.gap !== null);
  const oneSided = view.rows.filter((r) => r.gap === null);
  const markers = noteMarkers(notes);
  const citationYear = new Date().getFullYear();
  const publishers = [...new Set(view.sources.map((s) => s.publisher))];
  const pickText =
    view.pick.mode === "headline"
      ? `Headline rule: ${view.headlineRule.replace(/^Headline value per year: /, "")} A line can therefore switch source between years; every point names its source.`
      : "Same source only: each line uses one source for every year; years that source does not cover are left empty.";

  return (
    <section className="panel mirror-panel" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">
        Solid: {view.exporterName}&apos;s exports (FOB). Dashed: {view.importerName}&apos;s imports from {view.exporterName} (CIF). Dotted,
        with its shaded band: {view.importerName}&apos;s figure converted to FOB (÷ {formatFactor(view.cifFob)}; band{" "}
        {formatFactor(view.band[0])}–{formatFactor(view.band[1])}). Bars: the gap CIF/FOB does not explain.
      </p>
      {!showSentence ? null : story ? (
        <GapSentence story={story} names={names} />
      ) : (
        <p className="gap-sentence muted">
          {year}: {rowOf.get(year) ? flagPhrases(rowOf.get(year)!, names).join("; ") : "no figure from either side"} in this view.
        </p>
      )}
      <figure className="panel-figure" aria-labelledby={headingId}>
        <PanelTabs
          stateKey={stateKey}
          label={`${title}: chart, table or sources`}
          chart={
            <>
              <MirrorChart
                id={`${id}-chart`}
                rows={chartRows}
                names={names}
                colors={colors}
                cifFob={view.cifFob}
                band={view.band}
                notes={markers}
              />
              <ul className="mirror-legend" aria-label="How to read the chart">
                <li>
                  <svg width="28" height="10" aria-hidden="true">
                    <line x1="0" y1="5" x2="28" y2="5" stroke={colors.exporter} strokeWidth="2.2" />
                  </svg>{" "}
                  {view.exporterName} reports
                </li>
                <li>
                  <svg width="28" height="10" aria-hidden="true">
                    <line x1="0" y1="5" x2="28" y2="5" stroke={colors.importer} strokeWidth="2.2" strokeDasharray="6 3" />
                  </svg>{" "}
                  {view.importerName} reports
                </li>
                <li>
                  <svg width="28" height="12" aria-hidden="true">
                    <rect x="0" y="1" width="28" height="10" fill={colors.importer} fillOpacity="0.14" />
                    <line x1="0" y1="6" x2="28" y2="6" stroke={colors.importer} strokeWidth="1.4" strokeDasharray="2 3" />
                  </svg>{" "}
                  {view.importerName} at FOB, with band
                </li>
                <li>
                  <svg width="14" height="12" aria-hidden="true">
                    <rect x="1" y="1" width="12" height="10" fill="#4b5563" fillOpacity="0.45" />
                  </svg>{" "}
                  Gap not explained by CIF/FOB
                </li>
                <li>
                  <svg width="14" height="12" aria-hidden="true">
                    <rect x="1" y="1" width="12" height="10" fill="#fef3c7" stroke="#b45309" />
                    <line x1="1" y1="11" x2="13" y2="1" stroke="#b45309" strokeWidth="2" />
                  </svg>{" "}
                  Gap built on an estimate or incomplete data (labelled): not a measured gap
                </li>
                <li>
                  <svg width="14" height="14" aria-hidden="true">
                    <circle cx="7" cy="7" r="5" fill="#fff" stroke="#b45309" strokeWidth="2.2" />
                    <line x1="4.5" y1="9.5" x2="9.5" y2="4.5" stroke="#b45309" strokeWidth="1.4" />
                  </svg>{" "}
                  Estimated or incomplete figure
                </li>
                <li>
                  <svg width="14" height="14" aria-hidden="true">
                    <rect x="3" y="3" width="8" height="8" fill="#fff" stroke="#374151" strokeWidth="1.6" />
                  </svg>{" "}
                  Rounded figure (a quoted statement, or derived from a rounded share)
                </li>
                <li>
                  <svg width="14" height="14" aria-hidden="true">
                    <path d="M7 2v10M2 7h10" stroke="#6b7280" strokeWidth="3" />
                  </svg>{" "}
                  One side only: no gap
                </li>
                <li>
                  <span className="legend-note">N1</span> Statement or event: hover or focus for the full text (listed below)
                </li>
              </ul>
            </>
          }
          table={
            <MirrorTable
              rows={view.rows}
              names={names}
              cifFob={view.cifFob}
              caption={`${title}, ${from}–${to}, US dollars; CIF/FOB factor ${view.cifFob}`}
            />
          }
          sources={
            <div className="sources-tab">
              <p>{pickText}</p>
              <ul>
                {view.sources.map((s) => (
                  <li key={s.key}>
                    <strong>{s.publisher}</strong>: {s.title}
                    {s.vintage ? ` (${s.vintage})` : ""}. <span className="location">{s.location}</span>
                    <br />
                    <small className="muted">Cite: {s.citation}</small>
                  </li>
                ))}
              </ul>
            </div>
          }
        />
        <figcaption>
          {flaggedRows.length > 0 && (
            <p className="flag-legend">
              <span aria-hidden="true">⚠ </span>
              Gaps built on estimates or incomplete partner detail — not measured gaps:{" "}
              {flaggedRows
                .map(
                  (r) =>
                    `${r.year} (${[...new Set([...r.exporterFlags.map((f) => `${view.exporterName} ${f}`), ...r.importerFlags.map((f) => `${view.importerName} ${f}`)].filter((t) => /estimate|incomplete/.test(t)))].join(", ")})`,
                )
                .join("; ")}
              .
            </p>
          )}
          {oneSided.length > 0 && (
            <p className="muted small">
              One side only (no gap computed):{" "}
              {oneSided
                .map(
                  (r) => `${r.year} (${r.exporterReported === null ? `no ${view.exporterName} figure` : `no ${view.importerName} figure`})`,
                )
                .join(", ")}
              .
            </p>
          )}
          <p className="citation">
            <strong>Cite:</strong> China–Kazakhstan Economic Monitor ({citationYear}). Mirror statistics, {title}, {from}–{to}, CIF/FOB
            factor {view.cifFob}. Data: {publishers.join("; ")}.
          </p>
        </figcaption>
      </figure>
      {notes.length > 0 && (
        <div className="panel-notes">
          <h3>Statements, events and caveats on this chart</h3>
          <ol>
            {notes.map((n, i) => {
              const years = n.kind === "caveat" || n.yearFrom === null ? [] : [...new Set([n.yearFrom, n.yearTo ?? n.yearFrom])];
              const computed = years.map((y) => ({ y, r: rowOf.get(y) })).filter((c) => c.r && c.r.gap !== null);
              return (
                <li key={n.key} id={`${id}-note-${i + 1}`}>
                  <details>
                    <summary>
                      <span className="note-number">N{i + 1}</span> {periodOf(n)}: {n.title}
                      {n.quotedValue ? <span className="muted"> — {n.quotedValue}</span> : null}
                    </summary>
                    <p>
                      <em>{NOTE_KIND_LABEL[n.kind] ?? n.kind}.</em> {n.body}
                    </p>
                    {computed.length > 0 && (
                      <p className="computed-check">
                        Computed here with the current settings:{" "}
                        {computed
                          .map(
                            ({ y, r }) =>
                              `${y}: gap ${formatUsd(r!.gap!)}${r!.gapPctOfExporter !== null ? ` (${formatPct(r!.gapPctOfExporter)} of ${view.exporterName}'s figure)` : ""}${r!.reliable ? "" : " — built on flagged data"}`,
                          )
                          .join("; ")}
                        .
                      </p>
                    )}
                    {n.source && (
                      <p className="muted small">
                        Source: {n.source.publisher}: {n.source.title}.{" "}
                        {n.source.location.startsWith("http") ? (
                          <a href={n.source.location} rel="noreferrer">
                            {n.source.location}
                          </a>
                        ) : (
                          <span className="location">{n.source.location}</span>
                        )}
                      </p>
                    )}
                  </details>
                </li>
              );
            })}
          </ol>
        </div>
      )}
      <div className="downloads" aria-label={`Downloads: ${title}`}>
        <a href={`/api/export?view=mirror&${apiQuery}&format=csv`} download>
          Download CSV (this view)
        </a>
        <a href={`/api/export?view=mirror&${apiQuery}&format=json`} download>
          JSON
        </a>
        <a href={`/api/mirror?${apiQuery}`}>API</a>
        <ChartDownloads
          chartId={`${id}-chart`}
          fileStem={`china-kazakhstan-monitor_mirror_${view.exporter}-${view.importer}_${from}-${to}`}
        />
      </div>
    </section>
  );
}
