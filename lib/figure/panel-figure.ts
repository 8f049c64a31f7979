// A FigureSpec for a series panel's view: the same lines, flagged and statement points, notes (with their stable
// references) and sources the panel draws in the page (lib/panel/series-view.ts), as a self-contained figure.
import { WARNING_FLAGS } from "../labels";
import type { SeriesView } from "../panel/series-view";
import type { SeriesPanelPayload } from "../panel/types";
import type { FigureSpec, LineLayer, NoteMarkerSpec } from "./spec";

export interface PanelFigureOptions {
  subtitle?: string;
  locale?: string;
  /** Words before the publishers in the source line (default "Sources"). */
  sourceLabel?: string;
  /** Last line of the figure, e.g. the Monitor's name and the view's permalink. */
  credit?: string;
  legendText?: FigureSpec["legendText"];
}

const WARNING = new Set<string>(WARNING_FLAGS);

/** Publishers of the values drawn, best-ranked first, each once. */
export function publishersOf(data: Pick<SeriesPanelPayload, "sources">): string[] {
  return [...new Set([...data.sources].sort((a, b) => a.rank - b.rank).map((s) => s.publisher))];
}

export function panelFigure(payload: SeriesPanelPayload, view: SeriesView, options: PanelFigureOptions = {}): FigureSpec {
  const layers: LineLayer[] = payload.lines.map((l) => ({
    type: "line",
    id: l.code,
    label: l.label,
    color: l.color,
    style: l.dashed ? "dashed" : "solid",
    pointsOnly: l.pointsOnly,
    points: view.rows.map((row) => {
      const p = view.points[l.code]?.[row.year];
      return { year: row.year, value: row[l.code] ?? null, flagged: !!p?.flags?.some((f) => WARNING.has(f)), statement: !!p?.statement };
    }),
  }));
  const notes: NoteMarkerSpec[] = view.drawnNotes.map((n) => ({
    id: n.ref,
    year: n.yearFrom!,
    ...(n.yearTo && n.yearTo !== n.yearFrom ? { yearTo: n.yearTo } : {}),
    text: n.title,
    period: n.periodLabel ?? undefined,
  }));
  const publishers = publishersOf(payload);
  const axis = view.pct ? "% change on previous year" : `${payload.axisLabel}${view.log ? " (log scale)" : ""}`;
  return {
    locale: options.locale ?? "en",
    title: payload.title,
    subtitle: options.subtitle,
    chart: {
      kind: "time",
      yAxis: { title: axis, scale: view.log ? "log" : "linear", percent: view.unit === "percent" },
      layers,
      years: view.span ?? undefined,
    },
    notes,
    legendText: options.legendText,
    source: publishers.length ? `${options.sourceLabel ?? "Sources"}: ${publishers.join("; ")}.` : "",
    credit: options.credit,
  };
}
