// The horizontal bar chart of a figure: one group per category (HS chapter), one bar per series (each side's figure),
// hatched where the value is flagged; category labels wrap to two lines in a column on the left.
import { COLORS, el, r, textBlock } from "./marks";
import { valueScale } from "./scales";
import type { BarChartSpec } from "./spec";
import type { ChartBox, ChartContext } from "./time-chart";
import { textWidth, wrapText } from "./text";

function labelColumn(spec: BarChartSpec, width: number, fs: number, locale: string) {
  const widest = Math.max(0, ...spec.categories.map((c) => textWidth(c.label, fs * 0.85)));
  const column = Math.min(width * 0.34, widest + 2);
  return { column, labels: spec.categories.map((c) => wrapText(c.label, column, { fontSize: fs * 0.85, locale, maxLines: 2 })) };
}

function axisTitle(spec: BarChartSpec, width: number, ctx: ChartContext): string[] {
  return spec.valueAxis.title ? wrapText(spec.valueAxis.title, width, { fontSize: ctx.fontSize * 0.9, locale: ctx.locale }) : [];
}

/** Natural height of the bar chart at this width. */
export function barChartHeight(spec: BarChartSpec, width: number, ctx: ChartContext): number {
  const fs = ctx.fontSize;
  const { labels } = labelColumn(spec, width, fs, ctx.locale);
  const groups = labels.reduce((sum, lines) => sum + Math.max(spec.series.length * fs * 0.95, lines.length * fs * 1.05) + fs * 0.7, 0);
  return axisTitle(spec, width, ctx).length * fs * 1.2 + fs * 0.4 + groups + fs * 1.8;
}

export function drawBarChart(spec: BarChartSpec, box: ChartBox, ctx: ChartContext): string {
  const fs = ctx.fontSize;
  const u = fs / 14;
  const titleLines = axisTitle(spec, box.width, ctx);
  const { column, labels } = labelColumn(spec, box.width, fs, ctx.locale);
  const values = spec.categories.flatMap((c) => c.values.flatMap((v) => (v.value === null ? [] : [v.value])));
  const top = box.y + titleLines.length * fs * 1.2 + fs * 0.4;
  const bottom = box.y + box.height - fs * 1.8;
  const count = Math.max(2, Math.round((box.width - column) / (fs * 7)));
  const provisional = valueScale({ ...spec.valueAxis, scale: "linear" }, values, [0, 1], ctx.locale, count);
  const lastLabel = provisional.ticks[provisional.ticks.length - 1]?.label ?? "";
  const left = box.x + column + 8 * u;
  const right = box.x + box.width - Math.max(4 * u, textWidth(lastLabel, fs * 0.85) / 2);
  const x = valueScale({ ...spec.valueAxis, scale: "linear" }, values, [left, right], ctx.locale, count);
  // Each group gets the height its label needs; any height left over widens the bars (fixed-height figures).
  const needs = labels.map((lines) => Math.max(spec.series.length * fs * 0.95, lines.length * fs * 1.05) + fs * 0.7);
  const stretch = Math.max(
    0.5,
    (bottom - top) /
      Math.max(
        1,
        needs.reduce((a, b) => a + b, 0),
      ),
  );
  const out: string[] = [
    textBlock({
      x: box.x,
      y: box.y + fs * 0.95,
      lines: titleLines,
      fontSize: fs * 0.9,
      lineHeight: fs * 1.2,
      fill: COLORS.muted,
      className: "fig-axis-title",
    }),
  ];
  for (const t of x.ticks) {
    if (t.value < x.domain[0] || t.value > x.domain[1]) continue;
    const tx = x.at(t.value);
    out.push(el("line", { x1: tx, y1: top, x2: tx, y2: bottom, stroke: COLORS.grid, "stroke-dasharray": `${r(3 * u)} ${r(3 * u)}` }));
    out.push(
      textBlock({
        x: tx,
        y: bottom + fs * 1.25,
        lines: [t.label],
        fontSize: fs * 0.85,
        lineHeight: fs,
        fill: COLORS.muted,
        anchor: "middle",
        className: "fig-tick",
      }),
    );
  }
  const zero = x.at(Math.max(0, x.domain[0]));
  out.push(el("line", { x1: zero, y1: top, x2: zero, y2: bottom, stroke: COLORS.axis }));
  let gy = top;
  spec.categories.forEach((category, i) => {
    const h = needs[i]! * stretch;
    const inner = h - fs * 0.7 * stretch;
    const bh = Math.min(fs * 1.4, inner / Math.max(1, spec.series.length));
    const barsTop = gy + (h - bh * spec.series.length) / 2;
    const lines = labels[i]!;
    const labelTop = gy + h / 2 - (lines.length * fs * 1.05) / 2;
    out.push(
      textBlock({
        x: left - 8 * u,
        y: labelTop + fs * 0.8,
        lines,
        fontSize: fs * 0.85,
        lineHeight: fs * 1.05,
        anchor: "end",
        className: "fig-category",
      }),
    );
    spec.series.forEach((s, k) => {
      const v = category.values[k];
      if (!v || v.value === null) return;
      const x0 = Math.min(zero, x.at(v.value));
      const w = Math.abs(x.at(v.value) - zero);
      const y0 = barsTop + k * bh + bh * 0.06;
      out.push(
        v.flagged
          ? el("rect", {
              class: "fig-bar fig-bar-flagged",
              x: x0,
              y: y0,
              width: w,
              height: bh * 0.88,
              fill: `url(#${ctx.hatchId})`,
              stroke: COLORS.flag,
              "stroke-width": u,
            })
          : el("rect", { class: "fig-bar", x: x0, y: y0, width: w, height: bh * 0.88, fill: s.color }),
      );
    });
    gy += h;
  });
  return el("g", { class: "fig-chart fig-bar-chart" }, ...out);
}
