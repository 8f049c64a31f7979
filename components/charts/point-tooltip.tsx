"use client";
// A series chart's tooltip: each line's value in the page's locale, with its source, vintage and flags, or the
// terms a derived value was computed from.
import { useLocale, useTranslations } from "next-intl";
import { formatAmount } from "@/lib/format";
import type { DerivedTerm, LineSpec, SourceInfo } from "@/lib/panel/types";
import type { TimeSeriesChartProps } from "./time-series-chart";
import { useFlagText } from "./use-flag-text";
import { qualifiedValues } from "@/lib/i18n/qualifier";

export function PointTooltip(props: {
  active?: boolean;
  label?: number | string;
  payload?: readonly { dataKey?: unknown; value?: unknown }[];
  lines: LineSpec[];
  points: TimeSeriesChartProps["points"];
  sources: SourceInfo[];
  terms: Record<string, DerivedTerm[]>;
  publishers: string[];
  pct: boolean;
  valueUnit: string;
  realBase: number | null;
}) {
  const { active, label, payload, lines, points, sources, terms, publishers, pct, valueUnit, realBase } = props;
  const t = useTranslations("seriesPanel");
  const locale = useLocale();
  const dated = useTranslations("dated");
  const flagText = useFlagText();
  if (!active || !payload?.length) return null;
  const amount = (v: number) => formatAmount(v, valueUnit, { locale });
  const year = Number(label);
  const sourceLabel = (i: number) => sources[i]?.label ?? "";
  return (
    <div className="chart-tooltip">
      <strong>{year}</strong>
      {realBase !== null && <small> · {t("tooltipConstant", { year: realBase })}</small>}
      <ul>
        {lines.map((l) => {
          const p = points[l.code]?.[year];
          const shown = payload.find((x) => x.dataKey === l.code)?.value;
          if (!p || shown === null || shown === undefined) return null;
          const value = p.qualifier ? dated("qualified", qualifiedValues(p.qualifier, amount(Number(p.value)))) : amount(Number(p.value));
          return (
            <li key={l.code}>
              <span className="swatch" style={{ background: l.color }} /> {l.label}:{" "}
              <b>{pct ? `${formatAmount(Number(shown), "percent", { locale })} (${value})` : value}</b>
              <br />
              {p.components ? (
                <small>
                  {t("derived")}{" "}
                  {p.components.map((c, i) => (
                    <span key={i}>
                      {i > 0 ? ((terms[l.code]?.[i]?.sign ?? 1) === 1 ? " + " : " − ") : ""}
                      {amount(Number(c.value))} ({sourceLabel(c.source)}
                      {c.vintage ? `, ${c.vintage}` : ""})
                    </span>
                  ))}
                </small>
              ) : (
                <small>
                  {t("publishedBy", { publisher: publishers[p.publisher] ?? "", sources: p.sources.map(sourceLabel).join(" + ") })}
                  {p.vintage ? t("vintage", { vintage: p.vintage }) : ""}
                  {p.vintageDate ? ` (${p.vintageDate})` : ""}
                </small>
              )}
              {((p.flags?.length ?? 0) > 0 || p.statement) && (
                <small className="flag">
                  <br />
                  {[...(p.statement && !p.flags?.includes("from-statement") ? [t("quotedStatement")] : []), flagText(p.flags ?? [])]
                    .filter(Boolean)
                    .join(dated("listSeparator"))}
                </small>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
