"use client";
// Quoted and dated figures with their periods, values as published and sources.
import { createColumnHelper } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { StatementRow } from "@/lib/series/statements";
import { unpackStatementRows, type PackedStatementRows } from "@/lib/series/statement-wire";
import { DataTable, type DataTableColumn, dataTableFeatures } from "./data-table";

const col = createColumnHelper<typeof dataTableFeatures, StatementRow>();

const columnsIn = (t: (key: "date" | "measure" | "value" | "asPublished" | "context" | "source" | "flags" | "seriesCode") => string) => [
  col.accessor("date", {
    header: t("date"),
    sortFn: "alphanumeric",
    cell: (info) => <span className="value-cell">{info.row.original.period}</span>,
  }),
  // The measure (a series title), the figure as published, its context and its source are the sources' words: English, marked so.
  col.accessor("measure", { header: t("measure"), cell: (info) => <span lang="en">{info.getValue()}</span> }),
  col.accessor((r) => Number(r.value), {
    id: "value",
    header: t("value"),
    sortFn: "basic",
    cell: (info) => <span className="value-cell">{info.row.original.display}</span>,
  }),
  col.accessor("asPublished", { header: t("asPublished"), cell: (info) => <span lang="en">{info.getValue() ?? ""}</span> }),
  col.accessor("note", {
    header: t("context"),
    cell: (info) => (
      <span className="muted" lang="en">
        {info.getValue() ?? ""}
      </span>
    ),
  }),
  col.accessor("source", {
    header: t("source"),
    cell: (info) =>
      info.row.original.sourceHref ? (
        <a href={info.row.original.sourceHref} rel="noopener noreferrer external" target="_blank" lang="en">
          {info.getValue()}
        </a>
      ) : (
        <span lang="en">{info.getValue()}</span>
      ),
  }),
  col.accessor("flags", { header: t("flags"), cell: (info) => (info.getValue() ? <span className="flag">{info.getValue()}</span> : "") }),
  col.accessor("seriesCode", { header: t("seriesCode") }),
];

export function StatementsTable({
  rows,
  caption,
  hidden = ["seriesCode", "note"],
}: {
  /** The rows, or packed (lib/series/statement-wire.ts) by a page that sends them inline. */
  rows: StatementRow[] | PackedStatementRows;
  caption: string;
  hidden?: string[];
}) {
  const t = useTranslations("seriesPanel.columns");
  const columns = useMemo(() => columnsIn(t) as DataTableColumn<StatementRow>[], [t]);
  const data = useMemo(() => unpackStatementRows(rows), [rows]);
  return <DataTable caption={caption} columns={columns} data={data} initiallyHidden={hidden} initialSort={[{ id: "date", desc: false }]} />;
}
