// The time chart of a figure: years on x, values on y; lines (solid, dashed, dotted, points only), bands, bars from
// zero (hatched when flagged), crosses on the zero line, warning rings on flagged points, note markers on their years.
import { COLORS, el, r, textBlock } from "./marks";
import { placeNoteMarkers } from "./notes";
import { maxLabelWidth, valueScale, yearTicks } from "./scales";
import type { NoteMarkerSpec, TimeChartSpec, TimeLayer } from "./spec";
import { wrapText } from "./text";
import { drawLayer, type Frame } from "./time-layers";

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartContext {
  locale: string;
  fontSize: number;
  hatchId: string;
}

function layerValues(layer: TimeLayer): number[] {
  switch (layer.type) {
    case "line":
      return layer.points.flatMap((p) => (p.value === null ? [] : [p.value]));
    case "band":
      return layer.points.flatMap((p) => [p.lower, p.upper].filter((v): v is number => v !== null));
    case "bars":
      return layer.points.flatMap((p) => (p.value === null ? [] : [p.value, 0]));
    case "markers":
      return layer.years.length ? [0] : [];
  }
}

function layerYears(layer: TimeLayer): number[] {
  if (layer.type === "markers") return layer.years;
  if (layer.type === "band") return layer.points.filter((p) => p.lower !== null || p.upper !== null).map((p) => p.year);
  return layer.points.filter((p) => p.value !== null).map((p) => p.year);
}

/** The years a chart spans: `spec.years`, else the years with a value. */
export function chartYears(spec: TimeChartSpec): [number, number] | null {
  if (spec.years) return spec.years;
  const years = spec.layers.flatMap(layerYears);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/** Lines of the y axis title above the plot. */
function axisTitle(spec: TimeChartSpec, width: number, ctx: ChartContext): string[] {
  return spec.yAxis.title ? wrapText(spec.yAxis.title, width, { fontSize: ctx.fontSize * 0.9, locale: ctx.locale }) : [];
}

/** Height the chart needs besides the plot itself (axis title, note marker rows, year labels), for layout. */
export function timeChartChrome(spec: TimeChartSpec, notes: NoteMarkerSpec[], width: number, ctx: ChartContext): number {
  const fs = ctx.fontSize;
  const [first, last] = chartYears(spec) ?? [0, 1];
  // The plot's left edge depends on the tick labels; six em is close enough to count the marker rows.
  const [left, right] = [6 * fs, width];
  const xOf = (year: number) => (first === last ? (left + right) / 2 : left + ((year - first) / (last - first)) * (right - left));
  const rows = placeNoteMarkers(notes, { first, last, left, right }, xOf, fs * 0.8).reduce((m, p) => Math.max(m, p.row + 1), 0);
  return axisTitle(spec, width, ctx).length * fs * 1.2 + rows * fs * 1.35 + fs * 2;
}

export function drawTimeChart(spec: TimeChartSpec, notes: NoteMarkerSpec[], box: ChartBox, ctx: ChartContext): string {
  const fs = ctx.fontSize;
  const u = fs / 14;
  const years = chartYears(spec) ?? [0, 1];
  const [first, last] = years;
  const values = spec.layers.flatMap(layerValues);
  const titleLines = axisTitle(spec, box.width, ctx);
  const titleHeight = titleLines.length * fs * 1.2;
  const badgeFont = fs * 0.8;
  const rowHeight = fs * 1.35;
  const xLabels = fs * 1.6;
  // Ticks depend on the values and the tick count only, so a provisional range gives the final labels' width.
  const count = Math.max(3, Math.round((box.height - titleHeight - xLabels) / (fs * 4.5)));
  const provisional = valueScale(spec.yAxis, values, [1, 0], ctx.locale, count);
  const left = box.x + maxLabelWidth(provisional.ticks, fs * 0.85) + 8 * u;
  const right = box.x + box.width - 4 * u;
  const hasBars = spec.layers.some((l) => l.type === "bars");
  const span = Math.max(1, last - first);
  const barWidth = Math.min(18 * u, ((right - left) / (span + 1)) * 0.6);
  const padX = Math.max(8 * u, hasBars ? barWidth / 2 + 3 * u : 0);
  const xOf = (year: number) => (first === last ? (left + right) / 2 : left + padX + ((year - first) / span) * (right - left - 2 * padX));
  const markers = placeNoteMarkers(notes, { first, last, left, right }, xOf, badgeFont);
  const rows = markers.reduce((m, p) => Math.max(m, p.row + 1), 0);
  const top = box.y + titleHeight + rows * rowHeight + fs * 0.8;
  const bottom = box.y + box.height - xLabels;
  const y = valueScale(spec.yAxis, values, [bottom, top], ctx.locale, count);
  const log = spec.yAxis.scale === "log";
  const zeroY = y.domain[0] <= 0 && y.domain[1] >= 0 && !log ? y.at(0) : bottom;
  const drawZero = !log && (spec.zeroLine === true || ((spec.zeroLine ?? "auto") === "auto" && y.domain[0] < 0 && y.domain[1] > 0));

  const out: string[] = [];
  out.push(
    textBlock({
      x: box.x,
      y: box.y + fs * 0.95,
      lines: titleLines,
      fontSize: fs * 0.9,
      lineHeight: fs * 1.2,
      fill: COLORS.muted,
      className: "fig-axis-title",
    }),
  );
  // Grid and y tick labels.
  for (const t of y.ticks) {
    if (t.value < Math.min(...y.domain) || t.value > Math.max(...y.domain)) continue;
    const ty = y.at(t.value);
    out.push(el("line", { x1: left, y1: ty, x2: right, y2: ty, stroke: COLORS.grid, "stroke-dasharray": `${r(3 * u)} ${r(3 * u)}` }));
    out.push(
      textBlock({
        x: left - 6 * u,
        y: ty + fs * 0.3,
        lines: [t.label],
        fontSize: fs * 0.85,
        lineHeight: fs,
        fill: COLORS.muted,
        anchor: "end",
        className: "fig-tick",
      }),
    );
  }
  out.push(el("line", { x1: left, y1: bottom, x2: right, y2: bottom, stroke: COLORS.axis }));
  for (const year of yearTicks(first, last, (right - left - 2 * padX) / span, fs * 0.85)) {
    const x = xOf(year);
    out.push(el("line", { x1: x, y1: bottom, x2: x, y2: bottom + 4 * u, stroke: COLORS.axis }));
    out.push(
      textBlock({
        x,
        y: bottom + fs * 1.25,
        lines: [String(year)],
        fontSize: fs * 0.85,
        lineHeight: fs,
        fill: COLORS.muted,
        anchor: "middle",
        className: "fig-tick",
      }),
    );
  }
  // Notes: a shaded span or a dashed line through the plot, the badge above it.
  for (const n of notes) {
    const a = Math.max(n.year, first);
    const b = Math.min(n.yearTo ?? n.year, last);
    if (a > b) continue;
    out.push(
      b > a
        ? el("rect", { x: xOf(a), y: top, width: xOf(b) - xOf(a), height: bottom - top, fill: COLORS.note, "fill-opacity": 0.07 })
        : el("line", {
            x1: xOf(a),
            y1: top,
            x2: xOf(a),
            y2: bottom,
            stroke: COLORS.note,
            "stroke-dasharray": `${r(4 * u)} ${r(3 * u)}`,
            "stroke-opacity": 0.7,
          }),
    );
  }
  if (drawZero)
    out.push(el("line", { class: "fig-zero", x1: left, y1: zeroY, x2: right, y2: zeroY, stroke: COLORS.zero, "stroke-width": u }));

  const frame: Frame = { xOf, y, zeroY, first, last, barWidth, fontSize: fs, hatchId: ctx.hatchId };
  const points: string[] = [];
  for (const layer of spec.layers) drawLayer(layer, frame, out, points);
  out.push(...points);
  for (const m of markers) {
    const by = top - fs * 0.8 - (m.row + 1) * rowHeight + fs * 0.15;
    const h = badgeFont * 1.45;
    out.push(
      el(
        "g",
        { class: "fig-note-marker" },
        el("rect", {
          x: m.x - m.width / 2,
          y: by,
          width: m.width,
          height: h,
          rx: h / 2,
          fill: COLORS.noteFill,
          stroke: COLORS.note,
          "stroke-width": u,
        }),
        textBlock({
          x: m.x,
          y: by + h * 0.72,
          lines: [m.text],
          fontSize: badgeFont,
          lineHeight: fs,
          bold: true,
          fill: COLORS.noteText,
          anchor: "middle",
          className: "fig-note-id",
        }),
      ),
    );
  }
  return el("g", { class: "fig-chart fig-time-chart" }, ...out);
}
