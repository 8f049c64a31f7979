"use client";
// The chapters that account for most of the gap (exporter reports more), largest first, with their cumulative share.
import { useLocale, useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import { formatTick } from "@/lib/format";
import { formatUsd } from "@/lib/format";
import type { ChapterChartDatum } from "@/lib/mirror/chapters";
import { useFlagWords } from "./mirror-words";

function ContributorBar(props: BarShapeProps & { hatchId: string }) {
  const { payload, hatchId, ...rest } = props;
  const flagged = !(payload as ChapterChartDatum | undefined)?.reliable;
  return (
    <Rectangle
      {...rest}
      fill={flagged ? `url(#${hatchId})` : "#4b5563"}
      fillOpacity={flagged ? 0.9 : 0.7}
      stroke={flagged ? "#b45309" : "none"}
    />
  );
}

export default function ChapterChart({ id, data, exporter }: { id: string; data: ChapterChartDatum[]; exporter: string }) {
  const locale = useLocale();
  const t = useTranslations("mirrorPanel");
  const { short } = useFlagWords();
  const hatchId = `${id}-hatch`;
  return (
    <div className="chart chapter-chart" id={id}>
      <ResponsiveContainer width="100%" height={Math.max(160, 44 * data.length + 40)}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
          aria-label={t("chapterAria", { exporter })}
        >
          <defs>
            <pattern id={hatchId} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
              <rect width={6} height={6} fill="#fef3c7" />
              <line x1={0} y1={0} x2={0} y2={6} stroke="#b45309" strokeWidth={2} />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => formatTick(v, "USD", locale)} />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} />
          <Tooltip
            content={({ active, payload }) => {
              const d = payload?.[0]?.payload as ChapterChartDatum | undefined;
              if (!active || !d) return null;
              return (
                <div className="chart-tooltip">
                  <strong>{d.label}</strong>
                  <br />
                  {t("chapterTip", { exporter, gap: formatUsd(d.gap, { locale }), share: d.share, cumulative: d.cumulative })}
                  {d.flags.length > 0 && (
                    <>
                      <br />
                      <small className={d.reliable ? "muted" : "flag"}>{t("flagsList", { flags: d.flags.map(short).join(", ") })}</small>
                    </>
                  )}
                </div>
              );
            }}
          />
          <Bar
            dataKey="gap"
            name={t("gap")}
            isAnimationActive={false}
            shape={(p: BarShapeProps) => <ContributorBar {...p} hatchId={hatchId} />}
            maxBarSize={28}
          >
            <LabelList dataKey="share" position="right" fontSize={11} fill="#374151" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
