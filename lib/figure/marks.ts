// SVG building blocks shared by the charts and the legend, so a legend swatch is the very mark the chart draws.
import { CJK_FONT_STACK, escapeXml, needsCjkFont } from "./text";

export const COLORS = {
  text: "#111827",
  muted: "#4b5563",
  grid: "#e5e7eb",
  axis: "#9ca3af",
  zero: "#6b7280",
  flag: "#b45309",
  hatchBackground: "#fef3c7",
  note: "#6366f1",
  noteFill: "#eef2ff",
  noteText: "#3730a3",
};

/** Rounds to 0.01 px: smaller files, and the same spec always gives the same bytes. */
export function r(n: number): string {
  return String(Math.round(n * 100) / 100);
}

type Attrs = Record<string, string | number | undefined | null | false>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? r(v) : escapeXml(String(v))}"`)
    .join("");
}

/** One element; children are already-built SVG strings. */
export function el(tag: string, a: Attrs, ...children: string[]): string {
  const inner = children.join("");
  return inner ? `<${tag}${attrs(a)}>${inner}</${tag}>` : `<${tag}${attrs(a)}/>`;
}

export interface TextBlock {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  bold?: boolean;
  fill?: string;
  anchor?: "start" | "middle" | "end";
  className?: string;
}

/** A multi-line text: one <text> with a <tspan> per line (in the CJK font where needsCjkFont), so the text node holds the whole string. */
export function textBlock(b: TextBlock): string {
  const lines = b.lines.map((line, i) =>
    el(
      "tspan",
      { x: b.x, ...(i === 0 ? { y: b.y } : { dy: b.lineHeight }), "font-family": needsCjkFont(line) ? CJK_FONT_STACK : undefined },
      escapeXml(line) || " ",
    ),
  );
  return el(
    "text",
    {
      class: b.className,
      "font-size": b.fontSize,
      "font-weight": b.bold ? 700 : undefined,
      fill: b.fill ?? COLORS.text,
      "text-anchor": b.anchor && b.anchor !== "start" ? b.anchor : undefined,
    },
    ...lines,
  );
}

/** The hatch pattern for bars built on flagged data. */
export function hatchPattern(id: string, u: number): string {
  const s = 6 * u;
  return el(
    "pattern",
    { id, patternUnits: "userSpaceOnUse", width: s, height: s, patternTransform: "rotate(45)" },
    el("rect", { width: s, height: s, fill: COLORS.hatchBackground }),
    el("line", { x1: 0, y1: 0, x2: 0, y2: s, stroke: COLORS.flag, "stroke-width": 2 * u }),
  );
}

export function dashArray(style: "solid" | "dashed" | "dotted" | undefined, u: number): string | undefined {
  if (style === "dashed") return `${r(6 * u)} ${r(3 * u)}`;
  if (style === "dotted") return `${r(2 * u)} ${r(3 * u)}`;
  return undefined;
}

/** Warning ring: an estimate or incomplete value. */
export function flaggedRing(cx: number, cy: number, u: number): string {
  const d = 3 * u;
  return el(
    "g",
    { class: "fig-flagged" },
    el("circle", { cx, cy, r: 5.5 * u, fill: "#fff", stroke: COLORS.flag, "stroke-width": 2.2 * u }),
    el("line", { x1: cx - d, y1: cy + d, x2: cx + d, y2: cy - d, stroke: COLORS.flag, "stroke-width": 1.5 * u }),
  );
}

/** Filled square: a point of a points-only series (quoted statements). */
export function filledSquare(cx: number, cy: number, color: string, u: number): string {
  const s = 9 * u;
  return el("rect", { x: cx - s / 2, y: cy - s / 2, width: s, height: s, fill: color, stroke: "#fff", "stroke-width": u });
}

/** Hollow square: a quoted statement inside a database series. */
export function hollowSquare(cx: number, cy: number, color: string, u: number): string {
  const s = 8 * u;
  return el("rect", { x: cx - s / 2, y: cy - s / 2, width: s, height: s, fill: "#fff", stroke: color, "stroke-width": 1.8 * u });
}

/** Plus-shaped cross: a year with one side only. */
export function cross(cx: number, cy: number, color: string, u: number): string {
  const d = 4.5 * u;
  return el("path", { d: `M${r(cx - d)} ${r(cy)}H${r(cx + d)}M${r(cx)} ${r(cy - d)}V${r(cy + d)}`, stroke: color, "stroke-width": 2 * u });
}
