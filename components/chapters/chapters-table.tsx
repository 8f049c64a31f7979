"use client";
// Every HS chapter of one year, both reporters where present: the text alternative of the chapter charts.
import { createColumnHelper } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { DataTable, type DataTableColumn, dataTableFeatures } from "@/components/tables/data-table";
import type { ChapterFlowKey, TradeChapterRow } from "@/lib/chapters/trade-view";
import { formatFull } from "@/lib/format";
import { chapterLabel } from "@/lib/series/hs-chapters";
import { useFlagText } from "@/components/charts/use-flag-text";

const col = createColumnHelper<typeof dataTableFeatures, TradeChapterRow>();

function valueColumn(key: ChapterFlowKey, header: string, locale: string) {
  return col.accessor((r) => (r.cells[key] ? Number(r.cells[key]!.value) : undefined), {
    id: key,
    header,
    sortFn: "basic",
    sortUndefined: "last",
    cell: (info) => {
      const c = info.row.original.cells[key];
      return c ? <span className="num">{formatFull(c.value, locale)}</span> : <span className="muted">–</span>;
    },
  });
}

/** `headers`: the column title of each flow ("Kazakhstan's exports to China (KZ reports)"…), in display order. */
export function ChaptersTable(props: {
  rows: TradeChapterRow[];
  caption: string;
  headers: [ChapterFlowKey, string][];
  sortBy: ChapterFlowKey;
}) {
  const locale = useLocale();
  const t = useTranslations("tradeChapters");
  const flagText = useFlagText();
  const columns = [
    col.accessor("chapter", { header: t("colChapter"), sortFn: "alphanumeric" }),
    col.accessor((r) => chapterLabel(r.chapter, r.name, locale), { id: "name", header: t("colName") }),
    ...props.headers.map(([key, header]) => valueColumn(key, header, locale)),
    col.accessor((r) => flagText([...new Set(Object.values(r.cells).flatMap((c) => c?.flags ?? []))]), {
      id: "flags",
      header: t("colFlags"),
      cell: (info) => (info.getValue() ? <span className="flag">{info.getValue()}</span> : ""),
    }),
  ] as DataTableColumn<TradeChapterRow>[];
  return <DataTable caption={props.caption} columns={columns} data={props.rows} initialSort={[{ id: props.sortBy, desc: true }]} />;
}
