"use client";
// "Download SVG" / "Download PNG" of a chart drawn in the browser (mirror, dated statements; series charts download
// lib/figure's server-drawn figure instead): the chart's SVG as drawn, framed as a complete figure — title, the
// panel's legend (its swatches and labels), the source line and the view's permalink with its data version — and
// rasterised on a canvas for the PNG.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useDataVersion } from "@/components/site/data-version";
import { withVersion } from "@/lib/permalink";

const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif";
const PAD = 16;
const LINE = 18;

/** Words wrapped to lines of about `width` px at 12 px (an average glyph is ~6.2 px wide). */
function wrap(text: string, width: number, charWidth = 6.2): string[] {
  const max = Math.max(20, Math.floor(width / charWidth));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textEl(x: number, y: number, text: string, attrs: Record<string, string> = {}): SVGTextElement {
  const t = document.createElementNS(SVG_NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
  t.textContent = text;
  return t;
}

function serialise(
  chartId: string,
  title: string,
  source: string,
  permalink: string,
): { svg: string; width: number; height: number } | null {
  const host = document.getElementById(chartId);
  const el = host?.querySelector("svg.recharts-surface");
  if (!host || !el) return null;
  const { width: w, height: h } = el.getBoundingClientRect();
  const width = Math.round(w) + 2 * PAD;
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  const style = document.createElementNS(SVG_NS, "style");
  style.textContent = `text{font-family:${FONT};font-size:12px;fill:#374151}.fig-title{font-size:16px;font-weight:700;fill:#111827}`;
  root.appendChild(style);
  const bg = document.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  root.appendChild(bg);
  let y = PAD + 14;
  for (const line of wrap(title, width - 2 * PAD, 8.6)) {
    root.appendChild(textEl(PAD, y, line, { class: "fig-title" }));
    y += LINE + 2;
  }
  const chart = el.cloneNode(true) as SVGSVGElement;
  chart.setAttribute("x", String(PAD));
  chart.setAttribute("y", String(y));
  chart.setAttribute("width", String(Math.round(w)));
  chart.setAttribute("height", String(Math.round(h)));
  root.appendChild(chart);
  y += Math.round(h) + LINE;
  // The panel's own legend: each entry's swatch (an inline SVG) and its label.
  const items = host.closest("section")?.querySelectorAll(".chart-legend li, .mirror-legend li") ?? [];
  for (const li of items) {
    const swatch = li.querySelector("svg");
    if (swatch) {
      const s = swatch.cloneNode(true) as SVGSVGElement;
      s.setAttribute("x", String(PAD));
      s.setAttribute("y", String(y - 10));
      root.appendChild(s);
    }
    root.appendChild(textEl(PAD + 36, y, (li.textContent ?? "").trim(), { class: "fig-legend-label" }));
    y += LINE;
  }
  y += 4;
  for (const line of wrap(source, width - 2 * PAD)) {
    root.appendChild(textEl(PAD, y, line, { class: "fig-source" }));
    y += LINE;
  }
  root.appendChild(textEl(PAD, y, `China–Kazakhstan Economic Monitor · ${permalink}`, { class: "fig-credit" }));
  const height = y + PAD;
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ChartDownloads({ chartId, fileStem, title, source }: { chartId: string; fileStem: string; title: string; source: string }) {
  const t = useTranslations("panel");
  const { version } = useDataVersion();
  const figure = useCallback(() => {
    const url = new URL(withVersion(window.location.href, version));
    url.hash = chartId.replace(/-chart$/, "");
    return serialise(chartId, title, source, url.toString());
  }, [chartId, title, source, version]);
  const svg = useCallback(() => {
    const s = figure();
    if (s) save(new Blob([s.svg], { type: "image/svg+xml" }), `${fileStem}.svg`);
  }, [figure, fileStem]);
  const png = useCallback(() => {
    const s = figure();
    if (!s) return;
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = s.width * scale;
      canvas.height = s.height * scale;
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob((blob) => blob && save(blob, `${fileStem}.png`), "image/png");
    };
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.svg)}`;
  }, [figure, fileStem]);
  return (
    <>
      <button type="button" onClick={svg}>
        {t("downloadSvg")}
      </button>
      <button type="button" onClick={png}>
        {t("downloadPng")}
      </button>
    </>
  );
}
