"use client";
// The years a panel's points are not measured totals, in the page's words ("2021 (IMF estimate); 2022 (…)"), from the
// "seriesPanel" warning templates: the series panel and its embed say it alike.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { SeriesView } from "@/lib/panel/series-view";

export function useWarningText() {
  const t = useTranslations("seriesPanel");
  return useCallback(
    (warnings: SeriesView["warnings"]) =>
      warnings
        .map((w) =>
          t("warningItem", {
            year: w.year,
            flags: w.flags.map((f) => (f === "estimate" || f === "incomplete" ? t(`warningFlags.${f}`) : f)).join(", "),
          }),
        )
        .join("; "),
    [t],
  );
}
