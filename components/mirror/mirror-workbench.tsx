"use client";
// The mirror-statistics workbench: settings, the headline summaries, both directions' panels and the by-product
// tables. The page sends its data once (lib/mirror/load-page.ts); every setting is URL state, and the view is
// recomputed here (lib/mirror/workbench.ts) — no setting but the pair of countries asks the server for anything.
import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { YearRangeControls } from "@/components/controls/view-controls";
import { usePinnedVersion } from "@/components/site/data-version";
import type { MirrorPagePayload } from "@/lib/mirror/payload";
import { mirrorParsers } from "@/lib/mirror/url-state";
import { workbenchView } from "@/lib/mirror/workbench";
import { MirrorChapters } from "./mirror-chapters";
import { GapSummaryCard } from "./gap-summary";
import { MirrorControls } from "./mirror-controls";
import { MirrorPanel } from "./mirror-panel";

/** Each country keeps its colour in both directions. */
const FIRST_COLOUR = "#b91c1c";
const SECOND_COLOUR = "#1d4ed8";

export function MirrorWorkbench({ payload, citationYear }: { payload: MirrorPagePayload; citationYear: number }) {
  const [state] = useQueryStates(mirrorParsers);
  const computed = useMemo(() => workbenchView(payload, state), [payload, state]);
  // A pinned view (?v=) downloads and links the values as of its data version.
  const v = usePinnedVersion();
  const pin = (q: string) => (v ? `${q}&v=${v}` : q);
  const view = {
    ...computed,
    query: { forward: pin(computed.query.forward), reverse: computed.query.reverse === null ? null : pin(computed.query.reverse) },
  };
  const { forward, reverse, range, year } = view;
  const names = { first: payload.forward.exporterName, second: payload.forward.importerName };
  const forwardNames = { exporter: names.first, importer: names.second };
  const extent: [number, number] = [Math.min(...forward.rows.map((r) => r.year)), Math.max(...forward.rows.map((r) => r.year))];
  return (
    <>
      <nav className="page-nav" aria-label="On this page">
        <a href="#summary">Summary</a>
        <a href="#mirror-forward">
          {names.first} → {names.second}
        </a>
        {reverse && (
          <a href="#mirror-reverse">
            {names.second} → {names.first}
          </a>
        )}
        <a href="#by-product">By product</a>
        <a href="#methodology">Why the figures differ</a>
      </nav>
      <MirrorControls
        pairs={payload.pairs}
        pair={{ exporter: payload.forward.exporter, importer: payload.forward.importer }}
        names={forwardNames}
        sourceOptions={view.sourceOptions}
        resolvedSources={view.resolved}
        latestSources={view.latest}
        years={view.yearChoices}
        chapterYears={payload.forward.chapterYears}
        year={year}
      />
      <YearRangeControls label="Years shown in the charts" extent={extent} constantDollars={payload.deflator !== null} />
      {forward.real && (
        <p className="muted">
          Every dollar figure below is in constant {forward.real.baseYear} US dollars ({forward.real.deflator}): each year&apos;s values ×
          CPI-U {forward.real.baseYear} ÷ CPI-U of the year. Gaps in % do not change.
        </p>
      )}

      <div className="gap-summaries" id="summary">
        {view.latestStory ? (
          <GapSummaryCard
            heading={`Latest year with reliable figures on both sides: ${view.latestStory.year}`}
            story={view.latestStory}
            names={forwardNames}
          />
        ) : (
          <p className="muted">No year has reliable figures from both sides in this view.</p>
        )}
        {year !== view.latestYear &&
          (view.chosenStory ? (
            <GapSummaryCard heading={`Chosen year: ${year}`} story={view.chosenStory} names={forwardNames} />
          ) : (
            <p className="muted">
              {year}: {names.first} and {names.second} do not both have a figure in this view.
            </p>
          ))}
      </div>

      <MirrorPanel
        id="mirror-forward"
        stateKey="forward"
        view={forward}
        range={range}
        notes={payload.forward.notes}
        colors={{ exporter: FIRST_COLOUR, importer: SECOND_COLOUR }}
        year={year}
        query={view.query.forward}
        showSentence={false}
        citationYear={citationYear}
      />
      {reverse && payload.reverse ? (
        <MirrorPanel
          id="mirror-reverse"
          stateKey="reverse"
          view={reverse}
          range={range}
          notes={payload.reverse.notes}
          colors={{ exporter: SECOND_COLOUR, importer: FIRST_COLOUR }}
          year={year}
          query={view.query.reverse!}
          citationYear={citationYear}
        />
      ) : (
        <p className="muted">
          {names.second} → {names.first}: the database holds no pair of series for this direction.
        </p>
      )}

      <MirrorChapters payload={payload} forward={forward} reverse={reverse} year={year} query={view.query} />
    </>
  );
}
