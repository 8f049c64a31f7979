"use client";
// Line chart of annual series (a series panel's chart tab; loaded after the page, see components/panel/series-panel.tsx).
// Every point's tooltip gives its value, source and vintage; flagged points are marked (estimate / incomplete: warning
// ring; quoted statement: square); notes sit on their years (components/charts/note-markers.tsx).
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatTick } from "@/lib/format";
import { WARNING_FLAGS } from "@/lib/labels";
import type { NoteMarker } from "@/lib/notes/markers";
import type { SeriesChartRow } from "@/lib/panel/series-view";
import type { DerivedTerm, LineSpec, NoteInfo, SeriesPoint, SourceInfo } from "@/lib/panel/types";
import { MARKER_ROW_HEIGHT, NoteMarkers, NotePopover, useMarkerStore } from "./note-markers";
import { useAxisLabel, useLocalLines } from "./chart-labels";
import { PointTooltip } from "./point-tooltip";
import { TOOLTIP_WRAPPER_STYLE } from "./tooltip-style";

export interface TimeSeriesChartProps {
  panelId: string;
  /** The panel whose list holds the notes (this one, or an earlier one on the page). */
  notesPanelId: string;
  /** Accessible name of the chart. */
  title: string;
  lines: LineSpec[];
  rows: SeriesChartRow[];
  points: Record<string, Record<number, SeriesPoint>>;
  sources: SourceInfo[];
  /** The terms of derived lines, for the tooltip's "X + M". */
  terms: Record<string, DerivedTerm[]>;
  publishers: string[];
  markers: NoteMarker<NoteInfo>[];
  /** Unit of the values drawn (percent for % change). */
  unit: string;
  /** Unit of the stored values (for the tooltip's level in % change mode). */
  valueUnit: string;
  axisLabel: string;
  /** Values in constant dollars of this year (named in the tooltip), or null. */
  realBase?: number | null;
  log: boolean;
  pct: boolean;
  height?: number;
}

const WARNING = new Set<string>(WARNING_FLAGS);

function PointDot(props: {
  cx?: number;
  cy?: number;
  payload?: SeriesChartRow;
  dataKey?: unknown;
  stroke?: string;
  points: TimeSeriesChartProps["points"];
  pointsOnly?: boolean;
}) {
  const { cx, cy, payload, dataKey, stroke, points, pointsOnly } = props;
  if (cx === undefined || cy === undefined || !payload || typeof dataKey !== "string" || payload[dataKey] == null) return null;
  const p = points[dataKey]?.[payload.year];
  if (p?.flags?.some((f) => WARNING.has(f))) {
    return (
      <g className="flagged-point" data-year={payload.year} data-series={dataKey}>
        <circle cx={cx} cy={cy} r={6} fill="#fff" stroke="#b45309" strokeWidth={2.5} />
        <line x1={cx - 3} y1={cy - 3} x2={cx + 3} y2={cy + 3} stroke="#b45309" strokeWidth={1.5} />
      </g>
    );
  }
  if (pointsOnly) {
    const x = cx - 4.5;
    return (
      <rect
        className="statement-point"
        data-year={payload.year}
        data-series={dataKey}
        x={x}
        y={cy - 4.5}
        width={9}
        height={9}
        fill={stroke}
        stroke="#fff"
      />
    );
  }
  if (p?.statement) {
    const x = cx - 4.5;
    return (
      <rect
        className="statement-point"
        data-year={payload.year}
        data-series={dataKey}
        x={x}
        y={cy - 4.5}
        width={9}
        height={9}
        fill="#fff"
        stroke={stroke}
        strokeWidth={2}
      />
    );
  }
  return <circle cx={cx} cy={cy} r={2.5} fill={stroke} stroke="none" />;
}

export default function TimeSeriesChart(props: TimeSeriesChartProps) {
  const t = useTranslations("seriesPanel");
  const locale = useLocale();
  const lines = useLocalLines(props.lines);
  const {
    notesPanelId,
    title,
    rows,
    points,
    sources,
    terms,
    publishers,
    markers,
    unit,
    valueUnit,
    axisLabel,
    realBase = null,
    log,
    pct,
    height = 380,
  } = props;
  const wrapper = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const store = useMarkerStore();
  const years = rows.map((r) => r.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const values = rows.flatMap((r) => lines.map((l) => r[l.code] ?? null)).filter((v): v is number => v !== null);
  const crossesZero = values.some((v) => v < 0);
  // A log axis must start below the smallest value (Recharts' "auto" can clip it).
  const positives = values.filter((v) => v > 0);
  const logDomain: [number, number] | null =
    log && positives.length
      ? [10 ** Math.floor(Math.log10(Math.min(...positives))), 10 ** Math.ceil(Math.log10(Math.max(...positives)))]
      : null;
  const narrow = width < 560;
  const step = maxYear - minYear <= 10 ? (narrow ? 2 : 1) : narrow ? 10 : 5;
  const ticks = years.filter((y) => y % step === 0);
  if (ticks.length < 2) ticks.splice(0, ticks.length, minYear, maxYear);
  const markerRowsUsed = markers.length ? 3 : 0;
  const axisText = useAxisLabel(axisLabel);
  const axisTitle = pct ? t("axisPct") : log ? t("axisLog", { label: axisText }) : axisText;
  return (
    <div className="chart" ref={wrapper} onKeyDown={(e) => e.key === "Escape" && store.set(null)}>
      {narrow && <p className="axis-title">{axisTitle}</p>}
      <NotePopover store={store} />
      <ResponsiveContainer width="100%" height={narrow ? Math.round(height * 0.85) : height}>
        <LineChart
          data={rows}
          margin={{ top: 10 + markerRowsUsed * MARKER_ROW_HEIGHT, right: narrow ? 8 : 16, bottom: 4, left: 0 }}
          aria-label={t("chartAria", { title })}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="year" type="number" domain={[minYear, maxYear]} allowDecimals={false} ticks={ticks} />
          <YAxis
            scale={log ? "log" : "linear"}
            domain={log ? (logDomain ?? ["auto", "auto"]) : [crossesZero || pct ? "auto" : 0, "auto"]}
            allowDataOverflow={log}
            width={narrow ? 52 : 72}
            tickFormatter={(v: number) => formatTick(v, unit, locale)}
            label={
              narrow
                ? undefined
                : { value: axisTitle, angle: -90, position: "insideLeft", offset: 0, style: { fontSize: 12, textAnchor: "middle" }, dx: 6 }
            }
          />
          <Tooltip
            wrapperStyle={TOOLTIP_WRAPPER_STYLE}
            allowEscapeViewBox={{ x: false, y: true }}
            content={
              <PointTooltip
                lines={lines}
                points={points}
                sources={sources}
                terms={terms}
                publishers={publishers}
                pct={pct}
                valueUnit={valueUnit}
                realBase={realBase}
              />
            }
          />
          {(crossesZero || pct) && <ReferenceLine y={0} stroke="#6b7280" />}
          {markers.map((m) =>
            m.yearTo > m.yearFrom ? (
              <ReferenceArea
                key={m.id}
                x1={Math.max(m.yearFrom, minYear)}
                x2={Math.min(m.yearTo, maxYear)}
                fill="#6366f1"
                fillOpacity={0.07}
                ifOverflow="hidden"
              />
            ) : (
              <ReferenceLine key={m.id} x={m.yearFrom} stroke="#6366f1" strokeDasharray="4 3" />
            ),
          )}
          {lines.map((l) => (
            <Line
              key={l.code}
              type="linear"
              dataKey={l.code}
              name={l.label}
              stroke={l.color}
              strokeWidth={l.pointsOnly ? 0 : 2}
              strokeDasharray={l.dashed ? "6 3" : undefined}
              connectNulls={false}
              isAnimationActive={false}
              dot={(p: object) => (
                <PointDot
                  key={`${l.code}-${(p as { index?: number }).index}`}
                  {...(p as object)}
                  points={points}
                  pointsOnly={l.pointsOnly}
                />
              )}
              activeDot={{ r: 5 }}
            />
          ))}
          <NoteMarkers markers={markers} store={store} panelId={notesPanelId} />
        </LineChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        {lines.map((l) => (
          <li key={l.code}>
            <svg width="26" height="12" aria-hidden="true">
              {l.pointsOnly ? (
                <rect x="8" y="1" width="10" height="10" fill={l.color} />
              ) : (
                <line x1="1" y1="6" x2="25" y2="6" stroke={l.color} strokeWidth="2.5" strokeDasharray={l.dashed ? "6 3" : undefined} />
              )}
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
