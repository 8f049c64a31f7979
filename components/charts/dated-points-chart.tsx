"use client";
// Quoted figures at their dates (not a continuous series): one marker per figure on a time axis, with the date,
// value and source in the tooltip. A log scale lets small and large figures share a chart. Loaded after the page
// (components/panel/dated-panel.tsx).
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatTick } from "@/lib/format";
import type { DatedPoint, DatedSeries } from "@/lib/panel/types";

function year(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

export default function DatedPointsChart({
  id,
  title,
  series,
  points,
  unit,
  axisLabel,
  log,
  height = 360,
}: {
  id: string;
  title: string;
  series: DatedSeries[];
  points: DatedPoint[];
  unit: string;
  axisLabel: string;
  log: boolean;
  height?: number;
}) {
  const locale = useLocale();
  const seriesT = useTranslations("seriesPanel");
  const xs = points.map((p) => p.x);
  const first = year(Math.min(...xs));
  const last = year(Math.max(...xs)) + 1;
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => Date.UTC(first + i, 0, 1)).filter(
    (_, i, a) => a.length <= 12 || i % 2 === 0,
  );
  return (
    <div className="chart dated-chart" id={id}>
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart margin={{ top: 16, right: 16, bottom: 4, left: 0 }} aria-label={seriesT("datedAria", { title })}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis
            dataKey="x"
            type="number"
            domain={[Date.UTC(first, 0, 1), Date.UTC(last, 0, 1)]}
            ticks={ticks}
            tickFormatter={(v: number) => String(year(v))}
            name="Date"
          />
          <YAxis
            dataKey="y"
            type="number"
            scale={log ? "log" : "linear"}
            domain={log ? ["auto", "auto"] : [0, "auto"]}
            allowDataOverflow={log}
            width={64}
            tickFormatter={(v: number) => formatTick(v, unit, locale)}
            label={{
              value: log ? seriesT("axisLog", { label: axisLabel }) : axisLabel,
              angle: -90,
              position: "insideLeft",
              style: { fontSize: 12, textAnchor: "middle" },
              dx: 6,
            }}
          />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            content={({ active, payload }) => {
              const p = payload?.[0]?.payload as DatedPoint | undefined;
              if (!active || !p) return null;
              const s = series.find((x) => x.code === p.code);
              return (
                <div className="chart-tooltip">
                  <strong>{p.when}</strong>
                  <br />
                  <span className="swatch" style={{ background: s?.color }} /> {s?.label}: <b>{p.display}</b>
                  <br />
                  <small>
                    {seriesT("sourcePrefix")} {p.source}
                  </small>
                  {p.flags && (
                    <small className="flag">
                      <br />
                      {p.flags}
                    </small>
                  )}
                </div>
              );
            }}
          />
          <Legend />
          {series.map((s) => (
            <Scatter
              key={s.code}
              name={s.label}
              data={points.filter((p) => p.code === s.code)}
              fill={s.color}
              shape={s.shape ?? "circle"}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
