"use client";
// The mirror chart's tooltip: both sides' figures for the year with their sources, the importer's figure at FOB with
// its band, the reported gap and the part CIF/FOB does not explain, and what the flags mean.
import { useLocale } from "next-intl";
import { formatFactor, formatPct, formatSignedUsd, formatUsd } from "@/lib/format";
import { type MirrorChartRow } from "@/lib/mirror/rows";
import { flagPhrases } from "@/lib/mirror/story";
import type { MirrorChartProps } from "./mirror-chart";

export function usd(v: number | null, locale: string): string {
  return v === null ? "—" : formatUsd(v, { locale });
}

function SourceLine({ source, flags, qualifier }: { source: MirrorChartRow["exporterSource"]; flags: string[]; qualifier: string | null }) {
  if (!source) return null;
  return (
    <small>
      Source: {source.label}
      {source.vintage && !source.label.includes(source.vintage) ? ` · ${source.vintage}` : ""}
      {qualifier ? ` · “${qualifier}”` : ""}
      {flags.length ? ` · ${flags.join(", ")}` : ""}
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
  const row = payload?.[0]?.payload as MirrorChartRow | undefined;
  if (!active || !row) return null;
  const phrases = flagPhrases(row, names);
  return (
    <div className="chart-tooltip mirror-tooltip">
      <strong>{row.year}</strong>
      <ul>
        <li>
          <span className="swatch" style={{ background: colors.exporter }} /> {names.exporter} reports exports:{" "}
          <b>{usd(row.exporter, locale)}</b>
          <br />
          <SourceLine source={row.exporterSource} flags={row.exporterFlags} qualifier={row.exporterQualifier} />
        </li>
        <li>
          <span className="swatch" style={{ background: colors.importer }} /> {names.importer} reports imports:{" "}
          <b>{usd(row.importer, locale)}</b>
          <br />
          <SourceLine source={row.importerSource} flags={row.importerFlags} qualifier={row.importerQualifier} />
        </li>
        {row.importerFob !== null && (
          <li>
            At FOB (÷ {formatFactor(cifFob, locale)}): <b>{usd(row.importerFob, locale)}</b>
            {row.importerFobBand ? (
              <small>
                {" "}
                ({usd(row.importerFobBand[0], locale)} to {usd(row.importerFobBand[1], locale)} for {formatFactor(band[0], locale)}–
                {formatFactor(band[1], locale)})
              </small>
            ) : null}
          </li>
        )}
        {row.exporter !== null && row.importer !== null && (
          <li>
            Reported gap: <b>{usd(row.exporter - row.importer, locale)}</b>
            {row.gapPctOfExporter !== null ? ` (${formatPct(row.gapPctOfExporter, undefined, locale)} of ${names.exporter}'s figure)` : ""}
            <br />
            {names.exporter} minus {names.importer} at FOB:{" "}
            <b>{row.unexplained === null ? "—" : formatSignedUsd(row.unexplained, locale)}</b>
            {row.unexplainedBand ? (
              <small>
                {" "}
                ({formatSignedUsd(row.unexplainedBand[0], locale)} to {formatSignedUsd(row.unexplainedBand[1], locale)})
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
