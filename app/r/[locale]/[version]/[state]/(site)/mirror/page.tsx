import "@/components/mirror/mirror.css";
import type { Metadata } from "next";
import { YearRangeControls } from "@/components/controls/view-controls";
import { ChapterSection } from "@/components/mirror/chapter-section";
import { GapSummaryCard } from "@/components/mirror/gap-summary";
import { Methodology } from "@/components/mirror/methodology";
import { MirrorControls, type SourceOption } from "@/components/mirror/mirror-controls";
import { MirrorPanel } from "@/components/mirror/mirror-panel";
import { countryName } from "@/lib/import/parsers/country-codes";
import { viewFromDirection, type MirrorView } from "@/lib/mirror/get-mirror-view";
import { mirrorQueryString, type MirrorQuery } from "@/lib/mirror/params";
import {
  chapterYears,
  listMirrorPairs,
  loadChapters,
  loadDirectionNotes,
  loadMethodologyNotes,
  loadMirrorDirection,
  type MirrorPair,
} from "@/lib/mirror/queries";
import { DEFAULT_EXPORTER, DEFAULT_IMPORTER } from "@/lib/mirror/url-state";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { buildChapterView, gapStory, latestReliableYear, resolvePick, toChartRows, type SideSource } from "@/lib/mirror/view";
import { normaliseRange } from "@/lib/url-state";

export const metadata: Metadata = {
  title: "Mirror gap",
  description:
    "What each side's customs report for the same trade, year by year and by product, how much CIF/FOB valuation explains, and the source of every number.",
};

/** Each country keeps its colour in both directions. */
const FIRST_COLOUR = "#b91c1c";
const SECOND_COLOUR = "#1d4ed8";

function choosePair(pairs: MirrorPair[], exporter: string, importer: string): MirrorPair | undefined {
  return (
    pairs.find((p) => p.exporter === exporter && p.importer === importer) ??
    pairs.find((p) => p.exporter === DEFAULT_EXPORTER && p.importer === DEFAULT_IMPORTER) ??
    pairs[0]
  );
}

/** A country's sources over both its series on this page (its exports in one panel, its imports in the other). */
function countrySources(...lists: SideSource[][]): SourceOption[] {
  const byKey = new Map<string, SideSource & { first: number; last: number }>();
  for (const s of lists.flat()) {
    const seen = byKey.get(s.key);
    if (!seen) byKey.set(s.key, { ...s, first: s.firstYear, last: s.lastYear });
    else {
      seen.first = Math.min(seen.first, s.firstYear);
      seen.last = Math.max(seen.last, s.lastYear);
      seen.years = Math.max(seen.years, s.years);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1))
    .map((s) => ({
      key: s.key,
      label: s.label,
      coverage: s.first === s.last ? String(s.first) : `${s.first}–${s.last}${s.years < s.last - s.first + 1 ? ` (${s.years} years)` : ""}`,
    }));
}

export default async function MirrorPage({ params }: { params: Promise<RouteParams> }) {
  const { state } = await pageView("mirror", params);
  const { from, to } = normaliseRange({ from: state.from, to: state.to });
  const pairs = await listMirrorPairs();
  const pair = choosePair(pairs, state.exporter, state.importer);
  if (!pair) {
    return (
      <>
        <h1>Mirror statistics</h1>
        <p className="error-box">
          No pair of economies has both an exporter&apos;s and an importer&apos;s trade series yet. Import a file with both sides (e.g. UN
          Comtrade for each reporter) to compare them here.
        </p>
      </>
    );
  }
  const reversePair = pairs.find((p) => p.exporter === pair.importer && p.importer === pair.exporter) ?? null;
  const names = { first: countryName(pair.exporter, pair.exporter), second: countryName(pair.importer, pair.importer) };

  const [forwardData, reverseData, forwardChapterYears, reverseChapterYears, forwardNotes, reverseNotes, methodology] = await Promise.all([
    loadMirrorDirection(pair),
    reversePair ? loadMirrorDirection(reversePair) : Promise.resolve(null),
    chapterYears(pair.exporter, pair.importer),
    reversePair ? chapterYears(reversePair.exporter, reversePair.importer) : Promise.resolve([]),
    loadDirectionNotes(pair.exporter, pair.importer, { from, to }),
    reversePair ? loadDirectionNotes(reversePair.exporter, reversePair.importer, { from, to }) : Promise.resolve([]),
    loadMethodologyNotes(),
  ]);

  const query = (p: MirrorPair, exporterSource: string | null, importerSource: string | null): MirrorQuery => ({
    exporter: p.exporter,
    importer: p.importer,
    from,
    to,
    cifFob: state.cifFob,
    hs: null,
    source: state.same ? "same" : "headline",
    exporterSource: exporterSource ?? undefined,
    importerSource: importerSource ?? undefined,
  });
  // exporterSource / importerSource in the URL name the source of each COUNTRY's figures, so they swap in the reverse panel.
  const forwardResult = forwardData
    ? viewFromDirection(forwardData, query(pair, state.exporterSource, state.importerSource), { strictSources: false })
    : null;
  const reverseResult =
    reversePair && reverseData
      ? viewFromDirection(reverseData, query(reversePair, state.importerSource, state.exporterSource), { strictSources: false })
      : null;
  const forward: MirrorView | null = forwardResult?.ok ? forwardResult.view : null;
  const reverse: MirrorView | null = reverseResult?.ok ? reverseResult.view : null;
  if (!forward) {
    return (
      <>
        <h1>Mirror statistics</h1>
        <p className="error-box">
          The series for {pair.exporter} → {pair.importer} could not be loaded.
        </p>
      </>
    );
  }

  const bothSidesYears = forward.rows.filter((r) => r.gap !== null).map((r) => r.year);
  const latest = latestReliableYear(forward.rows);
  const year = state.year ?? forwardChapterYears.at(-1) ?? latest ?? bothSidesYears.at(-1) ?? to;
  const yearChoices = [...new Set([...bothSidesYears, ...forwardChapterYears, ...reverseChapterYears, year])].sort((a, b) => b - a);
  const [forwardChapters, reverseChapters] = await Promise.all([
    loadChapters(pair.exporter, pair.importer, year),
    reversePair ? loadChapters(reversePair.exporter, reversePair.importer, year) : Promise.resolve(null),
  ]);

  const forwardRow = (y: number | null) => (y === null ? undefined : forward.rows.find((r) => r.year === y));
  const latestStory = gapStory(forwardRow(latest), forward.cifFob);
  const chosenStory = gapStory(forwardRow(year), forward.cifFob);
  const sameDefaults = resolvePick(
    { mode: "same", exporterSource: state.exporterSource, importerSource: state.importerSource },
    forward.availableSources.exporter,
    forward.availableSources.importer,
  );
  const resolved = sameDefaults.mode === "same" ? sameDefaults : { exporterSource: null, importerSource: null };
  const apiQuery = (v: MirrorView): string =>
    mirrorQueryString({
      exporter: v.exporter,
      importer: v.importer,
      from,
      to,
      cifFob: v.cifFob,
      hs: null,
      source: v.pick.mode,
      exporterSource: v.pick.mode === "same" ? (v.pick.exporterSource ?? undefined) : undefined,
      importerSource: v.pick.mode === "same" ? (v.pick.importerSource ?? undefined) : undefined,
    });
  const forwardNames = { exporter: names.first, importer: names.second };
  const reverseNames = { exporter: names.second, importer: names.first };

  return (
    <>
      <h1>
        Mirror statistics: what {names.first}&apos;s and {names.second}&apos;s customs each report
      </h1>
      <p className="lede">
        Every shipment between two countries is counted twice: once by the exporter&apos;s customs (valued FOB, at its border) and once by
        the importer&apos;s (valued CIF, including freight and insurance). The two figures should differ by roughly the cost of freight;
        anything beyond that is the &ldquo;mirror gap&rdquo;. Below, both figures year by year from every source held, the part of the
        difference CIF/FOB valuation could explain, and the source of every number.
      </p>

      <MirrorControls
        pairs={pairs.map((p) => ({
          exporter: p.exporter,
          importer: p.importer,
          exporterName: countryName(p.exporter, p.exporter),
          importerName: countryName(p.importer, p.importer),
        }))}
        pair={pair}
        names={{ exporter: names.first, importer: names.second }}
        sourceOptions={{
          exporter: countrySources(forward.availableSources.exporter, reverse?.availableSources.importer ?? []),
          importer: countrySources(forward.availableSources.importer, reverse?.availableSources.exporter ?? []),
        }}
        resolvedSources={{ exporter: resolved.exporterSource, importer: resolved.importerSource }}
        years={yearChoices}
        chapterYears={forwardChapterYears}
        year={year}
      />
      <YearRangeControls label="Years shown in the charts" />

      <div className="gap-summaries" id="summary">
        {latestStory ? (
          <GapSummaryCard
            heading={`Latest year with reliable figures on both sides: ${latestStory.year}`}
            story={latestStory}
            names={forwardNames}
          />
        ) : (
          <p className="muted">
            No year in {from}–{to} has reliable figures from both sides in this view.
          </p>
        )}
        {year !== latest &&
          (chosenStory ? (
            <GapSummaryCard heading={`Chosen year: ${year}`} story={chosenStory} names={forwardNames} />
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
        chartRows={toChartRows(forward.rows, { from, to, cifFob: forward.cifFob })}
        notes={forwardNotes}
        colors={{ exporter: FIRST_COLOUR, importer: SECOND_COLOUR }}
        year={year}
        from={from}
        to={to}
        apiQuery={apiQuery(forward)}
        showSentence={false}
      />
      {reverse ? (
        <MirrorPanel
          id="mirror-reverse"
          stateKey="reverse"
          view={reverse}
          chartRows={toChartRows(reverse.rows, { from, to, cifFob: reverse.cifFob })}
          notes={reverseNotes}
          colors={{ exporter: SECOND_COLOUR, importer: FIRST_COLOUR }}
          year={year}
          from={from}
          to={to}
          apiQuery={apiQuery(reverse)}
        />
      ) : (
        <p className="muted">
          {names.second} → {names.first}: the database holds no pair of series for this direction.
        </p>
      )}

      <section className="panel" aria-labelledby="by-product-title" id="by-product">
        <h2 id="by-product-title">By product, {year}</h2>
        <p className="muted">
          Only HS chapters that both reporters publish are compared. Change the year above; chapter detail from both sides exists for{" "}
          {forwardChapterYears.length ? `${forwardChapterYears[0]}–${forwardChapterYears.at(-1)}` : "no year"}.
        </p>
        <ChapterSection
          id="chapters-forward"
          chapters={buildChapterView(forwardChapters.chapters, year, forward.cifFob)}
          names={forwardNames}
          year={year}
          chapterYears={forwardChapterYears}
          total={forwardRow(year)}
        />
        {reverse && reverseChapters && (
          <ChapterSection
            id="chapters-reverse"
            chapters={buildChapterView(reverseChapters.chapters, year, reverse.cifFob)}
            names={reverseNames}
            year={year}
            chapterYears={reverseChapterYears}
            total={reverse.rows.find((r) => r.year === year)}
          />
        )}
      </section>

      <Methodology notes={methodology} />
    </>
  );
}
