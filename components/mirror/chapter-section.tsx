"use client";
// By product for one year and direction: the chapters the database holds from both reporters, the ones that drive
// the gap, what share of the total gap they account for, and the chapters with one side only (listed, never compared).
import dynamic from "next/dynamic";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import { formatPct, formatUsd } from "@/lib/format";
import { mirrorChaptersExportUrl } from "@/lib/panel/downloads";
import { toChapterChartData, type ChapterView } from "@/lib/mirror/chapters";
import type { MirrorViewRow } from "@/lib/mirror/rows";
import { ChapterTable } from "./chapter-table";

const ChapterChart = dynamic(() => import("./chapter-chart"), { ssr: false, loading: () => <ChartPlaceholder height={300} /> });

function codes(list: { productCode: string }[]): string {
  return list.map((c) => c.productCode).join(", ");
}

export function ChapterSection(props: {
  id: string;
  chapters: ChapterView;
  names: { exporter: string; importer: string };
  year: number;
  chapterYears: number[];
  total: MirrorViewRow | undefined;
  /** The view's /api/mirror query (pair, factor, range, pick): the chapter table downloads use it. */
  query: string;
}) {
  const { id, chapters, names, year, chapterYears, total, query } = props;
  const headingId = `${id}-title`;
  const { rows, exporterOnly, importerOnly, top } = chapters;
  const title = `${names.exporter} → ${names.importer}, ${year}, by HS chapter`;
  const flagged = rows.filter((r) => !r.reliable);
  const positive = rows.reduce((s, r) => s + Math.max(0, r.gap ?? 0), 0);
  return (
    <section className="chapter-section" aria-labelledby={headingId} id={id}>
      <h3 id={headingId}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">
          The database holds no HS chapter with figures from both {names.exporter} and {names.importer} for {year}.{" "}
          {chapterYears.length > 0
            ? `It holds chapters from both for ${chapterYears[0]}–${chapterYears.at(-1)}.`
            : "No pair of chapter series overlaps in any year."}
        </p>
      ) : (
        <>
          <p>
            The database holds {rows.length} chapter{rows.length === 1 ? "" : "s"} with figures from both reporters for {year}. Together
            they show a net gap of <b>{formatUsd(chapters.chapterGapSum)}</b>
            {total && total.gap !== null && total.gap !== 0 ? (
              <>
                {" "}
                against a total gap of {formatUsd(total.gap)}: these chapters account for{" "}
                <b>{formatPct((chapters.chapterGapSum / total.gap) * 100)} of the total gap</b> (total from{" "}
                {total.sources.exporter?.label ?? "—"} and {total.sources.importer?.label ?? "—"}). The rest lies in chapters not compared
                here
              </>
            ) : null}
            . Each value is that side&apos;s headline value for the chapter.
          </p>
          {flagged.length > 0 && (
            <p className="flag-legend">
              <span aria-hidden="true">⚠ </span>
              Built on flagged data (hatched, ⚠):{" "}
              {flagged
                .map((r) => `HS ${r.productCode} (${r.flags.filter((f) => f === "estimate" || f === "incomplete").join(", ")})`)
                .join("; ")}
              .
            </p>
          )}
          {top.length > 0 ? (
            <figure className="panel-figure">
              <figcaption className="small">
                Chapters where {names.exporter} reports more, largest first. Shares are of the positive gap within these {rows.length}{" "}
                chapters ({formatUsd(positive)}), not of the total gap.
              </figcaption>
              <ChapterChart id={`${id}-chart`} data={toChapterChartData(top, rows)} exporter={names.exporter} />
            </figure>
          ) : (
            <p className="muted">
              In no chapter does {names.exporter} report more than {names.importer} for {year}.
            </p>
          )}
          <ChapterTable rows={rows} names={names} caption={`${title}: chapters with figures from both reporters, US dollars`} />
          <p className="panel-downloads">
            <a href={mirrorChaptersExportUrl(query, year)} download>
              Download the chapter table, {year} (CSV)
            </a>{" "}
            <a href={mirrorChaptersExportUrl(query, null)} download>
              every year shown (CSV)
            </a>
          </p>
        </>
      )}
      {(exporterOnly.length > 0 || importerOnly.length > 0) && (
        <p className="muted small">
          Not compared:{" "}
          {importerOnly.length > 0 && (
            <>
              {importerOnly.length} chapter{importerOnly.length === 1 ? "" : "s"} for which the database holds only {names.importer}&apos;s
              figure ({codes(importerOnly)})
            </>
          )}
          {importerOnly.length > 0 && exporterOnly.length > 0 ? "; " : ""}
          {exporterOnly.length > 0 && (
            <>
              {exporterOnly.length} chapter{exporterOnly.length === 1 ? "" : "s"} for which it holds only {names.exporter}&apos;s figure (
              {codes(exporterOnly)})
            </>
          )}
          . Both customs services publish every chapter; the other side&apos;s figures for these are not in the data pack.
        </p>
      )}
    </section>
  );
}
