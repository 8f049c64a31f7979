"use client";
// Every HS chapter of one year, both reporters where present: the text alternative of the chapter charts.
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type DataTableColumn, dataTableFeatures } from "@/components/tables/data-table";
import type { ChapterFlowKey, TradeChapterRow } from "@/lib/chapters/trade-view";
import { formatFull } from "@/lib/format";

const col = createColumnHelper<typeof dataTableFeatures, TradeChapterRow>();

function valueColumn(key: ChapterFlowKey, header: string) {
  return col.accessor((r) => (r.cells[key] ? Number(r.cells[key]!.value) : undefined), {
    id: key,
    header,
    sortFn: "basic",
    sortUndefined: "last",
    cell: (info) => {
      const c = info.row.original.cells[key];
      return c ? <span className="num">{formatFull(c.value)}</span> : <span className="muted">–</span>;
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
  const columns = [
    col.accessor("chapter", { header: "HS chapter", sortFn: "alphanumeric" }),
    col.accessor("name", { header: "Description" }),
    ...props.headers.map(([key, header]) => valueColumn(key, header)),
    col.accessor((r) => [...new Set(Object.values(r.cells).flatMap((c) => c?.flags ?? []))].join(", "), {
      id: "flags",
      header: "Flags",
      cell: (info) => (info.getValue() ? <span className="flag">{info.getValue()}</span> : ""),
    }),
  ] as DataTableColumn<TradeChapterRow>[];
  return <DataTable caption={props.caption} columns={columns} data={props.rows} initialSort={[{ id: props.sortBy, desc: true }]} />;
}
