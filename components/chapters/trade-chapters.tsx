"use client";
// /trade's "what is traded" section: the top HS chapters of each flow with the other side's figure beside them, what
// the chapters held cover of the year's total, and every chapter in a table. The year is URL state; another year is
// fetched as data (/api/chapters), never as a new page.
import dynamic from "next/dynamic";
import { useQueryStates } from "nuqs";
import { useMemo, useRef } from "react";
import { Disclosure } from "@/components/panel/disclosure";
import { SourceList } from "@/components/panel/source-list";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import { chaptersExportUrl } from "@/lib/panel/downloads";
import { coverageLine, FLOW_LABEL, topChapterBars, tradeChapterView } from "@/lib/chapters/trade-view";
import { tradeParsers } from "@/lib/url-state";
import { useChapterYear } from "./use-chapter-year";

const ChapterBarChart = dynamic(() => import("./chapter-bar-chart"), { ssr: false, loading: () => <ChartPlaceholder height={430} /> });
const ChaptersTable = dynamic(() => import("./chapters-table").then((m) => m.ChaptersTable), {
  loading: () => <ChartPlaceholder height={300} />,
});

const TOP = 10;

/**
 * `summary`: the coverage of the year the page was rendered for, in words (computed on the server from the same view),
 * shown until the section's data arrive — it loads when the reader gets near it.
 */
export function TradeChapters({
  pair,
  years,
  summary,
}: {
  pair: { exporter: string; importer: string };
  years: number[];
  summary: { year: number; lines: string[] };
}) {
  const [state, setState] = useQueryStates(tradeParsers, { history: "replace", scroll: false });
  const box = useRef<HTMLElement>(null);
  const latest = years.at(-1) ?? summary.year;
  const year = state.year !== null && years.includes(state.year) ? state.year : latest;
  const { data, loading, error } = useChapterYear(pair, year, box);
  const view = useMemo(() => (data ? tradeChapterView(data) : null), [data]);
  const shownYear = view?.year ?? summary.year;
  const chinaChapters = view ? view.rows.filter((r) => r.cells.forwardX || r.cells.reverseM) : [];
  return (
    <section ref={box} className="panel" aria-labelledby="trade-products-title" id="trade-products" aria-busy={loading}>
      <h2 id="trade-products-title">What is traded: HS chapters, {shownYear}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Year{" "}
          <select value={year} onChange={(e) => setState({ year: Number(e.target.value) === latest ? null : Number(e.target.value) })}>
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {loading && <span className="muted"> Loading {year}…</span>}
        {error && (
          <span className="error-box">
            {" "}
            Could not load {year}: {error}
          </span>
        )}
      </form>
      <div className="callout callout-info">
        {view ? (
          <p>
            <strong>The database holds China&apos;s chapter detail for {chinaChapters.length} chapters</strong> of {view.year} (
            {chinaChapters.map((r) => `HS ${r.chapter}`).join(", ")}: the excerpts of China&apos;s customs data in the data pack). China
            publishes every chapter; for the others only Kazakhstan&apos;s figure is here. Kazakhstan&apos;s chapters are summed from WITS
            HS4 rows (derived) unless UN Comtrade gives the chapter.
          </p>
        ) : null}
        {/* Coverage in words from lib/chapters (English still: marked for the localized pages). */}
        <ul lang="en">
          {(view ? [coverageLine(view, "reverseX"), coverageLine(view, "forwardM")] : summary.lines).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {view?.incomplete && (
          <p className="flag">
            Kazakhstan&apos;s partner detail for {view.year} is incomplete: its chapter values (hatched bars) are not the full flows.
          </p>
        )}
      </div>
      <div className="chart-grid">
        {(
          [
            ["reverseX", "reverseM", "chapters-exports", "Kazakhstan reports (exports)", "China reports (imports)", "#1d4ed8", "#93c5fd"],
            ["forwardM", "forwardX", "chapters-imports", "Kazakhstan reports (imports)", "China reports (exports)", "#dc2626", "#fca5a5"],
          ] as const
        ).map(([primary, mirror, id, primaryLabel, mirrorLabel, primaryColor, mirrorColor]) => (
          <div key={id}>
            <h3>
              {FLOW_LABEL[primary]}: top {TOP} chapters
            </h3>
            {view ? (
              <ChapterBarChart
                id={id}
                title={`${FLOW_LABEL[primary]} by HS chapter, ${view.year}, top ${TOP}, with China's figure where the database holds it`}
                bars={topChapterBars(view, primary, mirror, TOP)}
                primaryLabel={primaryLabel}
                mirrorLabel={mirrorLabel}
                primaryColor={primaryColor}
                mirrorColor={mirrorColor}
              />
            ) : (
              <ChartPlaceholder height={430} />
            )}
          </div>
        ))}
      </div>
      {view && data && (
        <>
          <Disclosure label={`Table of all ${view.rows.length} chapters`}>
            {() => (
              <ChaptersTable
                rows={view.rows}
                caption={`Trade by HS chapter, ${view.year}, US dollars (headline value per chapter; – no value)`}
                headers={[
                  ["reverseX", `${FLOW_LABEL.reverseX} (KZ reports)`],
                  ["reverseM", `${FLOW_LABEL.reverseM} (CN reports)`],
                  ["forwardM", `${FLOW_LABEL.forwardM} (KZ reports)`],
                  ["forwardX", `${FLOW_LABEL.forwardX} (CN reports)`],
                ]}
                sortBy="forwardM"
              />
            )}
          </Disclosure>
          <Disclosure label="Sources of the chapter figures">{() => <SourceList sources={data.sources} />}</Disclosure>
        </>
      )}
      <div className="downloads" role="group" aria-label="Downloads: trade by HS chapter">
        <a href={chaptersExportUrl({ year: shownYear, format: "csv" })} download>
          Download CSV (this year, all chapters)
        </a>
        <a href={chaptersExportUrl({ year: null, format: "csv", all: true })} download>
          Download full series (all years, all sources)
        </a>
      </div>
    </section>
  );
}
