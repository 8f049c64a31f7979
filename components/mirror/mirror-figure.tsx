"use client";
// The mirror chart of one direction with its key, and the lines that say which gaps are not measured: what the mirror
// panel (mirror-panel.tsx) and its embed (components/embed/mirror-embed.tsx) both show, from the same view
// (lib/mirror/direction-view.ts). The chart's code loads after the page.
import dynamic from "next/dynamic";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import type { MirrorView } from "@/lib/mirror/direction-view";
import { toChartRows, type MirrorViewRow } from "@/lib/mirror/rows";
import { rowsInRange } from "@/lib/mirror/workbench";
import { noteMarkers } from "@/lib/notes/markers";
import type { NoteInfo } from "@/lib/panel/types";
import { MirrorLegend } from "./mirror-legend";

const MirrorChart = dynamic(() => import("./mirror-chart"), { ssr: false, loading: () => <ChartPlaceholder height={400} /> });

/** Each country keeps its colour in both directions: the first country of the pair, then the second. */
export const PAIR_COLOURS = { first: "#b91c1c", second: "#1d4ed8" } as const;

/** The colours of a direction's exporter and importer. */
export function directionColours(direction: "forward" | "reverse"): { exporter: string; importer: string } {
  return direction === "forward"
    ? { exporter: PAIR_COLOURS.first, importer: PAIR_COLOURS.second }
    : { exporter: PAIR_COLOURS.second, importer: PAIR_COLOURS.first };
}

/** The title of a direction's chart. */
export function mirrorTitle(view: Pick<MirrorView, "exporterName" | "importerName">): string {
  return `${view.exporterName} → ${view.importerName}: ${view.exporterName}'s exports as each side reports them`;
}

/** The units of the chart's values. */
export function mirrorDollars(view: Pick<MirrorView, "real">): string {
  return view.real ? `constant ${view.real.baseYear} US dollars` : "US dollars";
}

/** Publishers of the values shown, each once. */
export function mirrorPublishers(view: Pick<MirrorView, "sources">): string[] {
  return [...new Set(view.sources.map((s) => s.publisher))];
}

export function MirrorFigure({
  id,
  view,
  range,
  notes,
  colors,
}: {
  /** The panel's id: the chart is `${id}-chart` (its downloads find it there). */
  id: string;
  view: MirrorView;
  range: { from: number; to: number };
  notes: NoteInfo[];
  colors: { exporter: string; importer: string };
}) {
  const names = { exporter: view.exporterName, importer: view.importerName };
  const drawn = notes.filter((n) => n.kind !== "caveat");
  return (
    <>
      <MirrorChart
        id={`${id}-chart`}
        rows={toChartRows(rowsInRange(view.rows, range), { ...range, cifFob: view.cifFob })}
        names={names}
        colors={colors}
        cifFob={view.cifFob}
        band={view.band}
        markers={noteMarkers(drawn, range)}
        axisLabel={mirrorDollars(view)}
      />
      <MirrorLegend names={names} colors={colors} />
    </>
  );
}

/** The gaps built on flagged data, and the years only one side reports (no gap computed), in the years shown. */
export function MirrorFlags({ view, rows }: { view: Pick<MirrorView, "exporterName" | "importerName">; rows: readonly MirrorViewRow[] }) {
  const flaggedRows = rows.filter((r) => !r.reliable && r.gap !== null);
  const oneSided = rows.filter((r) => r.gap === null);
  return (
    <>
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
            .map((r) => `${r.year} (${r.exporterReported === null ? `no ${view.exporterName} figure` : `no ${view.importerName} figure`})`)
            .join(", ")}
          .
        </p>
      )}
    </>
  );
}
