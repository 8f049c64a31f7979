// Drawing of a time chart's layers: bands, bars from zero (hatched when flagged), crosses on the zero line, and lines
// with their points (dots, squares for statements, warning rings for flagged values).
import { area, line } from "d3-shape";
import { COLORS, cross, dashArray, el, filledSquare, flaggedRing, hollowSquare, textBlock } from "./marks";
import type { ValueScale } from "./scales";
import type { TimeLayer } from "./spec";

/** Where things go: x of a year, the value scale, the zero line's y, the years drawn and the bar width. */
export interface Frame {
  xOf: (year: number) => number;
  y: ValueScale;
  zeroY: number;
  first: number;
  last: number;
  barWidth: number;
  fontSize: number;
  hatchId: string;
}

/** Every year of a layer from its first to its last, with null where it has no value (so lines break there). */
function byYear<T extends { year: number }>(points: T[], first: number, last: number): (T | null)[] {
  const map = new Map(points.filter((p) => p.year >= first && p.year <= last).map((p) => [p.year, p]));
  const years = [...map.keys()];
  if (years.length === 0) return [];
  const out: (T | null)[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(map.get(y) ?? null);
  return out;
}

/** Appends a layer's shapes to `out` and its point marks to `points` (drawn last, above every line). */
export function drawLayer(layer: TimeLayer, frame: Frame, out: string[], points: string[]): void {
  const { xOf, y, zeroY, first, last, barWidth, fontSize: fs } = frame;
  const u = fs / 14;
  const ctx = { hatchId: frame.hatchId };
  if (layer.type === "band") {
    const path = area<{ year: number; lower: number | null; upper: number | null } | null>()
      .defined((p) => !!p && p.lower !== null && p.upper !== null && y.drawable(p.lower) && y.drawable(p.upper))
      .x((p) => xOf(p!.year))
      .y0((p) => y.at(p!.lower!))
      .y1((p) => y.at(p!.upper!))
      .digits(2)(byYear(layer.points, first, last));
    if (path) out.push(el("path", { class: "fig-band", d: path, fill: layer.color, "fill-opacity": layer.opacity ?? 0.15 }));
  } else if (layer.type === "bars") {
    for (const p of layer.points) {
      if (p.value === null || p.year < first || p.year > last) continue;
      const x = xOf(p.year) - barWidth / 2;
      const y0 = Math.min(zeroY, y.at(p.value));
      const h = Math.abs(zeroY - y.at(p.value));
      out.push(
        p.flagged
          ? el("rect", {
              class: "fig-bar fig-bar-flagged",
              x,
              y: y0,
              width: barWidth,
              height: h,
              fill: `url(#${ctx.hatchId})`,
              stroke: COLORS.flag,
              "stroke-width": u,
            })
          : el("rect", {
              class: "fig-bar",
              x,
              y: y0,
              width: barWidth,
              height: h,
              fill: layer.color,
              "fill-opacity": layer.opacity ?? 0.5,
            }),
      );
      if (p.label) {
        const ly = p.value >= 0 ? y0 - 3 * u : y0 + h + fs * 0.8;
        out.push(
          textBlock({
            x: xOf(p.year),
            y: ly,
            lines: [p.label],
            fontSize: fs * 0.7,
            lineHeight: fs,
            fill: COLORS.flag,
            anchor: "middle",
            bold: true,
            className: "fig-bar-label",
          }),
        );
      }
    }
  } else if (layer.type === "markers") {
    for (const year of layer.years) if (year >= first && year <= last) points.push(cross(xOf(year), zeroY, layer.color ?? COLORS.zero, u));
  } else {
    const series = byYear(layer.points, first, last);
    if (!layer.pointsOnly) {
      const path = line<(typeof series)[number]>()
        .defined((p) => !!p && p.value !== null && y.drawable(p.value))
        .x((p) => xOf(p!.year))
        .y((p) => y.at(p!.value!))
        .digits(2)(series);
      if (path)
        out.push(
          el("path", {
            class: "fig-line",
            d: path,
            fill: "none",
            stroke: layer.color,
            "stroke-width": (layer.weight ?? 2) * u,
            "stroke-dasharray": dashArray(layer.style, u),
            "stroke-opacity": layer.opacity,
            "stroke-linejoin": "round",
          }),
        );
    }
    for (const p of series) {
      if (!p || p.value === null || !y.drawable(p.value)) continue;
      const [cx, cy] = [xOf(p.year), y.at(p.value)];
      if (p.flagged) points.push(flaggedRing(cx, cy, u));
      else if (layer.pointsOnly) points.push(filledSquare(cx, cy, layer.color, u));
      else if (p.statement) points.push(hollowSquare(cx, cy, layer.color, u));
      else
        out.push(el("circle", { cx, cy, r: (layer.style === "dotted" ? 1.6 : 2.4) * u, fill: layer.color, "fill-opacity": layer.opacity }));
    }
  }
}
