"use client";
// One direction of trade (exporter → importer) in the shared panel frame (components/panel/panel-shell.tsx): the mirror
// chart, its table and sources, the statements on the discrepancy placed on their years with the gap computed here,
// and downloads of exactly this view. The view comes from lib/mirror/workbench.ts; this only lays it out.
import { useQueryStates } from "nuqs";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { CiteView } from "@/components/panel/cite-view";
import { DrawnNotes } from "@/components/panel/note-list";
import { EmbedAction } from "@/components/panel/embed-action";
import { PanelShell } from "@/components/panel/panel-shell";
import { formatFactor, formatPct, formatUsd } from "@/lib/format";
import type { MirrorView } from "@/lib/mirror/direction-view";
import { flagPhrases, gapStory } from "@/lib/mirror/story";
import { rowsInRange } from "@/lib/mirror/workbench";
import { mirrorApiUrl, mirrorExportUrl } from "@/lib/panel/downloads";
import type { NoteInfo } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys } from "@/lib/url-state";
import { GapSentence } from "./gap-summary";
import { MirrorFigure, MirrorFlags, mirrorDollars, mirrorPublishers, mirrorTitle } from "./mirror-figure";
import { MirrorTable } from "./mirror-table";

export interface MirrorPanelProps {
  id: string;
  /** Prefix of this panel's URL state (its tab), so the two panels' tabs are independent. */
  stateKey: string;
  view: MirrorView;
  range: { from: number; to: number };
  notes: NoteInfo[];
  colors: { exporter: string; importer: string };
  year: number;
  /** /api/mirror query of exactly this view. */
  query: string;
  /** Show the chosen year's sentence (off where the page's summary already says it). */
  showSentence?: boolean;
  citationYear: number;
}

export function MirrorPanel(p: MirrorPanelProps) {
  const { view, range } = p;
  const [{ tab }, setState] = useQueryStates(
    { tab: panelParsers.tab },
    { urlKeys: { tab: panelUrlKeys(p.stateKey).tab }, history: "replace" },
  );
  const names = { exporter: view.exporterName, importer: view.importerName };
  const title = mirrorTitle(view);
  const rows = rowsInRange(view.rows, range);
  const rowOf = new Map(view.rows.map((r) => [r.year, r] as const));
  const story = gapStory(rowOf.get(p.year), view.cifFob);
  const publishers = mirrorPublishers(view);
  const pickText =
    view.pick.mode === "headline"
      ? `Headline rule: ${view.headlineRule.replace(/^Headline value per year: /, "")} A line can therefore switch source between years; every point names its source.`
      : "Same source only: each line uses one source for every year; years that source does not cover are left empty.";
  const dollars = mirrorDollars(view);
  const fileStem = `china-kazakhstan-monitor_mirror_${view.exporter}-${view.importer}_${range.from}-${range.to}`;
  return (
    <PanelShell
      id={p.id}
      className="mirror-panel"
      title={title}
      description={
        <>
          <p className="muted">
            Solid: {view.exporterName}&apos;s exports (FOB). Dashed: {view.importerName}&apos;s imports from {view.exporterName} (CIF).
            Dotted, with its shaded band: {view.importerName}&apos;s figure converted to FOB (÷ {formatFactor(view.cifFob)}; band{" "}
            {formatFactor(view.band[0])}–{formatFactor(view.band[1])}). Bars: the gap CIF/FOB does not explain.
          </p>
          {p.showSentence !== false &&
            (story ? (
              <GapSentence story={story} names={names} />
            ) : (
              <p className="gap-sentence muted">
                {p.year}: {rowOf.get(p.year) ? flagPhrases(rowOf.get(p.year)!, names).join("; ") : "no figure from either side"} in this
                view.
              </p>
            ))}
        </>
      }
      tab={tab}
      onTab={(t) => setState({ tab: t === "chart" ? null : t })}
      chart={() => <MirrorFigure id={p.id} view={view} range={range} notes={p.notes} colors={p.colors} />}
      table={() => (
        <MirrorTable
          rows={rows}
          names={names}
          cifFob={view.cifFob}
          caption={`${title}, ${range.from}–${range.to}, ${dollars}; CIF/FOB factor ${view.cifFob}`}
        />
      )}
      sources={() => (
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
      )}
      caption={
        <>
          <MirrorFlags view={view} rows={rows} />
          <p className="citation">
            <strong>Cite:</strong> China–Kazakhstan Economic Monitor ({p.citationYear}). Mirror statistics, {title}, {range.from}–{range.to}
            , CIF/FOB factor {formatFactor(view.cifFob)}
            {view.real ? `, constant ${view.real.baseYear} US dollars (${view.real.deflator})` : ""}. Data: {publishers.join("; ")}.
          </p>
          <CiteView panelId={p.id} title={`Mirror statistics, ${title}`} years={[range.from, range.to]} sources={view.sources} />
        </>
      }
      notes={
        <DrawnNotes
          panelId={p.id}
          notes={p.notes}
          open
          heading="Statements, events and caveats on this chart"
          extra={(n) => {
            const years = n.kind === "caveat" || n.yearFrom === null ? [] : [...new Set([n.yearFrom, n.yearTo ?? n.yearFrom])];
            const computed = years.map((y) => ({ y, r: rowOf.get(y) })).filter((c) => c.r && c.r.gap !== null);
            if (computed.length === 0) return null;
            return (
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
            );
          }}
        />
      }
      downloads={
        <>
          <a href={mirrorExportUrl(p.query, "csv")} download>
            Download CSV (this view)
          </a>
          <a href={mirrorExportUrl(p.query, "json")} download>
            JSON
          </a>
          <a href={mirrorExportUrl(p.query, "datapackage")} download>
            Data package (zip, with the HS chapters)
          </a>
          <a href={mirrorApiUrl(p.query)}>API</a>
          {tab === "chart" && (
            <ChartDownloads
              chartId={`${p.id}-chart`}
              fileStem={fileStem}
              title={`${title}, ${range.from}–${range.to}`}
              source={`Sources: ${publishers.join("; ")}. CIF/FOB factor ${formatFactor(view.cifFob)}.`}
            />
          )}
          <EmbedAction panelId={p.id} title={title} />
        </>
      }
    />
  );
}
