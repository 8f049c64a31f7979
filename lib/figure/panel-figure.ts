// A FigureSpec for a time-series chart panel, from the data the panel already loads (lib/series/panel.ts): the same
// lines, flags, statement points and notes the page draws. The example of how a panel builds its figure; the page
// layer will call it (or its successor on the new panel model) for downloads and share cards.
import type { NoteKind } from "../generated/prisma/enums";
import type { PanelData } from "../series/panel";
import { isStatementPoint, WARNING_FLAGS } from "../series/chart-data";
import type { FigureSpec, LineLayer, NoteMarkerSpec } from "./spec";

export interface PanelLine {
  code: string;
  label: string;
  color: string;
  dashed?: boolean;
  pointsOnly?: boolean;
}

export interface PanelFigureOptions {
  title: string;
  subtitle?: string;
  lines: PanelLine[];
  /** Units above the y axis, e.g. "US dollars". */
  axisTitle: string;
  scale?: "linear" | "log";
  locale?: string;
  /** Note kinds drawn as markers (as on the page: events and statements on the discrepancy). */
  drawNoteKinds?: NoteKind[];
  /** Words before the publishers in the source line (default "Sources"). */
  sourceLabel?: string;
  /** Last line of the figure, e.g. the Monitor's name and the view's permalink. */
  credit?: string;
  legendText?: FigureSpec["legendText"];
}

const WARNING = new Set<string>(WARNING_FLAGS);

/** Publishers of the values drawn, best-ranked first, each once. */
export function publishersOf(data: Pick<PanelData, "sources">): string[] {
  return [...new Set([...data.sources].sort((a, b) => a.rank - b.rank).map((s) => s.publisher))];
}

export function panelFigure(data: PanelData, options: PanelFigureOptions): FigureSpec {
  const present = new Set(data.series.map((s) => s.code));
  const layers: LineLayer[] = options.lines
    .filter((l) => present.has(l.code))
    .map((l) => ({
      type: "line",
      id: l.code,
      label: l.label,
      color: l.color,
      style: l.dashed ? "dashed" : "solid",
      pointsOnly: l.pointsOnly,
      points: data.chart.rows.map((row) => {
        const meta = data.chart.meta[l.code]?.[row.year];
        return {
          year: row.year,
          value: row[l.code] ?? null,
          flagged: !!meta && meta.flags.some((f) => WARNING.has(f)),
          statement: !!meta && isStatementPoint(meta),
        };
      }),
    }));
  const first = data.chart.rows[0]?.year ?? data.from;
  const last = data.chart.rows.at(-1)?.year ?? data.to;
  const kinds = options.drawNoteKinds ?? ["event", "discrepancy_statement"];
  const notes: NoteMarkerSpec[] = data.notes
    .filter((n) => kinds.includes(n.kind) && n.yearFrom !== null && (n.yearTo ?? n.yearFrom) >= first && (n.yearTo ?? n.yearFrom) <= last)
    .map((n, i) => ({
      id: `N${i + 1}`,
      year: n.yearTo ?? n.yearFrom!,
      text: n.title,
      period: n.periodLabel ?? String(n.yearFrom),
    }));
  const publishers = publishersOf(data);
  return {
    locale: options.locale ?? "en",
    title: options.title,
    subtitle: options.subtitle,
    chart: {
      kind: "time",
      yAxis: { title: options.axisTitle, scale: options.scale },
      layers,
      years: data.chart.rows.length ? [first, last] : undefined,
    },
    notes,
    legendText: options.legendText,
    source: publishers.length ? `${options.sourceLabel ?? "Sources"}: ${publishers.join("; ")}.` : "",
    credit: options.credit,
  };
}
