"use client";
// Quoted and dated figures with their periods, values as published and sources.
import { createColumnHelper } from "@tanstack/react-table";
import type { StatementRow } from "@/lib/series/statements";
import { DataTable, type DataTableColumn, dataTableFeatures } from "./data-table";

const col = createColumnHelper<typeof dataTableFeatures, StatementRow>();

const columns = [
  col.accessor("date", {
    header: "Date",
    sortFn: "alphanumeric",
    cell: (info) => <span className="value-cell">{info.row.original.period}</span>,
  }),
  col.accessor("measure", { header: "Measure" }),
  col.accessor((r) => Number(r.value), {
    id: "value",
    header: "Value",
    sortFn: "basic",
    cell: (info) => <span className="value-cell">{info.row.original.display}</span>,
  }),
  col.accessor("asPublished", { header: "As published", cell: (info) => info.getValue() ?? "" }),
  col.accessor("note", { header: "Context", cell: (info) => <span className="muted">{info.getValue() ?? ""}</span> }),
  col.accessor("source", {
    header: "Source",
    cell: (info) =>
      info.row.original.sourceHref ? (
        <a href={info.row.original.sourceHref} rel="noopener noreferrer external" target="_blank">
          {info.getValue()}
        </a>
      ) : (
        info.getValue()
      ),
  }),
  col.accessor("flags", { header: "Flags", cell: (info) => (info.getValue() ? <span className="flag">{info.getValue()}</span> : "") }),
  col.accessor("seriesCode", { header: "Series code" }),
] as DataTableColumn<StatementRow>[];

export function StatementsTable({
  rows,
  caption,
  hidden = ["seriesCode", "note"],
}: {
  rows: StatementRow[];
  caption: string;
  hidden?: string[];
}) {
  return <DataTable caption={caption} columns={columns} data={rows} initiallyHidden={hidden} initialSort={[{ id: "date", desc: false }]} />;
}
