// The legend, built from the chart's own layers (so every drawn mark has an entry, with the same swatch), laid out in
// rows that wrap to the figure's width.
import { COLORS, cross, dashArray, el, filledSquare, flaggedRing, hollowSquare, textBlock } from "./marks";
import type { FigureSpec, LineLayer } from "./spec";
import { textWidth, wrapText } from "./text";

export type Swatch =
  | { kind: "line"; color: string; style?: LineLayer["style"]; weight?: number; opacity?: number }
  | { kind: "square"; color: string }
  | { kind: "area"; color: string; opacity: number }
  | { kind: "bar"; color: string; opacity: number }
  | { kind: "hatched" }
  | { kind: "flagged" }
  | { kind: "hollow"; color: string }
  | { kind: "cross"; color: string };

export interface LegendEntry {
  label: string;
  swatch: Swatch;
}

/** Labels used when the spec gives none (English); localised callers pass `legendText` / `flaggedLabel`. */
export const DEFAULT_LEGEND_TEXT = {
  flagged: "Estimate or incomplete value",
  statement: "Quoted statement",
  hatched: "Built on estimated or incomplete data",
};

/** Every entry the chart needs, in drawing order, then the marks the renderer adds (flagged, statement, hatched). */
export function legendEntries(spec: FigureSpec): LegendEntry[] {
  const entries: LegendEntry[] = [];
  let flagged = false;
  let statement: string | null = null;
  let hatched: string | null = null;
  const chart = spec.chart;
  if (chart.kind === "bars") {
    for (const s of chart.series) entries.push({ label: s.label, swatch: { kind: "bar", color: s.color, opacity: 1 } });
    if (chart.categories.some((c) => c.values.some((v) => v.flagged && v.value !== null)))
      hatched = chart.flaggedLabel ?? DEFAULT_LEGEND_TEXT.hatched;
  } else {
    for (const layer of chart.layers) {
      if (layer.type === "line") {
        const swatch: Swatch = layer.pointsOnly
          ? { kind: "square", color: layer.color }
          : { kind: "line", color: layer.color, style: layer.style, weight: layer.weight, opacity: layer.opacity };
        entries.push({ label: layer.label, swatch });
        const drawn = layer.points.filter((p) => p.value !== null);
        if (drawn.some((p) => p.flagged)) flagged = true;
        if (!layer.pointsOnly && drawn.some((p) => p.statement && !p.flagged)) statement = COLORS.muted; // one entry for every line's squares
      } else if (layer.type === "band") {
        entries.push({ label: layer.label, swatch: { kind: "area", color: layer.color, opacity: layer.opacity ?? 0.15 } });
      } else if (layer.type === "bars") {
        entries.push({ label: layer.label, swatch: { kind: "bar", color: layer.color, opacity: layer.opacity ?? 0.5 } });
        if (layer.points.some((p) => p.flagged && p.value !== null)) hatched = layer.flaggedLabel ?? DEFAULT_LEGEND_TEXT.hatched;
      } else if (layer.years.length > 0) {
        entries.push({ label: layer.label, swatch: { kind: "cross", color: layer.color ?? COLORS.zero } });
      }
    }
  }
  if (hatched) entries.push({ label: hatched, swatch: { kind: "hatched" } });
  if (statement)
    entries.push({ label: spec.legendText?.statement ?? DEFAULT_LEGEND_TEXT.statement, swatch: { kind: "hollow", color: statement } });
  if (flagged) entries.push({ label: spec.legendText?.flagged ?? DEFAULT_LEGEND_TEXT.flagged, swatch: { kind: "flagged" } });
  return entries;
}

/** A swatch `w` × `h` px with its top-left corner at (x, y). */
export function swatch(s: Swatch, x: number, y: number, w: number, h: number, u: number, hatchId: string): string {
  const cx = x + w / 2;
  const cy = y + h / 2;
  switch (s.kind) {
    case "line":
      return el("line", {
        x1: x,
        y1: cy,
        x2: x + w,
        y2: cy,
        stroke: s.color,
        "stroke-width": (s.weight ?? 2) * 1.2 * u,
        "stroke-dasharray": dashArray(s.style, u),
        "stroke-opacity": s.opacity,
      });
    case "square":
      return filledSquare(cx, cy, s.color, u);
    case "hollow":
      return hollowSquare(cx, cy, s.color, u);
    case "flagged":
      return flaggedRing(cx, cy, u);
    case "cross":
      return cross(cx, cy, s.color, u);
    case "area":
      return el("rect", { x, y: y + h * 0.15, width: w, height: h * 0.7, fill: s.color, "fill-opacity": s.opacity });
    case "bar":
      return el("rect", { x: x + w * 0.2, y: y + h * 0.1, width: w * 0.6, height: h * 0.8, fill: s.color, "fill-opacity": s.opacity });
    case "hatched":
      return el("rect", {
        x: x + w * 0.2,
        y: y + h * 0.1,
        width: w * 0.6,
        height: h * 0.8,
        fill: `url(#${hatchId})`,
        stroke: COLORS.flag,
        "stroke-width": u,
      });
  }
}

export interface LegendLayout {
  height: number;
  /** The legend with its top-left corner at (x, y). */
  draw(x: number, y: number): string;
}

/** Entries flow left to right and wrap to `width`; an entry too long for a row gets its label wrapped. */
export function layoutLegend(entries: LegendEntry[], width: number, fontSize: number, locale: string, hatchId: string): LegendLayout {
  const u = fontSize / 14;
  const sw = 24 * u;
  const pad = 6 * u;
  const gap = 18 * u;
  const lineHeight = fontSize * 1.3;
  const rowGap = fontSize * 0.35;
  const items: { entry: LegendEntry; x: number; y: number; lines: string[] }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const entry of entries) {
    const single = textWidth(entry.label, fontSize);
    const lines = sw + pad + single <= width ? [entry.label] : wrapText(entry.label, width - sw - pad, { fontSize, locale });
    const itemWidth = sw + pad + Math.max(...lines.map((l) => textWidth(l, fontSize)));
    if (x > 0 && x + itemWidth > width) {
      y += rowHeight + rowGap;
      x = 0;
      rowHeight = 0;
    }
    items.push({ entry, x, y, lines });
    rowHeight = Math.max(rowHeight, lines.length * lineHeight);
    x += itemWidth + gap;
  }
  const height = items.length ? y + rowHeight : 0;
  return {
    height,
    draw: (ox, oy) =>
      el(
        "g",
        { class: "fig-legend" },
        ...items.map((it) =>
          el(
            "g",
            { class: "fig-legend-entry" },
            swatch(it.entry.swatch, ox + it.x, oy + it.y + (lineHeight - fontSize) / 2, sw, fontSize, u, hatchId),
            textBlock({
              x: ox + it.x + sw + pad,
              y: oy + it.y + lineHeight * 0.78,
              lines: it.lines,
              fontSize,
              lineHeight,
              fill: COLORS.text,
              className: "fig-legend-label",
            }),
          ),
        ),
      ),
  };
}
