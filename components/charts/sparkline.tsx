// A small decorative trend for a headline card, drawn on the server as plain SVG (no chart library, no script): the
// card's text carries the figure, so the drawing is hidden from assistive technology. Annual series are lines with
// gaps where a year is missing; quoted figures (`dots`) are points, never joined: they are separate statements.

export interface SparkSeries {
  key: string;
  color: string;
  dashed?: boolean;
}

const W = 240;
const H = 56;
const PAD = 6;

export function Sparkline({
  data,
  series,
  dots = false,
}: {
  data: { x: number; [key: string]: number | null }[];
  series: SparkSeries[];
  dots?: boolean;
}) {
  const xs = data.map((d) => d.x);
  const values = data.flatMap((d) => series.map((s) => d[s.key] ?? null)).filter((v): v is number => v !== null && Number.isFinite(v));
  if (xs.length === 0 || values.length === 0) return null;
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(0, ...values), Math.max(...values)];
  const sx = (x: number) => PAD + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * PAD);
  const sy = (y: number) => H - PAD - ((y - y0) / (y1 - y0 || 1)) * (H - 2 * PAD);
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {series.map((s) => {
        const points = data.filter((d) => d[s.key] !== null && d[s.key] !== undefined).map((d) => [sx(d.x), sy(d[s.key]!)] as const);
        if (dots)
          return points.map(([x, y], i) => (
            <circle key={`${s.key}-${i}`} cx={x} cy={y} r={2.6} fill={s.color} vectorEffect="non-scaling-stroke" />
          ));
        // Split at missing years so that a gap in the data stays a gap in the line.
        const runs: string[][] = [];
        let run: string[] = [];
        for (const d of [...data].sort((a, b) => a.x - b.x)) {
          const v = d[s.key];
          if (v === null || v === undefined) {
            if (run.length) runs.push(run);
            run = [];
          } else run.push(`${sx(d.x).toFixed(1)},${sy(v).toFixed(1)}`);
        }
        if (run.length) runs.push(run);
        return runs.map((r, i) => (
          <polyline
            key={`${s.key}-${i}`}
            points={r.join(" ")}
            fill="none"
            stroke={s.color}
            strokeWidth={1.8}
            strokeDasharray={s.dashed ? "4 2" : undefined}
            vectorEffect="non-scaling-stroke"
          />
        ));
      })}
    </svg>
  );
}
