// The gap for one year in words a newcomer can follow, every figure computed from the rows (never typed). The
// sentences are ICU message templates (messages/*.json, "mirrorSummary"): each locale builds them with its own word
// order and case endings, choosing the country's name by its code; the figures come from lib/format.ts in the locale.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatFactor, formatPct, formatSignedUsd, formatUsd } from "@/lib/format";
import { flagPhrases, type GapStory } from "@/lib/mirror/story";
import { useFlagWords, useListJoin } from "./mirror-words";

export interface Names {
  exporter: string;
  importer: string;
  /** ISO3 codes, which the templates use to name the countries in each language's grammar. */
  exporterCode?: string;
  importerCode?: string;
}

const b = (chunks: ReactNode) => <b>{chunks}</b>;
const em = (chunks: ReactNode) => <em>{chunks}</em>;

/** The arguments every template shares: who exports and imports, by code and by (fallback) name. */
function who(names: Names) {
  return {
    exporter: names.exporterCode ?? "other",
    importer: names.importerCode ?? "other",
    exporterName: names.exporter,
    importerName: names.importer,
  };
}

/** One or two sentences that state the year's gap and what CIF/FOB valuation does to it. */
export function GapSentence({ story, names }: { story: GapStory; names: Names }) {
  const t = useTranslations("mirrorSummary");
  const locale = useLocale();
  const usd = (v: number) => formatUsd(v, { locale });
  const signed = (v: number) => formatSignedUsd(v, locale);
  const factor = (v: number) => formatFactor(v, locale);
  const parties = who(names);
  // A share of the exporter's figure, or "none": the templates word the whole clause (or leave it out).
  const pct = (v: number | null) => (v === null ? "none" : formatPct(Math.abs(v), undefined, locale));
  const opening = t.rich("opening", {
    ...parties,
    b,
    year: story.year,
    exports: usd(story.exporterReported),
    imports: usd(story.importerReported),
  });
  const range = t("range", {
    ...parties,
    low: factor(story.band[0]),
    high: factor(story.band[1]),
    from: signed(story.fobBasisLow),
    to: signed(story.fobBasisHigh),
  });
  const gapPct = pct(story.gapPctOfExporter);
  let body: ReactNode;
  switch (story.case) {
    case "exporter-higher":
      body = (
        <>
          {t.rich("exporterHigher", {
            ...parties,
            b,
            em,
            gap: usd(story.gap),
            gapPct,
            freight: usd(story.freightAndInsurance),
            factor: factor(story.cifFob),
            unexplained: usd(story.unexplainedGap),
            unexplainedPct: pct(story.unexplainedPctOfExporter),
            fobGap: usd(story.fobBasisGap),
          })}{" "}
          {range}
        </>
      );
      break;
    case "importer-higher-explained":
      body = (
        <>
          {t.rich("importerHigherExplained", {
            ...parties,
            b,
            more: usd(-story.gap),
            gapPct,
            freight: usd(story.freightAndInsurance),
            factor: factor(story.cifFob),
            fobGap: usd(story.fobBasisGap),
          })}{" "}
          {range}
        </>
      );
      break;
    case "importer-higher-partly":
      body = (
        <>
          {t.rich("importerHigherPartly", {
            ...parties,
            b,
            more: usd(-story.gap),
            gapPct,
            explained: usd(story.explainedByCifFob),
            factor: factor(story.cifFob),
            unexplained: usd(-story.unexplainedGap),
          })}{" "}
          {range}
        </>
      );
      break;
    case "equal":
      body = t("equal", { ...parties, freight: usd(story.freightAndInsurance) });
      break;
  }
  return (
    <p className="gap-sentence">
      {opening} {body}
    </p>
  );
}

/** The year's figures as cards, with the sentence, the sources and any warning. */
export function GapSummaryCard({ heading, story, names }: { heading: string; story: GapStory; names: Names }) {
  const t = useTranslations("mirrorSummary");
  const locale = useLocale();
  const usd = (v: number) => formatUsd(v, { locale });
  const parties = who(names);
  const words = useFlagWords();
  const join = useListJoin();
  const phrases = join.entries(
    flagPhrases({ flags: story.flags, exporterFlags: story.exporterFlags, importerFlags: story.importerFlags }, names).map(words.phrase),
  );
  const notMeasured = !story.reliable;
  return (
    <section className={`gap-summary${notMeasured ? " gap-summary-flagged" : ""}`} aria-label={heading}>
      <h2 className="gap-summary-heading">{heading}</h2>
      <dl className="gap-figures">
        <div>
          <dt>{t("exporterReports", parties)}</dt>
          <dd>{usd(story.exporterReported)}</dd>
        </div>
        <div>
          <dt>{t("importerReports", parties)}</dt>
          <dd>{usd(story.importerReported)}</dd>
        </div>
        <div>
          <dt>
            {story.gapPctOfExporter !== null
              ? t("reportedGapPct", { ...parties, pct: formatPct(story.gapPctOfExporter, undefined, locale) })
              : t("reportedGap")}
          </dt>
          <dd>{usd(story.gap)}</dd>
        </div>
        <div>
          <dt>{t("notExplained", { factor: formatFactor(story.cifFob, locale) })}</dt>
          <dd>{usd(story.unexplainedGap)}</dd>
        </div>
      </dl>
      <GapSentence story={story} names={names} />
      {notMeasured && (
        <p className="flag-legend" role="note">
          <span aria-hidden="true">⚠ </span>
          {t("notMeasured", { phrases })}
        </p>
      )}
      <p className="muted small">
        {t("sources", {
          ...parties,
          exporterSource: story.sources.exporter?.label ?? "—",
          importerSource: story.sources.importer?.label ?? "—",
        })}
        {!notMeasured && phrases.length > 0 ? t("note", { phrases }) : ""}
      </p>
    </section>
  );
}
