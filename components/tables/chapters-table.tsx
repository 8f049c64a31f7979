"use client";
// Every HS chapter of one year, both reporters where present: the text alternative of the chapter charts.
import { createColumnHelper } from "@tanstack/react-table";
import { formatFull } from "@/lib/series/chart-data";
import { DataTable, type DataTableColumn, dataTableFeatures } from "./data-table";

export interface ChapterTableRow {
  chapter: string;
  name: string;
  kazX: string | null;
  chnM: string | null;
  kazM: string | null;
  chnX: string | null;
  flags: string;
}

const col = createColumnHelper<typeof dataTableFeatures, ChapterTableRow>();

function valueColumn(key: "kazX" | "chnM" | "kazM" | "chnX", header: string) {
  return col.accessor((r) => (r[key] === null ? undefined : Number(r[key])), {
    id: key,
    header,
    sortFn: "basic",
    sortUndefined: "last",
    cell: (info) => {
      const v = info.row.original[key];
      return v === null ? <span className="muted">–</span> : <span className="num">{formatFull(v)}</span>;
    },
  });
}

const columns = [
  col.accessor("chapter", { header: "HS chapter", sortFn: "alphanumeric" }),
  col.accessor("name", { header: "Description" }),
  valueColumn("kazX", "Kazakhstan's exports to China (KZ reports)"),
  valueColumn("chnM", "China's imports from Kazakhstan (CN reports)"),
  valueColumn("kazM", "Kazakhstan's imports from China (KZ reports)"),
  valueColumn("chnX", "China's exports to Kazakhstan (CN reports)"),
  col.accessor("flags", { header: "Flags", cell: (info) => (info.getValue() ? <span className="flag">{info.getValue()}</span> : "") }),
] as DataTableColumn<ChapterTableRow>[];

export function ChaptersTable({ rows, caption }: { rows: ChapterTableRow[]; caption: string }) {
  return <DataTable caption={caption} columns={columns} data={rows} initialSort={[{ id: "kazM", desc: true }]} />;
}
