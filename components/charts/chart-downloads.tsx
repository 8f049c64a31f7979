"use client";
// "Download SVG" / "Download PNG" of the chart as drawn (serialised from the DOM, rasterised on a canvas).
import { useCallback } from "react";

function serialise(chartId: string): { svg: string; width: number; height: number } | null {
  const el = document.getElementById(chartId)?.querySelector("svg.recharts-surface");
  if (!el) return null;
  const clone = el.cloneNode(true) as SVGSVGElement;
  const { width, height } = el.getBoundingClientRect();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(Math.round(width)));
  clone.setAttribute("height", String(Math.round(height)));
  const style = document.createElementNS("http://www.w3.org/2000/svg", "style");
  style.textContent = "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:12px;fill:#374151}";
  clone.insertBefore(style, clone.firstChild);
  const bg = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  clone.insertBefore(bg, style.nextSibling);
  return { svg: new XMLSerializer().serializeToString(clone), width: Math.round(width), height: Math.round(height) };
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

export function ChartDownloads({ chartId, fileStem }: { chartId: string; fileStem: string }) {
  const svg = useCallback(() => {
    const s = serialise(chartId);
    if (s) save(new Blob([s.svg], { type: "image/svg+xml" }), `${fileStem}.svg`);
  }, [chartId, fileStem]);
  const png = useCallback(() => {
    const s = serialise(chartId);
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
  }, [chartId, fileStem]);
  return (
    <>
      <button type="button" onClick={svg}>
        Download SVG
      </button>
      <button type="button" onClick={png}>
        Download PNG
      </button>
    </>
  );
}
