// The gap for one year in words a newcomer can follow, every figure computed from the rows (never typed).
import { formatFactor, formatPct, formatSignedUsd, formatUsd } from "@/lib/format";
import { flagPhrases, type GapStory } from "@/lib/mirror/story";

export interface Names {
  exporter: string;
  importer: string;
}

/** One or two sentences that state the year's gap and what CIF/FOB valuation does to it. */
export function GapSentence({ story, names }: { story: GapStory; names: Names }) {
  const { year, exporterReported: e, importerReported: i } = story;
  const ofExporter = (v: number | null) => (v === null ? "" : ` (${formatPct(Math.abs(v))} of ${names.exporter}'s figure)`);
  const opening = (
    <>
      In {year}, {names.exporter} reported <b className="figure-inline">{formatUsd(e)}</b> of exports to {names.importer}; {names.importer}{" "}
      reported <b className="figure-inline">{formatUsd(i)}</b> of imports from {names.exporter}.{" "}
    </>
  );
  const range = (
    <>
      Over factors {formatFactor(story.band[0])}–{formatFactor(story.band[1])}, {names.exporter}&apos;s figure minus {names.importer}&apos;s
      at FOB ranges from {formatSignedUsd(story.fobBasisLow)} to {formatSignedUsd(story.fobBasisHigh)}.
    </>
  );
  switch (story.case) {
    case "exporter-higher":
      return (
        <p className="gap-sentence">
          {opening}
          Gap: <b>{formatUsd(story.gap)}</b>
          {ofExporter(story.gapPctOfExporter)}, of which CIF/FOB valuation explains <b>nothing</b>: freight and insurance should make{" "}
          {names.importer}&apos;s figure about {formatUsd(story.freightAndInsurance)} <em>higher</em> than {names.exporter}&apos;s (factor{" "}
          {formatFactor(story.cifFob)}), not lower. So <b>{formatUsd(story.unexplainedGap)}</b>
          {ofExporter(story.unexplainedPctOfExporter)} is unexplained; on a like-for-like FOB basis the difference is even{" "}
          {formatUsd(story.fobBasisGap)}. {range}
        </p>
      );
    case "importer-higher-explained":
      return (
        <p className="gap-sentence">
          {opening}
          {names.importer} reports <b>{formatUsd(-story.gap)}</b> more{ofExporter(story.gapPctOfExporter)}; CIF/FOB valuation (about{" "}
          {formatUsd(story.freightAndInsurance)} at factor {formatFactor(story.cifFob)}) explains all of it, and on a like-for-like FOB
          basis {names.exporter}&apos;s figure is {formatUsd(story.fobBasisGap)} higher. {range}
        </p>
      );
    case "importer-higher-partly":
      return (
        <p className="gap-sentence">
          {opening}
          {names.importer} reports <b>{formatUsd(-story.gap)}</b> more{ofExporter(story.gapPctOfExporter)}, of which CIF/FOB valuation
          explains about <b>{formatUsd(story.explainedByCifFob)}</b> (factor {formatFactor(story.cifFob)});{" "}
          <b>{formatUsd(-story.unexplainedGap)}</b> is unexplained. {range}
        </p>
      );
    case "equal":
      return (
        <p className="gap-sentence">
          {opening}
          Both report the same value; CIF/FOB valuation would make {names.importer}&apos;s figure about{" "}
          {formatUsd(story.freightAndInsurance)} higher.
        </p>
      );
  }
}

/** The year's figures as cards, with the sentence, the sources and any warning. */
export function GapSummaryCard({ heading, story, names }: { heading: string; story: GapStory; names: Names }) {
  const phrases = flagPhrases({ flags: story.flags, exporterFlags: story.exporterFlags, importerFlags: story.importerFlags }, names);
  const notMeasured = !story.reliable;
  return (
    <section className={`gap-summary${notMeasured ? " gap-summary-flagged" : ""}`} aria-label={heading}>
      <h2 className="gap-summary-heading">{heading}</h2>
      <dl className="gap-figures">
        <div>
          <dt>{names.exporter} reports (exports)</dt>
          <dd>{formatUsd(story.exporterReported)}</dd>
        </div>
        <div>
          <dt>{names.importer} reports (imports)</dt>
          <dd>{formatUsd(story.importerReported)}</dd>
        </div>
        <div>
          <dt>
            Reported gap{story.gapPctOfExporter !== null ? `, ${formatPct(story.gapPctOfExporter)} of ${names.exporter}'s figure` : ""}
          </dt>
          <dd>{formatUsd(story.gap)}</dd>
        </div>
        <div>
          <dt>Not explained by CIF/FOB ({formatFactor(story.cifFob)})</dt>
          <dd>{formatUsd(story.unexplainedGap)}</dd>
        </div>
      </dl>
      <GapSentence story={story} names={names} />
      {notMeasured && (
        <p className="flag-legend" role="note">
          <span aria-hidden="true">⚠ </span>Not a measured gap: {phrases.join("; ")}.
        </p>
      )}
      <p className="muted small">
        Sources: {names.exporter}: {story.sources.exporter?.label ?? "—"}; {names.importer}: {story.sources.importer?.label ?? "—"}.
        {!notMeasured && phrases.length > 0 ? ` Note: ${phrases.join("; ")}.` : ""}
      </p>
    </section>
  );
}
