"use client";
// Horizontal bars: the top HS chapters of one flow in one year, Kazakhstan's figure beside China's mirror figure
// where China reports that chapter. Incomplete values are drawn hatched and named in the tooltip.
import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatAmount, formatTick, niceAxis, unitAxisLabel } from "@/lib/format";
import type { ChapterBar } from "@/lib/chapters/trade-view";
import { chapterLabel } from "@/lib/series/hs-chapters";
import { useFlagText } from "@/components/charts/use-flag-text";

export default function ChapterBarChart({
  id,
  title,
  bars,
  primaryLabel,
  mirrorLabel,
  primaryColor,
  mirrorColor,
}: {
  id: string;
  title: string;
  bars: ChapterBar[];
  primaryLabel: string;
  mirrorLabel: string;
  primaryColor: string;
  mirrorColor: string;
}) {
  const locale = useLocale();
  const t = useTranslations("tradeChapters");
  const flagText = useFlagText();
  const data = bars.map((b) => {
    const name = chapterLabel(b.chapter, b.name, locale);
    return { ...b, name, label: `${b.chapter} ${name.length > 28 ? `${name.slice(0, 26)}…` : name}` };
  });
  const height = 70 + data.length * 36;
  const { ticks } = niceAxis(
    data.flatMap((d) => [d.primary, d.mirror]),
    4,
  );
  return (
    <div className="bar-chart" id={id}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} aria-label={t("chartAria", { title })}>
          <defs>
            <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#b45309" strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, ticks[ticks.length - 1]!]}
            ticks={ticks}
            tickFormatter={(v: number) => formatTick(v, "USD", locale)}
            label={{ value: unitAxisLabel("USD", locale), position: "insideBottomRight", offset: -2, fontSize: 12 }}
            height={40}
          />
          <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip
            content={({ active, payload }) => {
              const p = payload?.[0]?.payload as (typeof data)[number] | undefined;
              if (!active || !p) return null;
              return (
                <div className="chart-tooltip">
                  <strong>{t("chapterName", { code: p.chapter, name: p.name })}</strong>
                  <br />
                  {primaryLabel}: <b>{p.primary === null ? t("noValue") : formatAmount(p.primary, "USD", { locale })}</b>
                  {p.primaryFlags.length > 0 && <span className="flag"> ({flagText(p.primaryFlags)})</span>}
                  <br />
                  {mirrorLabel}: <b>{p.mirror === null ? t("notReported") : formatAmount(p.mirror, "USD", { locale })}</b>
                  {p.mirrorFlags.length > 0 && <span className="flag"> ({flagText(p.mirrorFlags)})</span>}
                </div>
              );
            }}
          />
          <Legend />
          <Bar dataKey="primary" name={primaryLabel} fill={primaryColor} isAnimationActive={false}>
            {data.map((d) => (
              <Cell
                key={d.chapter}
                fill={d.primaryFlags.includes("incomplete") ? `url(#${id}-hatch)` : primaryColor}
                stroke={d.primaryFlags.includes("incomplete") ? "#b45309" : undefined}
              />
            ))}
          </Bar>
          <Bar dataKey="mirror" name={mirrorLabel} fill={mirrorColor} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
