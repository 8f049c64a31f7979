// A series panel's view for the current URL state, computed from its payload: the years drawn, the chart rows (raw,
// % change or log-safe), the note markers, the flagged points, the table rows, the numbers in words, the citation and
// the download links. Pure: the same function runs on the server (first render, no-JS readers) and in the browser.
import { formatAmount, formatPct } from "../format";
import { WARNING_FLAGS } from "../labels";
import { noteMarkers, type NoteMarker } from "../notes/markers";
import { seriesExportUrl } from "./downloads";
import { deflateAt, isUsdUnit, REAL_BASE_YEAR } from "../convert/real";
import type { Deflator, NoteInfo, PanelState, SeriesPanelFrame, SeriesPanelPayload, SeriesPoint } from "./types";

export interface SeriesChartRow {
  year: number;
  [code: string]: number | null;
}

export interface SeriesTableRow {
  year: number;
  series: string;
  code: string;
  value: string;
  unit: string;
  publisher: string;
  source: string;
  vintage: string;
  vintageDate: string;
  /** In words, English (qualifier, "quoted statement", flags); pages word them from the parts below. */
  flags: string;
  qualifier: string | null;
  /** A quoted statement's figure (not computed from components). */
  statement: boolean;
  flagList: string[];
  /** The base year of constant dollars, when the view is in constant dollars. */
  constantBase: number | null;
}

/** A line's latest value in the view, as drawn (constant dollars when the view is). */
export interface LatestValue {
  code: string;
  /** The line's English label (the payload's); the words use the locale's (PanelWordTemplates.label). */
  label: string;
  /** "more than", "about"… when a quoted statement qualifies its figure. */
  qualifier: string | null;
  value: number;
  year: number;
}

export interface SeriesView {
  /** In constant dollars (the deflator's base year) rather than current dollars. */
  real: boolean;
  /** The y-axis title of the values drawn. */
  axisLabel: string;
  /** First and last year drawn (the data within the chosen range), or null when the range holds no value. */
  span: [number, number] | null;
  /** The range asked for (for messages): the data's extent where the URL leaves it open. */
  range: { from: number; to: number };
  log: boolean;
  pct: boolean;
  /** Unit of the drawn values (percent when % change is shown). */
  unit: string;
  rows: SeriesChartRow[];
  /** point[code][year], for tooltips and markers. */
  points: Record<string, Record<number, SeriesPoint>>;
  markers: NoteMarker<NoteInfo>[];
  /** Notes drawn (in the range) and notes listed in full (kinds not drawn). */
  drawnNotes: NoteInfo[];
  listedNotes: NoteInfo[];
  /** "2020 (incomplete partner detail)" for points that are not measured totals. */
  /** Years whose points are not measured totals, with the flags that say why ("estimate", "incomplete"). */
  warnings: { year: number; flags: string[] }[];
  /** Years with a point from a quoted statement on a line drawn as a line. */
  statementYears: number[];
  /** Each line's latest value in the range (the numbers in words for readers without the chart: panelWords). */
  latest: LatestValue[];
  citation: string;
  downloads: { csv: string; full: string; json: string; datapackage: string };
}

/** The download links of a panel's view (known before its data arrive). */
export function seriesDownloads(
  frame: Pick<SeriesPanelFrame, "lines" | "fullCodes" | "unit">,
  state: Pick<PanelState, "from" | "to" | "real" | "v">,
): SeriesView["downloads"] {
  // Constant dollars are downloaded as shown (real=2024) when the panel is in current US dollars.
  const real = state.real && isUsdUnit(frame.unit) ? REAL_BASE_YEAR : undefined;
  const v = state.v ?? null;
  const query = { codes: frame.lines.map((l) => l.code), from: state.from ?? null, to: state.to ?? null, real, v };
  return {
    csv: seriesExportUrl({ ...query, format: "csv" }),
    full: seriesExportUrl({ codes: frame.fullCodes, format: "csv", all: true, real, v }),
    json: seriesExportUrl({ ...query, format: "json" }),
    // The data package is for keeping: every source's value, not only the headline.
    datapackage: seriesExportUrl({ ...query, format: "datapackage", all: true }),
  };
}

/** First and last year with a value on any line. */
export function dataExtent(payload: SeriesPanelPayload): [number, number] | null {
  const years = Object.values(payload.points).flatMap((ps) => ps.map((p) => p.year));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

function percentChange(rows: SeriesChartRow[], codes: string[]): SeriesChartRow[] {
  return rows.map((row, i) => {
    const prev = rows[i - 1];
    const out: SeriesChartRow = { year: row.year };
    for (const c of codes) {
      const a = prev?.[c];
      const b = row[c];
      out[c] = a && a > 0 && b !== null && b !== undefined ? Math.round(((b - a) / a) * 1000) / 10 : null;
    }
    return out;
  });
}

export function seriesTableRows(given: SeriesPanelPayload, view: Pick<SeriesView, "span" | "real">): SeriesTableRow[] {
  const payload = view.real && given.deflator ? { ...given, points: deflatedPoints(given.points, given.deflator) } : given;
  if (!view.span) return [];
  const [first, last] = view.span;
  return payload.lines.flatMap((line) =>
    (payload.points[line.code] ?? [])
      .filter((p) => p.year >= first && p.year <= last)
      .map((p) => ({
        year: p.year,
        series: line.label,
        code: line.code,
        value: p.value,
        unit: view.real && given.deflator ? `${payload.unit} (constant ${given.deflator.baseYear})` : payload.unit,
        publisher: payload.publishers[p.publisher] ?? "",
        source: p.sources.map((i) => payload.sources[i]?.label ?? "").join(" + "),
        vintage: p.vintage ?? "",
        vintageDate: p.vintageDate ?? "",
        flags: [p.qualifier, ...(p.statement && !p.components ? ["quoted statement"] : []), ...(p.flags ?? [])].filter(Boolean).join(", "),
        qualifier: p.qualifier ?? null,
        statement: !!p.statement && !p.components,
        flagList: p.flags ?? [],
        constantBase: view.real && given.deflator ? given.deflator.baseYear : null,
      })),
  );
}

/** The points in constant dollars (exact decimals, lib/convert/real.ts): years without a CPI value are left out. */
function deflatedPoints(points: Record<string, SeriesPoint[]>, deflator: Deflator): Record<string, SeriesPoint[]> {
  return Object.fromEntries(
    Object.entries(points).map(([code, list]) => [
      code,
      list.flatMap((p) => {
        const value = deflateAt(p.value, p.year, deflator);
        if (value === null) return [];
        const components = p.components?.map((c) => ({ ...c, value: deflateAt(c.value, p.year, deflator)! }));
        return [{ ...p, value, flags: [...new Set([...(p.flags ?? []), "derived"])], ...(components ? { components } : {}) }];
      }),
    ]),
  );
}

export function seriesView(given: SeriesPanelPayload, state: PanelState, citationYear: number): SeriesView {
  const real = !!state.real && given.deflator !== null;
  const payload = real ? { ...given, points: deflatedPoints(given.points, given.deflator!) } : given;
  const extent = dataExtent(payload);
  const from = state.from ?? extent?.[0] ?? 0;
  const to = state.to ?? extent?.[1] ?? 0;
  const range = from <= to ? { from, to } : { from: to, to: from };
  const codes = payload.lines.map((l) => l.code);
  const points: SeriesView["points"] = {};
  const byYear = new Map<number, SeriesChartRow>();
  for (const code of codes) {
    points[code] = {};
    for (const p of payload.points[code] ?? []) {
      if (p.year < range.from || p.year > range.to) continue;
      points[code]![p.year] = p;
      const row = byYear.get(p.year) ?? { year: p.year };
      row[code] = Number(p.value);
      byYear.set(p.year, row);
    }
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const span: [number, number] | null = years.length ? [years[0]!, years.at(-1)!] : null;
  const raw: SeriesChartRow[] = [];
  if (span)
    for (let y = span[0]; y <= span[1]; y++)
      raw.push({ year: y, ...Object.fromEntries(codes.map((c) => [c, byYear.get(y)?.[c] ?? null])) });
  const pct = payload.allowPct && state.pct;
  const log = payload.allowLog && state.scale === "log" && !pct;
  const rows = pct
    ? percentChange(raw, codes)
    : log
      ? raw.map((r) => ({ ...r, ...Object.fromEntries(codes.map((c) => [c, (r[c] ?? 0) > 0 ? r[c]! : null])) }))
      : raw;

  const drawnNotes = span
    ? payload.notes.filter(
        (n) => payload.drawKinds.includes(n.kind) && n.yearFrom !== null && (n.yearTo ?? n.yearFrom) >= span[0] && n.yearFrom <= span[1],
      )
    : [];
  const listedNotes = payload.notes.filter((n) => !payload.drawKinds.includes(n.kind));
  const markers = span ? noteMarkers(drawnNotes, { from: span[0], to: span[1] }) : [];

  const warnings = new Map<string, { year: number; flags: string[] }>();
  const statementYears = new Set<number>();
  for (const line of payload.lines) {
    for (const p of Object.values(points[line.code] ?? {})) {
      const flagged = (p.flags ?? []).filter((f) => WARNING_FLAGS.includes(f));
      if (flagged.length) warnings.set(`${p.year} ${flagged.join()}`, { year: p.year, flags: flagged });
      if (p.statement && !line.pointsOnly) statementYears.add(p.year);
    }
  }

  const latest: LatestValue[] = payload.lines.flatMap((line) => {
    const p = Object.values(points[line.code] ?? {}).at(-1);
    return p ? [{ code: line.code, label: line.label, qualifier: p.qualifier ?? null, value: Number(p.value), year: p.year }] : [];
  });
  const publishers = [...new Set(payload.sources.map((s) => s.publisher))];
  const spanText = span ? `${span[0]}–${span[1]}` : `${range.from}–${range.to}`;
  return {
    real,
    axisLabel: real ? `Constant ${payload.deflator!.baseYear} US dollars` : payload.axisLabel,
    span,
    range,
    log,
    pct,
    unit: pct ? "percent" : payload.unit,
    rows,
    points,
    markers,
    drawnNotes,
    listedNotes,
    warnings: [...warnings.values()],
    statementYears: [...statementYears].sort((a, b) => a - b),
    latest,
    citation: `China–Kazakhstan Economic Monitor (${citationYear}). ${payload.title}${real ? `, constant ${payload.deflator!.baseYear} US dollars (${payload.deflator!.name})` : ""}, ${spanText}. Data: ${publishers.join("; ")}.`,
    downloads: seriesDownloads(payload, { ...state, real }),
  };
}

/**
 * The templates the numbers in words are built from, in one locale: the "seriesPanel.words" messages (and the "dated"
 * qualifiers), with the series' labels in that locale. The browser builds them with useTranslations
 * (components/panel/use-panel-words.ts), the server with getTranslations (lib/i18n/panel-words.ts).
 */
export interface PanelWordTemplates {
  locale: string;
  /** A line's label in the locale; `label` (English) where the catalogue has none. */
  label(code: string, label: string): string;
  /** One line: "Exports: 12.7 bn USD in 2024". */
  item(values: { series: string; amount: string; year: string }): string;
  /** Between items: "; " ("；" in Chinese). */
  separator: string;
  /** The sentence: "Latest values: {items}." or, in constant dollars, "Latest values (constant 2024 US dollars): …". */
  sentence(values: { items: string; baseYear: number | null }): string;
  /** "more than 12.7 bn USD" for a qualified figure (the "dated.qualified" template). */
  qualified(qualifier: string, amount: string): string;
}

/** The latest values in words, in the templates' locale (amounts by lib/format.ts); "" when no line has a value. */
export function panelWords(
  view: Pick<SeriesView, "latest" | "real">,
  unit: string,
  baseYear: number | null,
  w: PanelWordTemplates,
): string {
  if (view.latest.length === 0) return "";
  const items = view.latest.map((l) => {
    const amount = formatAmount(l.value, unit, { locale: w.locale });
    return w.item({
      series: w.label(l.code, l.label),
      amount: l.qualifier ? w.qualified(l.qualifier, amount) : amount,
      year: String(l.year),
    });
  });
  return w.sentence({ items: items.join(w.separator), baseYear: view.real ? baseYear : null });
}

/** "+4.5 %" for a % change value in tooltips. */
export function formatChange(value: number): string {
  return `${value > 0 ? "+" : ""}${formatPct(value)}`;
}
