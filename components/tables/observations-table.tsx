"use client";
import { createColumnHelper } from "@tanstack/react-table";
import { formatFull } from "@/lib/format";
import { DataTable, type DataTableColumn, dataTableFeatures } from "./data-table";
import { RevisionsCell } from "./revisions-cell";

export interface ObservationTableRow {
  year: number;
  series: string;
  code: string;
  value: string;
  unit: string;
  publisher: string;
  source: string;
  vintage: string;
  vintageDate: string;
  flags: string;
}

const col = createColumnHelper<typeof dataTableFeatures, ObservationTableRow>();

const columns = [
  col.accessor("year", { header: "Year", sortFn: "basic" }),
  col.accessor("series", { header: "Series" }),
  col.accessor("code", { header: "Code" }),
  col.accessor((r) => Number(r.value), {
    id: "value",
    header: "Value",
    sortFn: "basic",
    cell: (info) => <span className="num">{formatFull(info.row.original.value)}</span>,
  }),
  col.accessor("unit", { header: "Unit" }),
  col.accessor("publisher", { header: "Publisher" }),
  col.accessor("source", { header: "Source" }),
  col.accessor("vintage", { header: "Vintage" }),
  col.accessor("vintageDate", { header: "Vintage date" }),
  col.accessor("flags", { header: "Flags", cell: (info) => (info.getValue() ? <span className="flag">{info.getValue()}</span> : "") }),
  col.accessor("code", {
    id: "revisions",
    header: "Revisions",
    enableSorting: false,
    cell: (info) => <RevisionsCell code={info.row.original.code} year={info.row.original.year} />,
  }),
] as DataTableColumn<ObservationTableRow>[];

export function ObservationsTable({ rows, caption }: { rows: ObservationTableRow[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      columns={columns}
      data={rows}
      initiallyHidden={["code", "vintage", "vintageDate"]}
      initialSort={[{ id: "year", desc: false }]}
    />
  );
}
