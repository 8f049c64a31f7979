"use client";
// Line chart of annual series. Every point's tooltip gives its value, source and vintage; flagged points are marked
// (estimate / incomplete: warning ring; quoted statement: square); notes are drawn as numbered markers on their
// year — each marker is a link to the note in the list under the chart, and shows the full note on hover or focus.
// Log scale and % change come from the URL (this panel's keys), so they survive a reload and can be shared.
import { useQueryStates } from "nuqs";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatTick, isStatementPoint, WARNING_FLAGS, type ChartRow, type PointMeta } from "@/lib/series/chart-data";
import { panelParsers, panelUrlKeys } from "@/lib/url-state";

export interface ChartSeries {
  code: string;
  label: string;
  color: string;
  unit: string;
  dashed?: boolean;
  /** Draw points only (quoted statements: not a continuous series). */
  pointsOnly?: boolean;
}

export interface ChartNote {
  key: string;
  number: number;
  kindLabel: string;
  title: string;
  body: string;
  periodLabel: string;
  /** The year the marker is drawn on. */
  year: number;
  /** id of the note's item in the list under the chart. */
  anchorId: string;
}

export interface ChartSourceInfo {
  label: string;
  type: string;
}

export interface TimeSeriesChartProps {
  id: string;
  /** Accessible name of the chart. */
  title: string;
  series: ChartSeries[];
  rows: ChartRow[];
  meta: Record<string, Record<number, PointMeta>>;
  sources: Record<string, ChartSourceInfo>;
  notes: ChartNote[];
  /** Prefix of this panel's URL keys (lib/url-state.ts panelUrlKeys). */
  stateKey?: string;
  allowLog?: boolean;
  allowPct?: boolean;
  /** Y-axis title, e.g. "US dollars". */
  axisLabel: string;
  height?: number;
}

const WARNING = new Set<string>(WARNING_FLAGS);

export function isFlagged(meta: PointMeta | undefined): boolean {
  return !!meta && meta.flags.some((f) => WARNING.has(f));
}

function PointDot(props: {
  cx?: number;
  cy?: number;
  payload?: ChartRow;
  dataKey?: unknown;
  stroke?: string;
  meta: TimeSeriesChartProps["meta"];
  pointsOnly?: boolean;
}) {
  const { cx, cy, payload, dataKey, stroke, meta, pointsOnly } = props;
  if (
    cx === undefined ||
    cy === undefined ||
    !payload ||
    typeof dataKey !== "string" ||
    payload[dataKey] === null ||
    payload[dataKey] === undefined
  )
    return null;
  const m = meta[dataKey]?.[payload.year];
  if (isFlagged(m)) {
    return (
      <g className="flagged-point" data-year={payload.year} data-series={dataKey}>
        <circle cx={cx} cy={cy} r={6} fill="#fff" stroke="#b45309" strokeWidth={2.5} />
        <line x1={cx - 3} y1={cy - 3} x2={cx + 3} y2={cy + 3} stroke="#b45309" strokeWidth={1.5} />
      </g>
    );
  }
  if (pointsOnly) {
    return (
      <rect
        className="statement-point"
        data-year={payload.year}
        data-series={dataKey}
        x={cx - 4.5}
        y={cy - 4.5}
        width={9}
        height={9}
        fill={stroke}
        stroke="#fff"
        strokeWidth={1}
      />
    );
  }
  if (m && isStatementPoint(m)) {
    return (
      <rect
        className="statement-point"
        data-year={payload.year}
        data-series={dataKey}
        x={cx - 4.5}
        y={cy - 4.5}
        width={9}
        height={9}
        fill="#fff"
        stroke={stroke}
        strokeWidth={2}
      />
    );
  }
  return <circle cx={cx} cy={cy} r={pointsOnly ? 4 : 2.5} fill={stroke} stroke="none" />;
}

interface MarkerGroup {
  year: number;
  notes: ChartNote[];
  level: number;
  text: string;
}

function markerText(notes: ChartNote[]): string {
  const nums = notes.map((n) => n.number);
  if (nums.length === 1) return `N${nums[0]}`;
  const consecutive = nums.every((n, i) => i === 0 || n === nums[i - 1]! + 1);
  if (consecutive) return `N${nums[0]}–${nums[nums.length - 1]}`;
  return nums.length === 2 ? `N${nums[0]},${nums[1]}` : `${nums.length} notes`;
}

/**
 * One marker per year; a marker closer to the previous one than a badge's width goes on the next row (up to
 * `maxLevels` rows); when every row is taken it joins the previous marker ("N7–11"), so markers never overlap.
 */
function groupMarkers(notes: ChartNote[], minYear: number, maxYear: number, pxPerYear: number, maxLevels: number): MarkerGroup[] {
  const byYear = new Map<number, ChartNote[]>();
  for (const n of notes) {
    if (n.year < minYear || n.year > maxYear) continue;
    byYear.set(n.year, [...(byYear.get(n.year) ?? []), n]);
  }
  const groups: MarkerGroup[] = [];
  const lastByLevel: { x: number; width: number; group: MarkerGroup }[] = [];
  for (const [year, ns] of [...byYear.entries()].sort((a, b) => a[0] - b[0])) {
    const x = (year - minYear) * pxPerYear;
    const text = markerText(ns);
    const width = text.length * 7 + 10;
    const free = Array.from({ length: maxLevels }, (_, l) => l).find((l) => {
      const last = lastByLevel[l];
      return !last || x - last.x >= (last.width + width) / 2 + 2;
    });
    if (free === undefined) {
      // Join the nearest marker: it now stands for several years.
      const target = lastByLevel.reduce((a, b) => (b.x > a.x ? b : a)).group;
      target.notes.push(...ns);
      target.notes.sort((a, b) => a.number - b.number);
      target.text = markerText(target.notes);
      continue;
    }
    const group: MarkerGroup = { year, notes: [...ns], level: free, text };
    groups.push(group);
    lastByLevel[free] = { x, width, group };
  }
  return groups;
}

const LEVEL_HEIGHT = 20;

interface ActiveMarker {
  group: MarkerGroup;
  x: number;
  y: number;
}

/**
 * The marker being hovered or focused lives outside React state of the chart: showing its popover must not re-render
 * the chart, which would replace the focused marker element and lose keyboard focus.
 */
function createMarkerStore() {
  let active: ActiveMarker | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => active,
    set: (next: ActiveMarker | null) => {
      active = next;
      for (const l of listeners) l();
    },
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

type MarkerStore = ReturnType<typeof createMarkerStore>;

function NotePopover({ store, width }: { store: MarkerStore; width: number }) {
  const active = useSyncExternalStore(store.subscribe, store.get, () => null);
  if (!active) return null;
  return (
    <div className="note-popover" role="tooltip" style={{ left: Math.max(4, Math.min(active.x - 150, width - 304)), top: active.y + 4 }}>
      {active.group.notes.map((n) => (
        <p key={n.key}>
          <strong>
            N{n.number} · {n.periodLabel} · {n.kindLabel}
          </strong>
          <br />
          {n.title}. <span className="muted">{n.body}</span>
        </p>
      ))}
    </div>
  );
}

export function TimeSeriesChart({
  id,
  title,
  series,
  rows,
  meta,
  sources,
  notes,
  stateKey = "",
  allowLog = true,
  allowPct = true,
  axisLabel,
  height = 380,
}: TimeSeriesChartProps) {
  const [options] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(stateKey) });
  const log = allowLog && options.scale === "log" && !(allowPct && options.pct);
  const pct = allowPct && options.pct;
  const unit = pct ? "percent" : (series[0]?.unit ?? "");
  const data = useMemo(
    () => (pct ? toPercentChange(rows, series) : log ? rows.map((r) => dropNonPositive(r, series)) : rows),
    [pct, log, rows, series],
  );
  const years = rows.map((r) => r.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const crossesZero = data.some((r) => series.some((s) => (r[s.code] ?? 0) < 0));
  // A log axis must start below the smallest value (Recharts' "auto" can clip it).
  const positives = log ? data.flatMap((r) => series.map((s) => r[s.code] ?? 0)).filter((v) => v > 0) : [];
  const logDomain: [number, number] | null = positives.length
    ? [10 ** Math.floor(Math.log10(Math.min(...positives))), 10 ** Math.ceil(Math.log10(Math.max(...positives)))]
    : null;

  const wrapper = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const narrow = width < 560;
  const yAxisWidth = narrow ? 52 : 72;
  const pxPerYear = (width - yAxisWidth - 24) / Math.max(1, maxYear - minYear);
  const groups = useMemo(
    () => groupMarkers(notes, minYear, maxYear, pxPerYear, narrow ? 2 : 3),
    [notes, minYear, maxYear, pxPerYear, narrow],
  );
  const levels = groups.reduce((m, g) => Math.max(m, g.level + 1), 0);
  const [markerStore] = useState(createMarkerStore);
  const setActive = markerStore.set;

  const step = maxYear - minYear <= 10 ? (narrow ? 2 : 1) : narrow ? 10 : 5;
  const ticks = years.filter((y) => y % step === 0);
  if (ticks.length < 2) ticks.splice(0, ticks.length, minYear, maxYear);

  // Following a marker opens the note (and the collapsed list holding it) before the browser scrolls to it.
  const openNote = (anchorId: string) => {
    const item = document.getElementById(anchorId);
    for (let el = item?.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
    const details = item?.querySelector("details");
    if (details) details.open = true;
  };

  const axisTitle = pct ? "% change on previous year" : `${axisLabel}${log ? " (log scale)" : ""}`;
  return (
    <div className="chart" id={id} ref={wrapper} onKeyDown={(e: KeyboardEvent) => e.key === "Escape" && setActive(null)}>
      {narrow && <p className="axis-title">{axisTitle}</p>}
      <ResponsiveContainer width="100%" height={narrow ? Math.round(height * 0.85) : height}>
        <LineChart
          data={data}
          margin={{ top: 10 + levels * LEVEL_HEIGHT, right: narrow ? 8 : 16, bottom: 4, left: 0 }}
          aria-label={`${title}. The same numbers are in the Table tab.`}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="year" type="number" domain={[minYear, maxYear]} allowDecimals={false} ticks={ticks} />
          <YAxis
            scale={log ? "log" : "linear"}
            domain={log ? (logDomain ?? ["auto", "auto"]) : [crossesZero || pct ? "auto" : 0, "auto"]}
            allowDataOverflow={log}
            width={yAxisWidth}
            tickFormatter={(v: number) => formatTick(v, unit)}
            label={
              narrow
                ? undefined
                : {
                    value: axisTitle,
                    angle: -90,
                    position: "insideLeft",
                    offset: 0,
                    style: { fontSize: 12, textAnchor: "middle" },
                    dx: 6,
                    dy: 0,
                  }
            }
          />
          <Tooltip content={<PointTooltip series={series} meta={meta} sources={sources} percentChange={pct} />} />
          {(crossesZero || pct) && <ReferenceLine y={0} stroke="#6b7280" />}
          {groups.map((g) => (
            <ReferenceLine
              key={g.year}
              x={g.year}
              stroke="#6366f1"
              strokeDasharray="4 3"
              label={(p: { viewBox?: { x?: number; y?: number } }) => {
                const x = p.viewBox?.x ?? 0;
                const top = (p.viewBox?.y ?? 0) - (g.level + 1) * LEVEL_HEIGHT + 2;
                const w = g.text.length * 7 + 10;
                const anchorId = g.notes[0]!.anchorId;
                const show = () => setActive({ group: g, x, y: top + LEVEL_HEIGHT });
                return (
                  <a
                    href={`#${anchorId}`}
                    tabIndex={0}
                    className="note-marker"
                    aria-label={`${g.text}, ${g.notes.length === 1 ? "note" : "notes"} on ${[...new Set(g.notes.map((n) => n.periodLabel))].join(", ")}: ${g.notes.map((n) => n.title).join("; ")}`}
                    onMouseEnter={show}
                    onFocus={show}
                    onMouseLeave={() => setActive(null)}
                    onBlur={() => setActive(null)}
                    onClick={() => openNote(anchorId)}
                    onKeyDown={(e) => e.key === "Enter" && openNote(anchorId)}
                  >
                    <rect x={x - w / 2} y={top} width={w} height={17} rx={8} fill="#eef2ff" stroke="#6366f1" />
                    <text x={x} y={top + 12.5} textAnchor="middle" fontSize={11} fontWeight={600} fill="#3730a3">
                      {g.text}
                    </text>
                  </a>
                );
              }}
            />
          ))}
          {series.map((s) => (
            <Line
              key={s.code}
              type="linear"
              dataKey={s.code}
              name={s.label}
              stroke={s.color}
              strokeWidth={s.pointsOnly ? 0 : 2}
              strokeDasharray={s.dashed ? "6 3" : undefined}
              connectNulls={false}
              isAnimationActive={false}
              legendType={s.pointsOnly ? "square" : "line"}
              dot={(p: object) => (
                <PointDot key={`${s.code}-${(p as { index?: number }).index}`} {...(p as object)} meta={meta} pointsOnly={s.pointsOnly} />
              )}
              activeDot={{ r: 5 }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.code}>
            <svg width="26" height="12" aria-hidden="true">
              {s.pointsOnly ? (
                <rect x="8" y="1" width="10" height="10" fill={s.color} />
              ) : (
                <line x1="1" y1="6" x2="25" y2="6" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dashed ? "6 3" : undefined} />
              )}
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <NotePopover store={markerStore} width={width} />
    </div>
  );
}

function dropNonPositive(row: ChartRow, series: ChartSeries[]): ChartRow {
  const out: ChartRow = { ...row };
  for (const s of series) if ((out[s.code] ?? 0) <= 0) out[s.code] = null;
  return out;
}

function toPercentChange(rows: ChartRow[], series: ChartSeries[]): ChartRow[] {
  return rows.map((row, i) => {
    const prev = rows[i - 1];
    const out: ChartRow = { year: row.year };
    for (const s of series) {
      const a = prev?.[s.code];
      const b = row[s.code];
      out[s.code] = a && a > 0 && b !== null && b !== undefined ? Math.round(((b - a) / a) * 1000) / 10 : null;
    }
    return out;
  });
}

function PointTooltip(props: {
  active?: boolean;
  label?: number | string;
  payload?: readonly { dataKey?: unknown; value?: unknown }[];
  series: ChartSeries[];
  meta: TimeSeriesChartProps["meta"];
  sources: TimeSeriesChartProps["sources"];
  percentChange: boolean;
}) {
  const { active, label, payload, series, meta, sources, percentChange } = props;
  if (!active || !payload?.length) return null;
  const year = Number(label);
  return (
    <div className="chart-tooltip">
      <strong>{year}</strong>
      <ul>
        {series.map((s) => {
          const m = meta[s.code]?.[year];
          const shown = payload.find((p) => p.dataKey === s.code)?.value;
          if (!m || shown === null || shown === undefined) return null;
          const value = `${m.qualifier ? `${m.qualifier} ` : ""}${formatCompact(Number(m.value), s.unit)}`;
          return (
            <li key={s.code}>
              <span className="swatch" style={{ background: s.color }} /> {s.label}:{" "}
              <b>{percentChange ? `${shown} % (${value})` : value}</b>
              <br />
              {m.components ? (
                <small>
                  Derived:{" "}
                  {m.components.map((c, i) => (
                    <span key={c.seriesCode}>
                      {i > 0 ? (c.sign === 1 ? " + " : " − ") : ""}
                      {formatCompact(Number(c.value), s.unit)} ({sources[c.sourceKey]?.label ?? c.sourceKey}
                      {c.vintage ? `, ${c.vintage}` : ""})
                    </span>
                  ))}
                </small>
              ) : (
                <small>
                  Source: {sources[m.sourceKey]?.label ?? m.sourceKey}
                  {m.vintage ? ` · vintage ${m.vintage}` : ""}
                </small>
              )}
              {(m.flags.length > 0 || isStatementPoint(m)) && (
                <small className="flag">
                  <br />
                  {[...(isStatementPoint(m) && !m.flags.includes("from-statement") ? ["quoted statement"] : []), ...m.flags].join(", ")}
                </small>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
