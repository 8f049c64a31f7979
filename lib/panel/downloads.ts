// The URLs of a view's downloads, built in one place: the CSV/JSON/data-package export of exactly the view, and of
// every source's value. Pure; the names of the parameters are those of /api/export (app/api/export/route.ts).

export type ExportFormat = "csv" | "json" | "datapackage";

export interface SeriesExport {
  codes: readonly string[];
  from?: number | null;
  to?: number | null;
  format: ExportFormat;
  /** Every source's value, not only the headline. */
  all?: boolean;
  /** Dated and range statements too (periods=all). */
  allPeriods?: boolean;
  /** US-dollar series in constant dollars of this base year (real=2024). */
  real?: number;
  /** The data version of a pinned view: the values as they were then. */
  v?: string | null;
}

export function seriesExportUrl(e: SeriesExport): string {
  const p = new URLSearchParams({ series: e.codes.join(",") });
  if (e.from !== undefined && e.from !== null) p.set("from", String(e.from));
  if (e.to !== undefined && e.to !== null) p.set("to", String(e.to));
  if (e.allPeriods) p.set("periods", "all");
  if (e.all) p.set("all", "1");
  if (e.real !== undefined) p.set("real", String(e.real));
  p.set("format", e.format);
  if (e.v) p.set("v", e.v);
  return `/api/export?${p}`;
}

/** A figure of a series panel's view, drawn on the server (lib/figure/): a complete image with legend and source line. */
export interface FigureRequest {
  figure: string;
  from?: number | null;
  to?: number | null;
  scale?: "linear" | "log";
  pct?: boolean;
  real?: boolean;
  v?: string | null;
  format: "svg" | "png";
  size?: "download" | "card";
}

export function figureUrl(f: FigureRequest): string {
  const p = new URLSearchParams({ figure: f.figure });
  if (f.from !== undefined && f.from !== null) p.set("from", String(f.from));
  if (f.to !== undefined && f.to !== null) p.set("to", String(f.to));
  if (f.scale === "log") p.set("scale", "log");
  if (f.pct) p.set("pct", "true");
  if (f.real) p.set("real", "true");
  if (f.size && f.size !== "download") p.set("size", f.size);
  p.set("format", f.format);
  if (f.v) p.set("v", f.v);
  return `/api/figure?${p}`;
}

/** The HS-chapter table of a year (or of every year with `year` null). */
export function chaptersExportUrl(args: { year: number | null; format: ExportFormat; all?: boolean }): string {
  const p = new URLSearchParams({ group: "hs-chapters" });
  if (args.year !== null) {
    p.set("from", String(args.year));
    p.set("to", String(args.year));
  }
  if (args.all) p.set("all", "1");
  p.set("format", args.format);
  return `/api/export?${p}`;
}

/** The mirror rows of a view (`query`: the /api/mirror query string of the view). */
export function mirrorExportUrl(query: string, format: ExportFormat): string {
  return `/api/export?view=mirror&${query}&format=${format}`;
}

/** The HS-chapter table of a mirror view (hs=all): one year, or every year of the view's range with chapters. */
export function mirrorChaptersExportUrl(query: string, year: number | null): string {
  return `/api/export?view=mirror&${query}&hs=all${year === null ? "" : `&year=${year}`}&format=csv`;
}

export function mirrorApiUrl(query: string): string {
  return `/api/mirror?${query}`;
}
