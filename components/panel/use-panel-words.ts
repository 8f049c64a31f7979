"use client";
// The numbers-in-words templates of the page's locale (lib/i18n/panel-words.ts) from the catalogue the page sends.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { panelWordTemplates } from "@/lib/i18n/panel-words";
import type { PanelWordTemplates } from "@/lib/panel/series-view";

export function usePanelWords(): PanelWordTemplates {
  const locale = useLocale();
  const seriesPanel = useTranslations("seriesPanel");
  const seriesLines = useTranslations("seriesLines");
  const dated = useTranslations("dated");
  return useMemo(() => panelWordTemplates(locale, { seriesPanel, seriesLines, dated }), [locale, seriesPanel, seriesLines, dated]);
}
