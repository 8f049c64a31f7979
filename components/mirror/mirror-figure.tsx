"use client";
// The mirror chart of one direction with its key, and the lines that say which gaps are not measured: what the mirror
// panel (mirror-panel.tsx) and its embed (components/embed/mirror-embed.tsx) both show, from the same view
// (lib/mirror/direction-view.ts). The chart's code loads after the page.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import type { MirrorView } from "@/lib/mirror/direction-view";
import { toChartRows, type MirrorViewRow } from "@/lib/mirror/rows";
import { flagPhrases } from "@/lib/mirror/story";
import { rowsInRange } from "@/lib/mirror/workbench";
import { noteMarkers } from "@/lib/notes/markers";
import type { NoteInfo } from "@/lib/panel/types";
import { MirrorLegend } from "./mirror-legend";
import { useFlagWords, useListJoin, useLocalName } from "./mirror-words";

const MirrorChart = dynamic(() => import("./mirror-chart"), { ssr: false, loading: () => <ChartPlaceholder height={400} /> });

/** Each country keeps its colour in both directions: the first country of the pair, then the second. */
export const PAIR_COLOURS = { first: "#b91c1c", second: "#1d4ed8" } as const;

/** The colours of a direction's exporter and importer. */
export function directionColours(direction: "forward" | "reverse"): { exporter: string; importer: string } {
  return direction === "forward"
    ? { exporter: PAIR_COLOURS.first, importer: PAIR_COLOURS.second }
    : { exporter: PAIR_COLOURS.second, importer: PAIR_COLOURS.first };
}

/** A direction's words in the page's locale: the economies' names, the chart's title (and its English form, for
 * citations, which stay in English) and the units of its values. */
export function useMirrorText(view: Pick<MirrorView, "exporter" | "importer" | "exporterName" | "importerName" | "real">) {
  const t = useTranslations("mirrorPanel");
  const localName = useLocalName();
  const names = { exporter: localName(view.exporter, view.exporterName), importer: localName(view.importer, view.importerName) };
  return {
    names,
    title: t("title", names),
    englishTitle: `${view.exporterName} → ${view.importerName}: ${view.exporterName}'s exports as each side reports them`,
    dollars: view.real ? t("constantUsd", { year: view.real.baseYear }) : t("usd"),
  };
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
  const { names, dollars } = useMirrorText(view);
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
        axisLabel={dollars}
      />
      <MirrorLegend names={names} colors={colors} />
    </>
  );
}

/** The gaps built on flagged data, and the years only one side reports (no gap computed), in the years shown. */
export function MirrorFlags({ view, rows }: { view: Parameters<typeof useMirrorText>[0]; rows: readonly MirrorViewRow[] }) {
  const t = useTranslations("mirrorPanel");
  const words = useFlagWords();
  const join = useListJoin();
  const { names } = useMirrorText(view);
  const flaggedRows = rows.filter((r) => !r.reliable && r.gap !== null);
  const oneSided = rows.filter((r) => r.gap === null);
  // Why a gap is flagged, from the row's flag phrases (lib/mirror/story.ts, as the table and tooltip word them): a side's
  // flag in a word or two ("China estimate"), the other reasons in full; the negative gap is a finding, not a flag.
  const why = (r: MirrorViewRow) => [
    ...new Set(
      flagPhrases(r, names)
        .filter((p) => p.key !== "negativeGap")
        .map((p) => (p.key === "side" ? t("sideFlag", { name: p.name, flag: words.short(p.flag) }) : words.phrase(p))),
    ),
  ];
  return (
    <>
      {flaggedRows.length > 0 && (
        <p className="flag-legend">
          <span aria-hidden="true">⚠ </span>
          {t("flaggedGaps", {
            list: join.entries(
              flaggedRows.map((r) => {
                const items = why(r);
                return items.length ? t("yearItem", { year: r.year, items: join.items(items) }) : String(r.year);
              }),
            ),
          })}
        </p>
      )}
      {oneSided.length > 0 && (
        <p className="muted small">
          {t("oneSided", {
            list: join.items(
              oneSided.map((r) =>
                t("yearItem", {
                  year: r.year,
                  items: t("noSideFigure", { name: r.exporterReported === null ? names.exporter : names.importer }),
                }),
              ),
            ),
          })}
        </p>
      )}
    </>
  );
}
