"use client";
// A sortable, filterable table with column visibility: the text alternative of every chart.
import { useTranslations } from "next-intl";
import {
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  columnFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";
import { useId } from "react";

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
});

export type DataTableColumn<Row extends RowData> = ColumnDef<typeof dataTableFeatures, Row, unknown>;

export interface DataTableProps<Row extends RowData> {
  caption: string;
  columns: DataTableColumn<Row>[];
  data: Row[];
  /** Column ids hidden at first (the user can show them). */
  initiallyHidden?: string[];
  initialSort?: { id: string; desc: boolean }[];
}

export function DataTable<Row extends RowData>({ caption, columns, data, initiallyHidden = [], initialSort = [] }: DataTableProps<Row>) {
  const filterId = useId();
  const table = useTable(
    {
      features: dataTableFeatures,
      columns,
      data,
      globalFilterFn: "includesString",
      initialState: {
        sorting: initialSort,
        columnVisibility: Object.fromEntries(initiallyHidden.map((id) => [id, false])),
        globalFilter: "",
      },
    },
    (state) => ({ sorting: state.sorting, columnVisibility: state.columnVisibility, globalFilter: state.globalFilter }),
  );
  const t = useTranslations("panel");
  const rows = table.getRowModel().rows;

  return (
    <div className="data-table">
      <div className="table-controls">
        <label htmlFor={filterId}>{t("filterRows")}</label>
        <input
          id={filterId}
          type="search"
          value={String(table.state.globalFilter ?? "")}
          onChange={(e) => table.setGlobalFilter(e.target.value)}
          placeholder={t("filterPlaceholder")}
        />
        <details className="column-picker">
          <summary>{t("columnsMenu")}</summary>
          <fieldset>
            <legend>{t("showColumns")}</legend>
            {table.getAllLeafColumns().map((column) => (
              <label key={column.id}>
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />{" "}
                {typeof column.columnDef.header === "string" ? column.columnDef.header : column.id}
              </label>
            ))}
          </fieldset>
        </details>
        <span className="muted" aria-live="polite">
          {t("rowsShown", { shown: rows.length, count: data.length })}
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}>
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : " ↕"}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
