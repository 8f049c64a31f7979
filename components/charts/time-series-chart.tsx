"use client";
// Line chart of annual series: the source of every point in its tooltip, flagged points marked, notes drawn on
// their years (numbered; the full text is in the list under the chart, reachable by keyboard).
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, PointMeta } from "@/lib/series/chart-data";
import { formatCompact } from "@/lib/series/chart-data";

export interface ChartSeries {
  code: string;
  label: string;
  color: string;
  unit: string;
  dashed?: boolean;
}

export interface ChartNote {
  key: string;
  number: number;
  title: string;
  yearFrom: number;
  yearTo: number;
}

export interface ChartSourceInfo {
  label: string;
}

export interface TimeSeriesChartProps {
  id: string;
  series: ChartSeries[];
  rows: ChartRow[];
  meta: Record<string, Record<number, PointMeta>>;
  sources: Record<string, ChartSourceInfo>;
  notes: ChartNote[];
  scale?: "linear" | "log";
  /** Values are % change on the previous year. */
  percentChange?: boolean;
  height?: number;
}

const FLAGGED = new Set(["estimate", "incomplete"]);

export function isFlagged(meta: PointMeta | undefined): boolean {
  return !!meta && meta.flags.some((f) => FLAGGED.has(f));
}

function FlaggedDot(props: { cx?: number; cy?: number; payload?: ChartRow; dataKey?: unknown; stroke?: string; meta: TimeSeriesChartProps["meta"] }) {
  const { cx, cy, payload, dataKey, stroke, meta } = props;
  if (cx === undefined || cy === undefined || !payload || typeof dataKey !== "string" || payload[dataKey] === null) return null;
  const m = meta[dataKey]?.[payload.year];
  if (isFlagged(m)) {
    return (
      <g className="flagged-point" data-year={payload.year} data-series={dataKey}>
        <circle cx={cx} cy={cy} r={6} fill="#fff" stroke="#b45309" strokeWidth={2.5} />
        <line x1={cx - 3} y1={cy - 3} x2={cx + 3} y2={cy + 3} stroke="#b45309" strokeWidth={1.5} />
      </g>
    );
  }
  return <circle cx={cx} cy={cy} r={2.5} fill={stroke} stroke="none" />;
}

export function TimeSeriesChart({ id, series, rows, meta, sources, notes, scale = "linear", percentChange = false, height = 360 }: TimeSeriesChartProps) {
  const unit = percentChange ? "percent" : (series[0]?.unit ?? "");
  const data = percentChange ? toPercentChange(rows, series) : scale === "log" ? rows.map((r) => dropNonPositive(r, series)) : rows;
  const years = rows.map((r) => r.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);

  return (
    <div className="chart" id={id}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="year" type="number" domain={[minYear, maxYear]} allowDecimals={false} tickCount={8} />
          <YAxis
            scale={scale === "log" && !percentChange ? "log" : "linear"}
            domain={scale === "log" && !percentChange ? ["auto", "auto"] : [percentChange ? "auto" : 0, "auto"]}
            allowDataOverflow={scale === "log"}
            width={88}
            tickFormatter={(v: number) => (percentChange ? `${v.toFixed(0)} %` : formatCompact(v, unit))}
            label={{ value: percentChange ? "% change on previous year" : unitLabel(unit), angle: -90, position: "insideLeft", offset: 0, style: { fontSize: 12 } }}
          />
          <Tooltip content={<PointTooltip series={series} meta={meta} sources={sources} percentChange={percentChange} />} />
          <Legend />
          {notes.map((n) =>
            n.yearTo > n.yearFrom ? (
              <ReferenceArea key={n.key} x1={Math.max(n.yearFrom, minYear)} x2={Math.min(n.yearTo, maxYear)} fill="#6366f1" fillOpacity={0.06} label={{ value: `N${n.number}`, position: "insideTop", fontSize: 11 }} />
            ) : (
              <ReferenceLine key={n.key} x={n.yearFrom} stroke="#6366f1" strokeDasharray="4 3" label={{ value: `N${n.number}`, position: "top", fontSize: 11 }} />
            ),
          )}
          {series.map((s) => (
            <Line
              key={s.code}
              type="linear"
              dataKey={s.code}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? "6 3" : undefined}
              connectNulls={false}
              isAnimationActive={false}
              dot={(p: object) => <FlaggedDot key={`${s.code}-${(p as { index?: number }).index}`} {...(p as object)} meta={meta} />}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function unitLabel(unit: string): string {
  return unit === "USD" ? "US dollars" : unit === "EUR million" ? "EUR million" : unit;
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
      out[s.code] = a && b !== null && b !== undefined ? Math.round(((b - a) / Math.abs(a)) * 1000) / 10 : null;
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
    <div className="chart-tooltip" role="status">
      <strong>{year}</strong>
      <ul>
        {series.map((s) => {
          const m = meta[s.code]?.[year];
          const shown = payload.find((p) => p.dataKey === s.code)?.value;
          if (!m || shown === null || shown === undefined) return null;
          return (
            <li key={s.code}>
              <span className="swatch" style={{ background: s.color }} /> {s.label}:{" "}
              <b>{percentChange ? `${shown} %` : `${m.qualifier ? `${m.qualifier} ` : ""}${formatCompact(Number(m.value), s.unit)}`}</b>
              <br />
              <small>
                Source: {sources[m.sourceKey]?.label ?? m.sourceKey}
                {m.vintage ? ` · vintage ${m.vintage}` : ""}
                {m.flags.length ? ` · ${m.flags.join(", ")}` : ""}
              </small>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
