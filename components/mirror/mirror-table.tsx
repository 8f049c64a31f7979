"use client";
// The numbers behind a mirror chart, one row per year, with the source of each side and plain-language flags.
import { createColumnHelper } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { formatFactor, formatFull, formatPct } from "@/lib/format";
import { DataTable, type DataTableColumn, dataTableFeatures } from "@/components/tables/data-table";
import { flagPhrases } from "@/lib/mirror/story";
import { type MirrorViewRow } from "@/lib/mirror/rows";
import { useFlagWords, useListJoin } from "./mirror-words";

const col = createColumnHelper<typeof dataTableFeatures, MirrorViewRow>();

/** Whole US dollars with the locale's grouping ("12,729,100,679"; "12 729 100 679" in Russian). */
export function usdCell(v: number | null, locale = "en") {
  if (v === null) return <span className="muted">—</span>;
  const text = locale === "en" ? v.toLocaleString("en-US", { maximumFractionDigits: 0 }) : formatFull(v.toFixed(0), locale);
  return <span className="num">{text}</span>;
}

function pctCell(v: number | null, locale: string) {
  if (v === null) return <span className="muted">—</span>;
  const text =
    locale === "en" ? `${v.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %` : formatPct(v, 1, locale);
  return <span className="num">{text}</span>;
}

function sourceText(s: MirrorViewRow["sources"]["exporter"]): string {
  return s ? `${s.label}${s.vintage && !s.label.includes(s.vintage) ? ` (${s.vintage})` : ""}` : "";
}

export function MirrorTable({
  rows,
  names,
  cifFob,
  caption,
}: {
  rows: MirrorViewRow[];
  names: { exporter: string; importer: string };
  cifFob: number;
  caption: string;
}) {
  const locale = useLocale();
  const t = useTranslations("mirrorPanel");
  const words = useFlagWords();
  const join = useListJoin();
  const columns = useMemo(
    () =>
      [
        col.accessor("year", { header: t("colYear"), sortFn: "basic" }),
        col.accessor("exporterReported", {
          header: t("colExporter", { exporter: names.exporter }),
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) => usdCell(i.getValue(), locale),
        }),
        col.accessor("importerReported", {
          header: t("colImporter", { importer: names.importer }),
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) => usdCell(i.getValue(), locale),
        }),
        col.accessor("importerFob", {
          header: t("colFob", { importer: names.importer, factor: formatFactor(cifFob, locale) }),
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) => usdCell(i.getValue(), locale),
        }),
        col.accessor("gap", {
          header: t("colGap"),
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) => usdCell(i.getValue(), locale),
        }),
        col.accessor("gapPctOfExporter", {
          header: t("colGapPct", { exporter: names.exporter }),
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) => pctCell(i.getValue(), locale),
        }),
        col.accessor("unexplainedGap", {
          header: t("colUnexplained"),
          sortFn: "basic",
          sortUndefined: "last",
          cell: (i) =>
            i.row.original.reliable || i.getValue() === null ? (
              usdCell(i.getValue(), locale)
            ) : (
              <span className="flagged-value">{usdCell(i.getValue(), locale)} ⚠</span>
            ),
        }),
        col.accessor((r) => (r.unexplainedLow === null ? "" : `${r.unexplainedLow}…${r.unexplainedHigh}`), {
          id: "band",
          header: t("colBand"),
          cell: (i) =>
            i.row.original.unexplainedLow === null ? (
              <span className="muted">—</span>
            ) : (
              <span className="num">
                {t.rich("bandCell", {
                  low: () => usdCell(i.row.original.unexplainedLow, locale),
                  high: () => usdCell(i.row.original.unexplainedHigh!, locale),
                })}
              </span>
            ),
        }),
        col.accessor((r) => sourceText(r.sources.exporter), { id: "exporterSource", header: t("colSource", { name: names.exporter }) }),
        col.accessor((r) => sourceText(r.sources.importer), { id: "importerSource", header: t("colSource", { name: names.importer }) }),
        col.accessor((r) => join.entries(flagPhrases(r, names).map(words.phrase)), {
          id: "flags",
          header: t("colFlags"),
          cell: (i) => (i.getValue() ? <span className={i.row.original.reliable ? "muted" : "flag"}>{i.getValue()}</span> : ""),
        }),
      ] as DataTableColumn<MirrorViewRow>[],
    [names, cifFob, locale, t, words, join],
  );
  return (
    <DataTable caption={caption} columns={columns} data={rows} initiallyHidden={["band"]} initialSort={[{ id: "year", desc: false }]} />
  );
}
