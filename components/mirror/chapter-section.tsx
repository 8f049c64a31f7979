// By product for one year and direction: the chapters both reporters publish, the ones that drive the gap, and the
// chapters only one side reports (listed, never compared).
import { formatPct, formatUsd } from "@/lib/mirror/format";
import { toChapterChartData, type ChapterView, type MirrorViewRow } from "@/lib/mirror/view";
import { ChapterChart } from "./chapter-chart";
import { ChapterTable } from "./chapter-table";

function codes(list: { productCode: string }[]): string {
  return list.map((c) => c.productCode).join(", ");
}

export function ChapterSection({
  id,
  chapters,
  names,
  year,
  chapterYears,
  total,
}: {
  id: string;
  chapters: ChapterView;
  names: { exporter: string; importer: string };
  year: number;
  chapterYears: number[];
  total: MirrorViewRow | undefined;
}) {
  const headingId = `${id}-title`;
  const { rows, exporterOnly, importerOnly, top } = chapters;
  const title = `${names.exporter} → ${names.importer}, ${year}, by HS chapter`;
  const flagged = rows.filter((r) => !r.reliable);
  return (
    <section className="chapter-section" aria-labelledby={headingId} id={id}>
      <h3 id={headingId}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">
          No HS chapter has figures from both {names.exporter} and {names.importer} for {year}.{" "}
          {chapterYears.length > 0
            ? `Both publish chapter detail for ${chapterYears[0]}–${chapterYears.at(-1)}.`
            : "Neither pair of chapter series overlaps in any year."}
        </p>
      ) : (
        <>
          <p>
            Both reporters publish {rows.length} chapter{rows.length === 1 ? "" : "s"} for {year}. Together these show a net gap of{" "}
            <b>{formatUsd(chapters.chapterGapSum)}</b>
            {total && total.gap !== null && total.gap !== 0 ? (
              <>
                {" "}
                against a total gap of {formatUsd(total.gap)} ({formatPct((chapters.chapterGapSum / total.gap) * 100)} of it; total from{" "}
                {total.sources.exporter?.label ?? "—"} and {total.sources.importer?.label ?? "—"}). The rest of the total gap lies in
                chapters not compared here
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
                Chapters accounting for most of the gap ({names.exporter} reports more), with their share of the chapters&apos; positive gap
              </figcaption>
              <ChapterChart id={`${id}-chart`} data={toChapterChartData(top, rows)} exporter={names.exporter} />
            </figure>
          ) : (
            <p className="muted">
              In no chapter does {names.exporter} report more than {names.importer} for {year}.
            </p>
          )}
          <ChapterTable rows={rows} names={names} caption={`${title}: chapters both reporters publish, US dollars`} />
        </>
      )}
      {(exporterOnly.length > 0 || importerOnly.length > 0) && (
        <p className="muted small">
          Not compared (one side only):{" "}
          {importerOnly.length > 0 && (
            <>
              {importerOnly.length} chapter{importerOnly.length === 1 ? "" : "s"} only {names.importer} reports ({codes(importerOnly)})
            </>
          )}
          {importerOnly.length > 0 && exporterOnly.length > 0 ? "; " : ""}
          {exporterOnly.length > 0 && (
            <>
              {exporterOnly.length} chapter{exporterOnly.length === 1 ? "" : "s"} only {names.exporter} reports ({codes(exporterOnly)})
            </>
          )}
          . Listed, not compared: the other reporter&apos;s figures for these chapters are not in the database.
        </p>
      )}
    </section>
  );
}
