"use client";
// How to read the mirror chart: a static key, drawn with the same marks as the chart.
import { useTranslations } from "next-intl";

export function MirrorLegend({
  names,
  colors,
}: {
  names: { exporter: string; importer: string };
  colors: { exporter: string; importer: string };
}) {
  const t = useTranslations("mirrorPanel");
  return (
    <ul className="mirror-legend" aria-label={t("legendLabel")}>
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="28" y2="5" stroke={colors.exporter} strokeWidth="2.2" />
        </svg>{" "}
        {t("legendReports", { country: names.exporter })}
      </li>
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="28" y2="5" stroke={colors.importer} strokeWidth="2.2" strokeDasharray="6 3" />
        </svg>{" "}
        {t("legendReports", { country: names.importer })}
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <rect x="0" y="1" width="28" height="10" fill={colors.importer} fillOpacity="0.14" />
          <line x1="0" y1="6" x2="28" y2="6" stroke={colors.importer} strokeWidth="1.4" strokeDasharray="2 3" />
        </svg>{" "}
        {t("legendFob", { importer: names.importer })}
      </li>
      <li>
        <svg width="14" height="12" aria-hidden="true">
          <rect x="1" y="1" width="12" height="10" fill="#4b5563" fillOpacity="0.45" />
        </svg>{" "}
        {t("legendGap")}
      </li>
      <li>
        <svg width="14" height="12" aria-hidden="true">
          <rect x="1" y="1" width="12" height="10" fill="#fef3c7" stroke="#b45309" />
          <line x1="1" y1="11" x2="13" y2="1" stroke="#b45309" strokeWidth="2" />
        </svg>{" "}
        {t("legendFlaggedGap")}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="#fff" stroke="#b45309" strokeWidth="2.2" />
          <line x1="4.5" y1="9.5" x2="9.5" y2="4.5" stroke="#b45309" strokeWidth="1.4" />
        </svg>{" "}
        {t("legendFlaggedPoint")}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <rect x="3" y="3" width="8" height="8" fill="#fff" stroke="#374151" strokeWidth="1.6" />
        </svg>{" "}
        {t("legendRounded")}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7 2v10M2 7h10" stroke="#6b7280" strokeWidth="3" />
        </svg>{" "}
        {t("oneSide")}
      </li>
      <li>
        <span className="legend-note">N12</span> {t("legendNote")}
      </li>
    </ul>
  );
}
