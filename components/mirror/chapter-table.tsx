"use client";
// HS chapters both reporters publish for one year: both values, the gap (sorted by size), the part CIF/FOB does not
// explain, and flags. Only chapters with both sides are here; the page lists the others.
import { createColumnHelper } from "@tanstack/react-table";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { DataTable, type DataTableColumn, dataTableFeatures } from "@/components/tables/data-table";
import type { ChapterRow } from "@/lib/mirror/chapters";
import { usdCell } from "./mirror-table";

const col = createColumnHelper<typeof dataTableFeatures, ChapterRow>();

function flagText(r: ChapterRow, names: { exporter: string; importer: string }): string {
  const parts: string[] = [];
  for (const f of r.flags) {
    if (f === "negative-gap") parts.push(`${names.importer} reports more`);
    else parts.push(f);
  }
  return parts.join("; ");
}

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
  const columns = useMemo(
    () =>
      [
        col.accessor("productCode", { header: "HS", sortFn: "alphanumeric" }),
        col.accessor("productLabel", { header: "Chapter", cell: (i) => i.getValue() || <span className="muted">(no title stored)</span> }),
        col.accessor("exporterReported", {
          header: `${names.exporter} reports (USD)`,
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) => usdCell(i.getValue(), locale),
        }),
        col.accessor("importerReported", {
          header: `${names.importer} reports (USD)`,
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) => usdCell(i.getValue(), locale),
        }),
        col.accessor("gap", {
          header: "Gap (USD), sorted by size",
          sortFn: (a, b) => Math.abs(a.original.gap ?? 0) - Math.abs(b.original.gap ?? 0),
          sortDescFirst: true,
          cell: (i) => usdCell(i.getValue(), locale),
        }),
        col.accessor("gapPctOfExporter", {
          header: `Gap, % of ${names.exporter}'s figure`,
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) =>
            i.getValue() === null ? (
              <span className="muted">—</span>
            ) : (
              <span className="num">{i.getValue()!.toLocaleString("en-US", { maximumFractionDigits: 1 })} %</span>
            ),
        }),
        col.accessor("unexplainedGap", {
          header: "Not explained by CIF/FOB (USD)",
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
          header: "Share of the chapters' positive gap",
          sortFn: "basic",
          sortUndefined: "last",
          // A chapter where the importer reports more offsets the gap: it has no share of it.
          cell: (i) =>
            i.getValue() === null || i.getValue()! <= 0 ? (
              <span className="muted">—</span>
            ) : (
              <span className="num">{(i.getValue()! * 100).toLocaleString("en-US", { maximumFractionDigits: 1 })} %</span>
            ),
        }),
        col.accessor((r) => flagText(r, names), {
          id: "flags",
          header: "Flags",
          cell: (i) => (i.getValue() ? <span className={i.row.original.reliable ? "muted" : "flag"}>{i.getValue()}</span> : ""),
        }),
        col.accessor((r) => `${r.exporterSource?.label ?? ""} | ${r.importerSource?.label ?? ""}`, {
          id: "sources",
          header: "Sources (exporter | importer)",
          cell: (i) => (
            <small>
              {i.row.original.exporterSource?.label ?? "—"} | {i.row.original.importerSource?.label ?? "—"}
            </small>
          ),
        }),
      ] as DataTableColumn<ChapterRow>[],
    [names, locale],
  );
  return (
    <DataTable caption={caption} columns={columns} data={rows} initiallyHidden={["sources"]} initialSort={[{ id: "gap", desc: true }]} />
  );
}
