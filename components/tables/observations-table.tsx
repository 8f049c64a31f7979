"use client";
import { createColumnHelper } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
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

/** The columns with their headers in the locale (panel.columns) and numbers in its notation. */
function useColumns(): DataTableColumn<ObservationTableRow>[] {
  const t = useTranslations("seriesPanel.columns");
  const locale = useLocale();
  return useMemo(
    () =>
      [
        col.accessor("year", { header: t("year"), sortFn: "basic" }),
        col.accessor("series", { header: t("series") }),
        col.accessor("code", { header: t("code") }),
        col.accessor((r) => Number(r.value), {
          id: "value",
          header: t("value"),
          sortFn: "basic",
          cell: (info) => <span className="num">{formatFull(info.row.original.value, locale)}</span>,
        }),
        col.accessor("unit", { header: t("unit") }),
        col.accessor("publisher", { header: t("publisher") }),
        col.accessor("source", { header: t("source") }),
        col.accessor("vintage", { header: t("vintage") }),
        col.accessor("vintageDate", { header: t("vintageDate") }),
        col.accessor("flags", {
          header: t("flags"),
          cell: (info) => (info.getValue() ? <span className="flag">{info.getValue()}</span> : ""),
        }),
        col.accessor("code", {
          id: "revisions",
          header: t("revisions"),
          enableSorting: false,
          cell: (info) => <RevisionsCell code={info.row.original.code} year={info.row.original.year} />,
        }),
      ] as DataTableColumn<ObservationTableRow>[],
    [t, locale],
  );
}

export function ObservationsTable({ rows, caption }: { rows: ObservationTableRow[]; caption: string }) {
  const columns = useColumns();
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
