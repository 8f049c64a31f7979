"use client";
// A small decorative trend line for a headline card: the card's text carries the figure, so the chart is hidden from
// assistive technology and not focusable.
import { Line, LineChart, ResponsiveContainer, Scatter, ComposedChart, YAxis, XAxis } from "recharts";

export interface SparkSeries {
  key: string;
  color: string;
  dashed?: boolean;
}

export function Sparkline({
  data,
  series,
  dots = false,
  height = 56,
}: {
  data: { x: number; [key: string]: number | null }[];
  series: SparkSeries[];
  dots?: boolean;
  height?: number;
}) {
  return (
    <div className="sparkline" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        {dots ? (
          <ComposedChart data={data} margin={{ top: 6, right: 6, bottom: 6, left: 6 }} accessibilityLayer={false}>
            <XAxis dataKey="x" type="number" domain={["dataMin", "dataMax"]} hide />
            <YAxis hide domain={[0, "auto"]} />
            {series.map((s) => (
              <Scatter
                key={s.key}
                dataKey={s.key}
                fill={s.color}
                isAnimationActive={false}
                line={!s.dashed ? { stroke: s.color, strokeWidth: 1.5 } : false}
              />
            ))}
          </ComposedChart>
        ) : (
          <LineChart data={data} margin={{ top: 6, right: 6, bottom: 6, left: 6 }} accessibilityLayer={false}>
            <XAxis dataKey="x" type="number" domain={["dataMin", "dataMax"]} hide />
            <YAxis hide domain={["auto", "auto"]} />
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                stroke={s.color}
                strokeWidth={1.8}
                strokeDasharray={s.dashed ? "4 2" : undefined}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
