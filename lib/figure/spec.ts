// What a figure shows, as plain data: renderFigureSvg (render.ts) turns a FigureSpec into one self-contained SVG, the
// same for downloads, share cards and PNGs. A spec is JSON-serialisable (cacheable, hashable, loggable).
//
// Every word in a spec comes from the caller, already in the figure's language: the renderer writes no text of its
// own except numbers, which it formats with Intl.NumberFormat in `locale` (or the caller gives the tick labels).

/** A figure: title, subtitle (units), one chart, its legend (built from the chart's layers), notes and source. */
export interface FigureSpec {
  /** BCP 47 locale of the texts ("en", "ru", "kk", "zh"): tick numbers, line breaking and the SVG's xml:lang. */
  locale: string;
  title: string;
  /** Under the title, e.g. "US dollars, 1992–2024, as each side reports them". */
  subtitle?: string;
  chart: TimeChartSpec | BarChartSpec;
  /** Note markers drawn on their years ("N1"), and listed with their text under the chart in downloads. */
  notes?: NoteMarkerSpec[];
  /** Legend labels for the marks the renderer adds when they occur: flagged points, statement points, hatched bars. */
  legendText?: LegendText;
  /** The source line: publishers and datasets, or a full citation. Wrapped to the width, never cut in downloads. */
  source: string;
  /** Last line: who made the figure and where it lives, e.g. "China–Kazakhstan Economic Monitor · https://…?v=12". */
  credit?: string;
  /** Screen-reader description (the SVG's <desc>); default: subtitle and source. */
  description?: string;
}

export interface LegendText {
  /** The warning ring on a point (estimate, incomplete partner detail). */
  flagged?: string;
  /** The hollow square on a line: a quoted statement rather than a database value. */
  statement?: string;
}

// ------------------------------------------------------------------ axes

/** A tick the caller formatted itself: `value` places it, `label` is printed as is. */
export interface AxisTick {
  value: number;
  label: string;
}

/** A value axis (y of time charts, x of bar charts). */
export interface ValueAxisSpec {
  /** Units, printed above the axis (horizontal, so it wraps and reads in any script): "US dollars", "млрд долл. США". */
  title: string;
  /** "linear" (default) or "log" (values ≤ 0 are left out; only for time charts). */
  scale?: "linear" | "log";
  /** Values are percent points (5 means 5 %): computed ticks are formatted as percentages in the locale. */
  percent?: boolean;
  /**
   * Intl.NumberFormat options for computed tick labels, in the spec's locale. Default: compact notation
   * ({ notation: "compact", maximumFractionDigits: 1 }), which gives "13B", "13 млрд", "127亿".
   */
  format?: Intl.NumberFormatOptions;
  /** Tick values and labels chosen by the caller (e.g. its own formatTick); replaces the computed ticks. */
  ticks?: AxisTick[];
  /** Linear axes start at zero unless a value is negative (default true); false fits the axis to the data. */
  includeZero?: boolean;
}

// ------------------------------------------------------------------ time charts

/** One year of a line. `value: null` (or a missing year) is a gap: the line is broken there. */
export interface TimePoint {
  year: number;
  value: number | null;
  /** An estimate or incomplete value: drawn with a warning ring (legendText.flagged). */
  flagged?: boolean;
  /** A quoted statement inside a database series: drawn as a hollow square (legendText.statement). */
  statement?: boolean;
}

export interface LineLayer {
  type: "line";
  /** Stable id, unique in the figure. */
  id: string;
  label: string;
  color: string;
  /** "solid" (default); "dashed": the importer's figure of a flow; "dotted": a converted figure (importer at FOB). */
  style?: "solid" | "dashed" | "dotted";
  /** Only the points, as filled squares: quoted statements, not a continuous series. */
  pointsOnly?: boolean;
  /** Stroke width at the default text size (default 2). */
  weight?: number;
  /** Stroke opacity (default 1). */
  opacity?: number;
  points: TimePoint[];
}

/** A shaded band between a lower and an upper value per year (e.g. the importer's figure at FOB for a CIF/FOB range). */
export interface BandLayer {
  type: "band";
  id: string;
  label: string;
  color: string;
  /** Fill opacity (default 0.15). */
  opacity?: number;
  points: { year: number; lower: number | null; upper: number | null }[];
}

/** Bars on their years from zero (e.g. the gap CIF/FOB does not explain). */
export interface BarLayer {
  type: "bars";
  id: string;
  label: string;
  color: string;
  /** Fill opacity of unflagged bars (default 0.5). */
  opacity?: number;
  /** Legend label of the hatched bars, shown when a bar is flagged ("built on estimated or incomplete data"). */
  flaggedLabel?: string;
  points: { year: number; value: number | null; flagged?: boolean; /** Short text above the bar, e.g. "incomplete". */ label?: string }[];
}

/** Crosses on the zero line on some years (e.g. only one side reports: no gap can be computed). */
export interface YearMarkerLayer {
  type: "markers";
  id: string;
  label: string;
  color?: string;
  years: number[];
}

export type TimeLayer = LineLayer | BandLayer | BarLayer | YearMarkerLayer;

/** Years on x, values on y. Layers are drawn in the order given (bands and bars first reads best). */
export interface TimeChartSpec {
  kind: "time";
  yAxis: ValueAxisSpec;
  layers: TimeLayer[];
  /** First and last year of the axis (default: the years that have values). */
  years?: [number, number];
  /** A line at zero: "auto" (default) when the axis runs from below zero to above it. */
  zeroLine?: boolean | "auto";
}

// ------------------------------------------------------------------ bar charts

/** Horizontal bars, one group per category (e.g. an HS chapter) with one bar per series (e.g. each side's figure). */
export interface BarChartSpec {
  kind: "bars";
  /** The value axis (drawn along the bottom). Log scale is not supported for bars. */
  valueAxis: ValueAxisSpec;
  series: { id: string; label: string; color: string }[];
  /** `values[i]` belongs to `series[i]`; null: no figure for that category (nothing drawn). */
  categories: { label: string; values: { value: number | null; flagged?: boolean }[] }[];
  /** Legend label of hatched bars (flagged values), shown when one is drawn. */
  flaggedLabel?: string;
}

// ------------------------------------------------------------------ notes

/** A note drawn as a marker on its year; markers close together share a row or merge ("N3–5"), never overlap. */
export interface NoteMarkerSpec {
  /** Stable id given by the caller and printed in the marker, e.g. "N1". */
  id: string;
  year: number;
  /** Last year of a note about a span: the span is shaded and the marker sits in its middle. */
  yearTo?: number;
  /** Printed under the chart in downloads as "N1 (2013): text"; share cards leave it out. */
  text?: string;
  /** The period as the caller writes it ("2013", "Sep 2013"); default: the year(s). */
  period?: string;
}

// ------------------------------------------------------------------ sizes

/** How big to draw: every length scales with `fontSize`. */
export interface FigureSize {
  /** Width in px (SVG user units). */
  width: number;
  /** Fixed height (share cards); without it the height follows the content. */
  height?: number;
  /** Base text size in px (default 14). */
  fontSize?: number;
  /** Print the notes' texts under the chart (default true). */
  noteTexts?: boolean;
  /** Draw the note markers on the chart (default true). */
  noteMarkers?: boolean;
  /** Prefix of the ids inside the SVG, for pages that inline several figures (default "fig"). */
  idPrefix?: string;
  /** For SVG inlined in an HTML page: no XML declaration (default false: a standalone .svg file). */
  inline?: boolean;
}

/** A download: 960 px wide, height from the content; the PNG is drawn at 2× (1920 px wide). */
export const DOWNLOAD_SIZE: FigureSize = { width: 960, fontSize: 14 };
/** Open Graph / Twitter card: exactly 1200×630, larger text; no notes, subtitle and source cut to one line. */
export const CARD_SIZE: FigureSize = { width: 1200, height: 630, fontSize: 20, noteTexts: false, noteMarkers: false };
