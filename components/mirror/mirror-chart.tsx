"use client";
// One direction of trade as both sides report it: the exporter's line (FOB), the importer's line (CIF), the importer's
// line converted to FOB with its CIF/FOB band, and bars for the gap CIF/FOB does not explain. Bars built on flagged
// data are hatched and labelled; a year with one side only gets a marker on the zero line; statements about the
// discrepancy sit on their years, with their full text on hover or keyboard focus.
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  Rectangle,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import { useLocale, useTranslations } from "next-intl";
import { formatTick } from "@/lib/format";
import { formatFactor } from "@/lib/format";
import { niceAxis } from "@/lib/format";
import type { NoteMarker } from "@/lib/notes/markers";
import type { NoteInfo } from "@/lib/panel/types";
import { MARKER_ROWS, MARKER_ROW_HEIGHT, NoteMarkers, NotePopover, useMarkerStore } from "@/components/charts/note-markers";
import { TOOLTIP_WRAPPER_STYLE } from "@/components/charts/tooltip-style";
import { type MirrorChartRow } from "@/lib/mirror/rows";
import { MirrorTooltip } from "./mirror-tooltip";
import { useFlagWords } from "./mirror-words";

export interface MirrorChartProps {
  id: string;
  rows: MirrorChartRow[];
  names: { exporter: string; importer: string };
  colors: { exporter: string; importer: string };
  cifFob: number;
  band: [number, number];
  markers: NoteMarker<NoteInfo>[];
  /** The y axis title ("US dollars", "Constant 2024 US dollars"); US dollars in the page's words by default. */
  axisLabel?: string;
  height?: number;
}

const FLAG_COLOR = "#b45309";
const GAP_COLOR = "#4b5563";

type SideKey = "exporter" | "importer" | "importerFob";

function SideDot(props: { cx?: number; cy?: number; payload?: MirrorChartRow; side: SideKey; color: string }) {
  const { cx, cy, payload, side, color } = props;
  if (cx === undefined || cy === undefined || !payload || payload[side] === null) return null;
  const flags = side === "exporter" ? payload.exporterFlags : payload.importerFlags;
  if (flags.includes("estimate") || flags.includes("incomplete")) {
    return (
      <g className="flagged-point" data-year={payload.year} data-side={side}>
        <circle cx={cx} cy={cy} r={5.5} fill="#fff" stroke={FLAG_COLOR} strokeWidth={2.5} />
        <line x1={cx - 3} y1={cy + 3} x2={cx + 3} y2={cy - 3} stroke={FLAG_COLOR} strokeWidth={1.5} />
      </g>
    );
  }
  if (side !== "importerFob" && flags.includes("rounded")) {
    return <rect className="quoted-point" x={cx - 3.5} y={cy - 3.5} width={7} height={7} fill="#fff" stroke={color} strokeWidth={1.8} />;
  }
  return <circle cx={cx} cy={cy} r={side === "importerFob" ? 1.8 : 2.6} fill={color} stroke="none" />;
}

function GapBar(props: BarShapeProps & { hatchId: string }) {
  const { payload, hatchId, ...rest } = props;
  const row = payload as MirrorChartRow | undefined;
  const flagged = !!row && !row.reliable;
  return (
    <Rectangle
      {...rest}
      className={flagged ? "gap-bar gap-bar-flagged" : "gap-bar"}
      fill={flagged ? `url(#${hatchId})` : GAP_COLOR}
      fillOpacity={flagged ? 0.9 : 0.45}
      stroke={flagged ? FLAG_COLOR : "none"}
      strokeWidth={flagged ? 1 : 0}
    />
  );
}

interface FlagLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** The bar's label ("estimate + incomplete", lib/mirror/rows.ts) in the page's words. */
function flagWords(value: unknown, short: (flag: string) => string): unknown {
  return typeof value === "string" && value ? value.split(" + ").map(short).join(" + ") : value;
}

function FlagLabel(props: FlagLabelProps) {
  const { value } = props;
  if (typeof value !== "string" || !value) return null;
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
  const h = Number(props.height ?? 0);
  const top = Number(props.y ?? 0) + Math.min(0, h);
  return (
    <text x={x} y={top - 4} textAnchor="middle" fontSize={10} fill={FLAG_COLOR} fontWeight={600}>
      {value}
    </text>
  );
}

export default function MirrorChart({ id, rows, names, colors, cifFob, band, markers, axisLabel, height = 400 }: MirrorChartProps) {
  const locale = useLocale();
  const t = useTranslations("mirrorPanel");
  const words = useFlagWords();
  const store = useMarkerStore();
  const years = rows.map((r) => r.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const hatchId = `${id}-hatch`;
  const yDomain = niceAxis(
    rows.flatMap((r) => [r.unexplained, r.unexplainedBand?.[0] ?? null, r.importerFobBand?.[1] ?? null, r.exporter, r.importer]),
  );
  const shown = markers.filter((n) => n.yearTo >= minYear && n.yearFrom <= maxYear);
  return (
    <div className="chart mirror-chart" id={id} onKeyDown={(e) => e.key === "Escape" && store.set(null)}>
      <NotePopover store={store} />
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={rows}
          margin={{ top: 12 + MARKER_ROWS * MARKER_ROW_HEIGHT, right: 16, bottom: 8, left: 8 }}
          aria-label={t("chartAria", { ...names, from: minYear, to: maxYear })}
        >
          <defs>
            <pattern id={hatchId} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
              <rect width={6} height={6} fill="#fef3c7" />
              <line x1={0} y1={0} x2={0} y2={6} stroke={FLAG_COLOR} strokeWidth={2} />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="year" type="category" interval="preserveStartEnd" minTickGap={12} />
          <YAxis
            width={64}
            tickFormatter={(v: number) => formatTick(v, "USD", locale)}
            domain={yDomain.domain}
            ticks={yDomain.ticks}
            allowDataOverflow
            label={{ value: axisLabel ?? t("usd"), angle: -90, position: "insideLeft", offset: 4, style: { fontSize: 12 } }}
          />
          <ReferenceLine y={0} stroke="#9ca3af" />
          {shown.map((n) =>
            n.yearTo > n.yearFrom ? (
              <ReferenceArea
                key={n.id}
                x1={Math.max(n.yearFrom, minYear)}
                x2={Math.min(n.yearTo, maxYear)}
                fill="#6366f1"
                fillOpacity={0.07}
                ifOverflow="hidden"
              />
            ) : (
              <ReferenceLine key={n.id} x={n.yearFrom} stroke="#6366f1" strokeDasharray="4 3" />
            ),
          )}
          <Area
            dataKey="importerFobBand"
            name={t("fobBand", { importer: names.importer, low: formatFactor(band[0], locale), high: formatFactor(band[1], locale) })}
            stroke="none"
            fill={colors.importer}
            fillOpacity={0.14}
            isAnimationActive={false}
            connectNulls={false}
            activeDot={false}
          />
          <Bar
            dataKey="unexplained"
            name={t("gapBar")}
            isAnimationActive={false}
            shape={(p: BarShapeProps) => <GapBar {...p} hatchId={hatchId} />}
            label={(props: FlagLabelProps) => <FlagLabel {...props} value={flagWords(props.value, words.short)} />}
            maxBarSize={18}
          />
          <Scatter dataKey="oneSideOnly" name={t("oneSide")} fill="#6b7280" shape="cross" isAnimationActive={false} legendType="cross" />
          <Line
            dataKey="exporter"
            name={t("exporterLine", { exporter: names.exporter })}
            stroke={colors.exporter}
            strokeWidth={2.2}
            connectNulls={false}
            isAnimationActive={false}
            dot={(p: object) => (
              <SideDot key={`e-${(p as { index?: number }).index}`} {...(p as object)} side="exporter" color={colors.exporter} />
            )}
          />
          <Line
            dataKey="importer"
            name={t("importerLine", { importer: names.importer })}
            stroke={colors.importer}
            strokeWidth={2.2}
            strokeDasharray="6 3"
            connectNulls={false}
            isAnimationActive={false}
            dot={(p: object) => (
              <SideDot key={`i-${(p as { index?: number }).index}`} {...(p as object)} side="importer" color={colors.importer} />
            )}
          />
          <Line
            dataKey="importerFob"
            name={t("fobLine", { importer: names.importer, factor: formatFactor(cifFob, locale) })}
            stroke={colors.importer}
            strokeOpacity={0.7}
            strokeWidth={1.4}
            strokeDasharray="2 3"
            connectNulls={false}
            isAnimationActive={false}
            dot={(p: object) => (
              <SideDot key={`f-${(p as { index?: number }).index}`} {...(p as object)} side="importerFob" color={colors.importer} />
            )}
          />
          <NoteMarkers markers={shown} store={store} panelId={id.replace(/-chart$/, "")} />
          <Tooltip
            wrapperStyle={TOOLTIP_WRAPPER_STYLE}
            content={<MirrorTooltip names={names} colors={colors} cifFob={cifFob} band={band} />}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
