// renderFigureSvg: a FigureSpec → one complete, self-contained SVG (title, subtitle, chart, legend, note texts,
// source, credit), what a newspaper can print as is. Pure and deterministic: the same spec and size give the same
// bytes, in the browser or on the server; the PNG (png.ts) is drawn from this very string.
import { drawBarChart, barChartHeight } from "./bar-chart";
import { layoutLegend, legendEntries } from "./legend";
import { COLORS, el, hatchPattern, textBlock } from "./marks";
import { chartYears, drawTimeChart, timeChartChrome, type ChartContext } from "./time-chart";
import { DOWNLOAD_SIZE, type FigureSize, type FigureSpec, type NoteMarkerSpec } from "./spec";
import { LATIN_FONT_STACK, escapeXml, wrapText } from "./text";

interface Block {
  height: number;
  draw(y: number): string;
}

function textPart(
  text: string | undefined,
  o: {
    x: number;
    width: number;
    fontSize: number;
    lineHeight: number;
    locale: string;
    bold?: boolean;
    fill?: string;
    className: string;
    maxLines?: number;
  },
): Block | null {
  if (!text?.trim()) return null;
  const lines = wrapText(text.trim(), o.width, { fontSize: o.fontSize, bold: o.bold, locale: o.locale, maxLines: o.maxLines });
  return {
    height: lines.length * o.lineHeight,
    draw: (y) =>
      textBlock({
        x: o.x,
        y: y + o.lineHeight * 0.78,
        lines,
        fontSize: o.fontSize,
        lineHeight: o.lineHeight,
        bold: o.bold,
        fill: o.fill,
        className: o.className,
      }),
  };
}

/** Notes drawn on the chart: those on its years (a bar chart has no years, so none). */
function drawnNotes(spec: FigureSpec): NoteMarkerSpec[] {
  if (spec.chart.kind !== "time") return [];
  const years = chartYears(spec.chart);
  if (!years) return [];
  return (spec.notes ?? []).filter((n) => (n.yearTo ?? n.year) >= years[0] && n.year <= years[1]);
}

function noteLine(n: NoteMarkerSpec): string {
  const period = n.period ?? (n.yearTo && n.yearTo !== n.year ? `${n.year}–${n.yearTo}` : String(n.year));
  return `${n.id} (${period}): ${n.text}`;
}

/** The figure as an SVG document (UTF-8 text, no external references). */
export function renderFigureSvg(spec: FigureSpec, size: FigureSize = DOWNLOAD_SIZE): string {
  const fs = size.fontSize ?? 14;
  const u = fs / 14;
  const pad = Math.round(fs * 1.5);
  const width = size.width;
  const inner = width - 2 * pad;
  const fixed = size.height !== undefined;
  const ids = {
    title: `${size.idPrefix ?? "fig"}-title`,
    desc: `${size.idPrefix ?? "fig"}-desc`,
    hatch: `${size.idPrefix ?? "fig"}-hatch`,
  };
  const ctx: ChartContext = { locale: spec.locale, fontSize: fs, hatchId: ids.hatch };
  const locale = spec.locale;
  const small = { x: pad, width: inner, fontSize: fs * 0.8, lineHeight: fs * 1.15, locale, fill: COLORS.muted };

  const title = textPart(spec.title, {
    x: pad,
    width: inner,
    fontSize: fs * 1.45,
    lineHeight: fs * 1.8,
    locale,
    bold: true,
    className: "fig-title",
    maxLines: fixed ? 2 : undefined,
  });
  const subtitle = textPart(spec.subtitle, {
    x: pad,
    width: inner,
    fontSize: fs * 0.95,
    lineHeight: fs * 1.3,
    locale,
    fill: COLORS.muted,
    className: "fig-subtitle",
    maxLines: fixed ? 1 : undefined,
  });
  const legend = layoutLegend(legendEntries(spec), inner, fs * 0.9, locale, ids.hatch);
  const notes = size.noteMarkers === false ? [] : drawnNotes(spec);
  // Texts of the notes on the chart's years (a bar chart has none: all its notes are listed).
  const listed = size.noteTexts === false ? [] : (spec.chart.kind === "time" ? drawnNotes(spec) : (spec.notes ?? [])).filter((n) => n.text);
  const noteText = textPart(listed.map(noteLine).join("\n"), { ...small, className: "fig-note-text" });
  const source = textPart(spec.source, { ...small, className: "fig-source", maxLines: fixed ? 1 : undefined });
  const credit = textPart(spec.credit, { ...small, className: "fig-credit", maxLines: fixed ? 1 : undefined });

  const gap = fs * 0.9;
  const header = [title, subtitle].filter((b): b is Block => !!b);
  const footer = [
    legend.height ? { height: legend.height, draw: (y: number) => legend.draw(pad, y) } : null,
    noteText,
    source,
    credit,
  ].filter((b): b is Block => !!b);
  const stack = (blocks: Block[]) => blocks.reduce((h, b) => h + b.height, 0) + Math.max(0, blocks.length - 1) * fs * 0.5;
  const headerHeight = stack(header);
  let footerHeight = stack(footer);
  const chrome = spec.chart.kind === "time" ? timeChartChrome(spec.chart, notes, inner, ctx) : 0;
  const natural = spec.chart.kind === "time" ? chrome + Math.round(inner * 0.42) : barChartHeight(spec.chart, inner, ctx);
  let chartHeight = natural;
  if (fixed) {
    chartHeight = size.height! - 2 * pad - headerHeight - footerHeight - 2 * gap;
    if (chartHeight < chrome + fs * 6 && noteText) {
      footer.splice(footer.indexOf(noteText), 1);
      footerHeight = stack(footer);
      chartHeight = size.height! - 2 * pad - headerHeight - footerHeight - 2 * gap;
    }
    chartHeight = Math.max(chartHeight, chrome + fs * 4);
  }
  const height = fixed ? size.height! : Math.ceil(2 * pad + headerHeight + gap + chartHeight + gap + footerHeight);

  const parts: string[] = [];
  let y = pad;
  header.forEach((b) => {
    parts.push(b.draw(y));
    y += b.height + fs * 0.5;
  });
  y += gap - (header.length ? fs * 0.5 : 0);
  const box = { x: pad, y, width: inner, height: chartHeight };
  parts.push(spec.chart.kind === "time" ? drawTimeChart(spec.chart, notes, box, ctx) : drawBarChart(spec.chart, box, ctx));
  y += chartHeight + gap;
  footer.forEach((b) => {
    parts.push(b.draw(y));
    y += b.height + fs * 0.5;
  });

  const description =
    spec.description ??
    [spec.subtitle, spec.source]
      .filter((t): t is string => !!t?.trim())
      .map((t) => (/[.!?。]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`))
      .join(" ");
  const svg = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      "xml:lang": locale,
      role: "img",
      "aria-labelledby": `${ids.title} ${ids.desc}`,
      "font-family": LATIN_FONT_STACK,
    },
    el("title", { id: ids.title }, escapeXml(spec.title)),
    el("desc", { id: ids.desc }, escapeXml(description)),
    el("defs", {}, hatchPattern(ids.hatch, u)),
    el("rect", { width, height, fill: "#ffffff" }),
    ...parts,
  );
  return size.inline ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
