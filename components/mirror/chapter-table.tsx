"use client";
// HS chapters both reporters publish for one year: both values, the gap (sorted by size), the part CIF/FOB does not
// explain, and flags. Only chapters with both sides are here; the page lists the others.
import { createColumnHelper } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { formatPct } from "@/lib/format";
import { DataTable, type DataTableColumn, dataTableFeatures } from "@/components/tables/data-table";
import type { ChapterRow } from "@/lib/mirror/chapters";
import { chapterLabel } from "@/lib/series/hs-chapters";
import { usdCell } from "./mirror-table";
import { useFlagWords, useListJoin } from "./mirror-words";

const col = createColumnHelper<typeof dataTableFeatures, ChapterRow>();

export function ChapterTable({
  rows,
  names,
  caption,
}: {
  rows: ChapterRow[];
  names: { exporter: string; importer: string };
  caption: string;
}) {
  const locale = useLocale();
  const t = useTranslations("mirrorPanel");
  const words = useFlagWords();
  const join = useListJoin();
  const columns = useMemo(() => {
    const pct = (v: number) => formatPct(v, undefined, locale);
    const flagText = (r: ChapterRow) =>
      join.entries(r.flags.map((f) => (f === "negative-gap" ? t("flag.importerMore", { importer: names.importer }) : words.short(f))));
    return [
      col.accessor("productCode", { header: t("colHs"), sortFn: "alphanumeric" }),
      col.accessor((r) => chapterLabel(r.productCode, r.productLabel, locale), {
        id: "productLabel",
        header: t("colChapter"),
        cell: (i) => i.getValue() || <span className="muted">{t("noTitle")}</span>,
      }),
      col.accessor("exporterReported", {
        header: t("colReports", { name: names.exporter }),
        sortFn: "basic",
        sortUndefined: "last",
        cell: (i) => usdCell(i.getValue(), locale),
      }),
      col.accessor("importerReported", {
        header: t("colReports", { name: names.importer }),
        sortFn: "basic",
        sortUndefined: "last",
        cell: (i) => usdCell(i.getValue(), locale),
      }),
      col.accessor("gap", {
        header: t("colGapSorted"),
        sortFn: (a, b) => Math.abs(a.original.gap ?? 0) - Math.abs(b.original.gap ?? 0),
        sortDescFirst: true,
        cell: (i) => usdCell(i.getValue(), locale),
      }),
      col.accessor("gapPctOfExporter", {
        header: t("colGapPct", { exporter: names.exporter }),
        sortFn: "basic",
        sortUndefined: "last",
        cell: (i) => (i.getValue() === null ? <span className="muted">—</span> : <span className="num">{pct(i.getValue()!)}</span>),
      }),
      col.accessor("unexplainedGap", {
        header: t("colUnexplained"),
        sortFn: "basic",
        sortUndefined: "last",
        cell: (i) =>
          i.row.original.reliable ? (
            usdCell(i.getValue(), locale)
          ) : (
            <span className="flagged-value">{usdCell(i.getValue(), locale)} ⚠</span>
          ),
      }),
      col.accessor("shareOfTotalGap", {
        header: t("colShare"),
        sortFn: "basic",
        sortUndefined: "last",
        // A chapter where the importer reports more offsets the gap: it has no share of it.
        cell: (i) =>
          i.getValue() === null || i.getValue()! <= 0 ? (
            <span className="muted">—</span>
          ) : (
            <span className="num">{pct(i.getValue()! * 100)}</span>
          ),
      }),
      col.accessor((r) => flagText(r), {
        id: "flags",
        header: t("colFlags"),
        cell: (i) => (i.getValue() ? <span className={i.row.original.reliable ? "muted" : "flag"}>{i.getValue()}</span> : ""),
      }),
      col.accessor((r) => `${r.exporterSource?.label ?? ""} | ${r.importerSource?.label ?? ""}`, {
        id: "sources",
        header: t("colSources"),
        cell: (i) => (
          <small>
            {i.row.original.exporterSource?.label ?? "—"} | {i.row.original.importerSource?.label ?? "—"}
          </small>
        ),
      }),
    ] as DataTableColumn<ChapterRow>[];
  }, [names, locale, t, words, join]);
  return (
    <DataTable caption={caption} columns={columns} data={rows} initiallyHidden={["sources"]} initialSort={[{ id: "gap", desc: true }]} />
  );
}
