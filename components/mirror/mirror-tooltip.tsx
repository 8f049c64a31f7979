"use client";
// The mirror chart's tooltip: both sides' figures for the year with their sources, the importer's figure at FOB with
// its band, the reported gap and the part CIF/FOB does not explain, and what the flags mean.
import { useLocale, useTranslations } from "next-intl";
import { formatFactor, formatPct, formatSignedUsd, formatUsd } from "@/lib/format";
import { type MirrorChartRow } from "@/lib/mirror/rows";
import { flagPhrases } from "@/lib/mirror/story";
import type { MirrorChartProps } from "./mirror-chart";
import { useFlagWords } from "./mirror-words";

export function usd(v: number | null, locale: string): string {
  return v === null ? "—" : formatUsd(v, { locale });
}

function SourceLine({ source, flags, qualifier }: { source: MirrorChartRow["exporterSource"]; flags: string[]; qualifier: string | null }) {
  const t = useTranslations("mirrorPanel");
  const { short } = useFlagWords();
  if (!source) return null;
  return (
    <small>
      {/* The source's label and vintage, and a statement's qualifier as quoted, are the sources' words (English). */}
      {t("source")}{" "}
      <span lang="en">
        {source.label}
        {source.vintage && !source.label.includes(source.vintage) ? ` · ${source.vintage}` : ""}
        {qualifier ? ` · “${qualifier}”` : ""}
      </span>
      {flags.length ? ` · ${flags.map(short).join(", ")}` : ""}
    </small>
  );
}

export function MirrorTooltip(props: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  names: MirrorChartProps["names"];
  colors: MirrorChartProps["colors"];
  cifFob: number;
  band: [number, number];
}) {
  const { active, payload, names, colors, cifFob, band } = props;
  const locale = useLocale();
  const t = useTranslations("mirrorPanel");
  const words = useFlagWords();
  const row = payload?.[0]?.payload as MirrorChartRow | undefined;
  if (!active || !row) return null;
  const phrases = flagPhrases(row, names).map(words.phrase);
  const factor = (v: number) => formatFactor(v, locale);
  return (
    <div className="chart-tooltip mirror-tooltip">
      <strong>{row.year}</strong>
      <ul>
        <li>
          <span className="swatch" style={{ background: colors.exporter }} /> {t("exporterReports", { exporter: names.exporter })}{" "}
          <b>{usd(row.exporter, locale)}</b>
          <br />
          <SourceLine source={row.exporterSource} flags={row.exporterFlags} qualifier={row.exporterQualifier} />
        </li>
        <li>
          <span className="swatch" style={{ background: colors.importer }} /> {t("importerReports", { importer: names.importer })}{" "}
          <b>{usd(row.importer, locale)}</b>
          <br />
          <SourceLine source={row.importerSource} flags={row.importerFlags} qualifier={row.importerQualifier} />
        </li>
        {row.importerFob !== null && (
          <li>
            {t("atFob", { factor: factor(cifFob) })} <b>{usd(row.importerFob, locale)}</b>
            {row.importerFobBand ? (
              <small>
                {" "}
                {t("fobRange", {
                  low: usd(row.importerFobBand[0], locale),
                  high: usd(row.importerFobBand[1], locale),
                  from: factor(band[0]),
                  to: factor(band[1]),
                })}
              </small>
            ) : null}
          </li>
        )}
        {row.exporter !== null && row.importer !== null && (
          <li>
            {t.rich("reportedGapLine", {
              b: (chunks) => <b>{chunks}</b>,
              gap: usd(row.exporter - row.importer, locale),
              pct: row.gapPctOfExporter === null ? "none" : formatPct(row.gapPctOfExporter, undefined, locale),
              exporter: names.exporter,
            })}
            <br />
            {t("minusAtFob", names)} <b>{row.unexplained === null ? "—" : formatSignedUsd(row.unexplained, locale)}</b>
            {row.unexplainedBand ? (
              <small>
                {" "}
                {t("range", {
                  low: formatSignedUsd(row.unexplainedBand[0], locale),
                  high: formatSignedUsd(row.unexplainedBand[1], locale),
                })}
              </small>
            ) : null}
          </li>
        )}
      </ul>
      {phrases.length > 0 && (
        <ul className={row.reliable ? "tooltip-notes" : "tooltip-notes tooltip-warn"}>
          {phrases.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
