"use client";
// /trade's "what is traded" section: the top HS chapters of each flow with the other side's figure beside them, what
// the chapters held cover of the year's total, and every chapter in a table. The year is URL state; another year is
// fetched as data (/api/chapters), never as a new page.
import dynamic from "next/dynamic";
import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { Disclosure } from "@/components/panel/disclosure";
import { SourceList } from "@/components/panel/source-list";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import { chaptersExportUrl } from "@/lib/panel/downloads";
import { formatAmount, formatPct } from "@/lib/format";
import { topChapterBars, tradeChapterView, type ChapterFlowKey } from "@/lib/chapters/trade-view";
import type { ChapterYearPayload } from "@/lib/mirror/queries";
import { tradeParsers } from "@/lib/url-state";
import { ChaptersTable } from "./chapters-table";
import { useChapterYear } from "./use-chapter-year";

const ChapterBarChart = dynamic(() => import("./chapter-bar-chart"), { ssr: false, loading: () => <ChartPlaceholder height={430} /> });

const TOP = 10;
// The forward direction is China → Kazakhstan: forward X = China's exports, forward M = Kazakhstan's imports.
const LABEL: Record<ChapterFlowKey, string> = {
  reverseX: "Kazakhstan's exports to China",
  reverseM: "China's imports from Kazakhstan",
  forwardM: "Kazakhstan's imports from China",
  forwardX: "China's exports to Kazakhstan",
};

function Coverage({ flow, view }: { flow: ChapterFlowKey; view: ReturnType<typeof tradeChapterView> }) {
  const c = view.coverage[flow];
  if (c.chapters === 0)
    return (
      <li>
        {LABEL[flow]}: no chapter detail for {view.year}.
      </li>
    );
  return (
    <li>
      {LABEL[flow]}: {c.chapters} chapters summing to {formatAmount(Number(c.sum), "USD")}
      {c.total && (
        <>
          {" "}
          ({formatPct((Number(c.sum) / Number(c.total)) * 100)} of the headline total of {formatAmount(Number(c.total), "USD")})
        </>
      )}
      .
    </li>
  );
}

export function TradeChapters({ initial, years }: { initial: ChapterYearPayload; years: number[] }) {
  const [state, setState] = useQueryStates(tradeParsers, { history: "replace", scroll: false });
  const latest = years.at(-1) ?? initial.year;
  const year = state.year !== null && years.includes(state.year) ? state.year : latest;
  const { data, loading, error } = useChapterYear(initial, year);
  const view = useMemo(() => tradeChapterView(data), [data]);
  const chinaChapters = view.rows.filter((r) => r.cells.forwardX || r.cells.reverseM);
  return (
    <section className="panel" aria-labelledby="trade-products-title" id="trade-products" aria-busy={loading}>
      <h2 id="trade-products-title">What is traded: HS chapters, {view.year}</h2>
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
        <p>
          <strong>The database holds China&apos;s chapter detail for {chinaChapters.length} chapters</strong> of {view.year} (
          {chinaChapters.map((r) => `HS ${r.chapter}`).join(", ")}: the excerpts of China&apos;s customs data in the data pack). China
          publishes every chapter; for the others only Kazakhstan&apos;s figure is here. Kazakhstan&apos;s chapters are summed from WITS HS4
          rows (derived) unless UN Comtrade gives the chapter.
        </p>
        <ul>
          <Coverage flow="reverseX" view={view} />
          <Coverage flow="forwardM" view={view} />
        </ul>
        {view.incomplete && (
          <p className="flag">
            Kazakhstan&apos;s partner detail for {view.year} is incomplete: its chapter values (hatched bars) are not the full flows.
          </p>
        )}
      </div>
      <div className="chart-grid">
        <div>
          <h3>
            {LABEL.reverseX}: top {TOP} chapters
          </h3>
          <ChapterBarChart
            id="chapters-exports"
            title={`${LABEL.reverseX} by HS chapter, ${view.year}, top ${TOP}, with China's figure where the database holds it`}
            bars={topChapterBars(view, "reverseX", "reverseM", TOP)}
            primaryLabel="Kazakhstan reports (exports)"
            mirrorLabel="China reports (imports)"
            primaryColor="#1d4ed8"
            mirrorColor="#93c5fd"
          />
        </div>
        <div>
          <h3>
            {LABEL.forwardM}: top {TOP} chapters
          </h3>
          <ChapterBarChart
            id="chapters-imports"
            title={`${LABEL.forwardM} by HS chapter, ${view.year}, top ${TOP}, with China's figure where the database holds it`}
            bars={topChapterBars(view, "forwardM", "forwardX", TOP)}
            primaryLabel="Kazakhstan reports (imports)"
            mirrorLabel="China reports (exports)"
            primaryColor="#dc2626"
            mirrorColor="#fca5a5"
          />
        </div>
      </div>
      <Disclosure label={`Table of all ${view.rows.length} chapters`}>
        {() => (
          <ChaptersTable
            rows={view.rows}
            caption={`Trade by HS chapter, ${view.year}, US dollars (headline value per chapter; – no value)`}
            headers={[
              ["reverseX", `${LABEL.reverseX} (KZ reports)`],
              ["reverseM", `${LABEL.reverseM} (CN reports)`],
              ["forwardM", `${LABEL.forwardM} (KZ reports)`],
              ["forwardX", `${LABEL.forwardX} (CN reports)`],
            ]}
            sortBy="forwardM"
          />
        )}
      </Disclosure>
      <Disclosure label="Sources of the chapter figures">{() => <SourceList sources={data.sources} />}</Disclosure>
      <div className="downloads" role="group" aria-label="Downloads: trade by HS chapter">
        <a href={chaptersExportUrl({ year: view.year, format: "csv" })} download>
          Download CSV (this year, all chapters)
        </a>
        <a href={chaptersExportUrl({ year: null, format: "csv", all: true })} download>
          Download full series (all years, all sources)
        </a>
      </div>
    </section>
  );
}
