"use client";
// The words of a series chart in the page's locale: the axis titles the panels use and the series' labels
// (catalogue namespaces "seriesPanel" and "seriesLines"), English where the catalogue has none.
import { useTranslations } from "next-intl";
import type { LineSpec } from "@/lib/panel/types";

/** The axis titles the panels use (lib/pages/panels.ts, lib/panel/series-view.ts), by their English text. */
const AXIS_KEYS = {
  "US dollars": "axisUsd",
  "EUR million": "axisEurMillion",
  "Percent of the reporter's total trade": "axisPctTrade",
  "Percent of the total from all countries": "axisPctFdi",
} as const;

export function useAxisLabel(english: string): string {
  const t = useTranslations("seriesPanel");
  const constant = /^Constant (\d{4}) US dollars$/.exec(english);
  if (constant) return t("constantAxis", { year: constant[1]! });
  const key = AXIS_KEYS[english as keyof typeof AXIS_KEYS];
  return key ? t(key) : english;
}

/** The series' labels in the page's locale (seriesLines, keyed by the code with "_" for "."), English where none. */
export function useLocalLines(lines: LineSpec[]): LineSpec[] {
  const t = useTranslations("seriesLines");
  return lines.map((l) => {
    const key = l.code.replaceAll(".", "_") as Parameters<typeof t>[0];
    return t.has(key) ? { ...l, label: t(key) } : l;
  });
}
