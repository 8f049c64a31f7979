// The debt page's chart of quoted figures at their dates, in the page's locale: the page's panel and its embed
// (/embed/debt-dated) show the same one.
import "server-only";
import { getTranslations } from "next-intl/server";
import { datedWords } from "../i18n/dated-words";
import { toSourceInfo } from "../panel/load-series";
import { seriesExportUrl } from "../panel/downloads";
import type { DatedChart, DatedPoint, DatedSeries } from "../panel/types";
import { DEBT_CODES } from "../series/catalogue";
import { loadStatements, type StatementData } from "../series/load-statements";
import { dateValue } from "../series/periods";
import { toStatementRows } from "../series/statements";
import type { Locale } from "./target";

/** Figures drawn on the chart: levels in US dollars (shares and changes are in the table only). */
const CHART_SERIES: (Omit<DatedSeries, "label"> & { label: "total" | "china" | "guaranteed" | "banks" | "cny" })[] = [
  { code: "debt.KAZ.WLD.stock", label: "total", color: "#6b7280" },
  { code: "debt.KAZ.CHN.stock", label: "china", color: "#b91c1c", shape: "diamond" },
  { code: "debt.KAZ.CHN.stock_government_guaranteed", label: "guaranteed", color: "#ea580c", shape: "square" },
  { code: "debt.KAZ.CHN.stock_banks", label: "banks", color: "#9333ea", shape: "triangle" },
  { code: "debt.KAZ.CHN.stock_cny", label: "cny", color: "#0891b2", shape: "square" },
];

export const DEBT_CHART_ID = "debt-dated";

/** The chart (as of `pin.asOf` when pinned) and the statements it is drawn from (the page's cards read them too). */
export async function loadDebtChart(
  locale: Locale,
  pin: { asOf?: string },
  citationYear: number,
): Promise<{ chart: DatedChart; data: StatementData }> {
  const t = await getTranslations({ locale, namespace: "debt" });
  const words = await datedWords(locale);
  const data = await loadStatements(DEBT_CODES, pin);
  const rows = toStatementRows(data.observations, data.series, data.sources, (s) => s.title.replace(/^Kazakhstan: /, ""), words);
  const points: DatedPoint[] = rows
    .filter((r) => CHART_SERIES.some((s) => s.code === r.seriesCode))
    .map((r) => ({
      code: r.seriesCode,
      x: dateValue(r.date),
      y: Number(r.value),
      when: r.period,
      display: r.display,
      source: r.source,
      flags: r.flags,
    }));
  const title = t("lines.chartTitle");
  // A citation is a reference: written in English whatever the page's language (marked lang="en").
  const englishTitle = (await getTranslations({ locale: "en", namespace: "debt" }))("lines.chartTitle");
  const years = points.map((p) => new Date(p.x).getUTCFullYear());
  const publishers = [...new Set(data.sources.map((s) => s.publisher))];
  const download = (format: "csv" | "json") => seriesExportUrl({ codes: DEBT_CODES, format, all: true, allPeriods: true, v: pin.asOf });
  return {
    data,
    chart: {
      id: DEBT_CHART_ID,
      stateKey: "debt",
      title,
      series: CHART_SERIES.map((s) => ({ ...s, label: t(`lines.${s.label}`) })),
      points,
      years: years.length ? [Math.min(...years), Math.max(...years)] : null,
      rows,
      tableCaption: t("lines.tableCaption"),
      sources: data.sources.map(toSourceInfo),
      unit: "USD",
      axisLabel: t("lines.axis"),
      downloads: { csv: download("csv"), json: download("json") },
      citation: `China–Kazakhstan Economic Monitor (${citationYear}). ${englishTitle}. Data: ${publishers.join("; ")}.`,
    },
  };
}
