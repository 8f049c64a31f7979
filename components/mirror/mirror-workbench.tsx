"use client";
// The mirror-statistics workbench: settings, the headline summaries, both directions' panels and the by-product
// tables. The page sends its data once (lib/mirror/load-page.ts); every setting is URL state, and the view is
// recomputed here (lib/mirror/workbench.ts) — no setting but the pair of countries asks the server for anything.
import { useTranslations } from "next-intl";
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
import { directionColours } from "./mirror-figure";
import { MirrorPanel } from "./mirror-panel";
import { LocalNames } from "./mirror-words";

export function MirrorWorkbench({
  payload,
  citationYear,
  localNames,
}: {
  payload: MirrorPagePayload;
  citationYear: number;
  /** Country names in the page's locale, by code (the payload's names are English). */
  localNames: Record<string, string>;
}) {
  const t = useTranslations("mirrorSummary");
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
  const local = {
    first: localNames[payload.forward.exporter] ?? names.first,
    second: localNames[payload.forward.importer] ?? names.second,
  };
  const forwardNames = {
    exporter: local.first,
    importer: local.second,
    exporterCode: payload.forward.exporter,
    importerCode: payload.forward.importer,
  };
  const extent: [number, number] = [Math.min(...forward.rows.map((r) => r.year)), Math.max(...forward.rows.map((r) => r.year))];
  return (
    <LocalNames.Provider value={localNames}>
      <nav className="page-nav" aria-label={t("onThisPage")}>
        <a href="#summary">{t("summary")}</a>
        <a href="#mirror-forward">
          {local.first} → {local.second}
        </a>
        {reverse && (
          <a href="#mirror-reverse">
            {local.second} → {local.first}
          </a>
        )}
        <a href="#by-product">{t("byProduct")}</a>
        <a href="#methodology">{t("whyDiffer")}</a>
      </nav>
      <MirrorControls
        pairs={payload.pairs}
        pair={{ exporter: payload.forward.exporter, importer: payload.forward.importer }}
        names={{ exporter: local.first, importer: local.second }}
        sourceOptions={view.sourceOptions}
        resolvedSources={view.resolved}
        latestSources={view.latest}
        years={view.yearChoices}
        chapterYears={payload.forward.chapterYears}
        year={year}
      />
      <YearRangeControls label={t("years")} extent={extent} constantDollars={payload.deflator !== null} />
      {forward.real && (
        <p className="muted">{t("constantDollars", { baseYear: forward.real.baseYear, deflator: forward.real.deflator })}</p>
      )}

      <div className="gap-summaries" id="summary">
        {view.latestStory ? (
          <GapSummaryCard heading={t("latestHeading", { year: view.latestStory.year })} story={view.latestStory} names={forwardNames} />
        ) : (
          <p className="muted">{t("noReliableYear")}</p>
        )}
        {year !== view.latestYear &&
          (view.chosenStory ? (
            <GapSummaryCard heading={t("chosenHeading", { year })} story={view.chosenStory} names={forwardNames} />
          ) : (
            <p className="muted">{t("noBoth", { year, first: local.first, second: local.second })}</p>
          ))}
      </div>

      <MirrorPanel
        id="mirror-forward"
        stateKey="forward"
        view={forward}
        range={range}
        notes={payload.forward.notes}
        colors={directionColours("forward")}
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
          colors={directionColours("reverse")}
          year={year}
          query={view.query.reverse!}
          citationYear={citationYear}
        />
      ) : (
        <p className="muted">{t("noReverse", { first: local.first, second: local.second })}</p>
      )}

      <MirrorChapters payload={payload} forward={forward} reverse={reverse} year={year} query={view.query} />
    </LocalNames.Provider>
  );
}
