"use client";
// Settings of the mirror page, kept in the URL (only what differs from the default): the pair of economies, the
// CIF/FOB factor, "same source only" with a source per country, and the year. Every setting but the pair is
// recomputed in the browser from the page's data; another pair is another page.
import { useLocale, useTranslations } from "next-intl";
import { debounce, useQueryStates } from "nuqs";
import { useId, useState } from "react";
import { formatFactor } from "@/lib/format";
import { CIF_FOB_BAND, CIF_FOB_DEFAULT, CIF_FOB_MAX, CIF_FOB_MIN, CIF_FOB_SLIDER_MAX, cifFobBand, parseCifFob } from "@/lib/mirror/cif-fob";
import type { CountryPair as PairOption } from "@/lib/mirror/payload";
import { DEFAULT_EXPORTER, DEFAULT_IMPORTER, mirrorParsers } from "@/lib/mirror/url-state";
import type { SourceOption } from "@/lib/mirror/workbench";
import { useLocalName } from "./mirror-words";

export interface MirrorControlsProps {
  pairs: PairOption[];
  pair: { exporter: string; importer: string };
  names: { exporter: string; importer: string };
  sourceOptions: { exporter: SourceOption[]; importer: SourceOption[] };
  /** The source each country's figures use in "same" mode after defaults (for the "automatic" option's label). */
  resolvedSources: { exporter: string | null; importer: string | null };
  /** Each country's source that reaches the latest year (the choice that keeps the latest years). */
  latestSources: { exporter: string | null; importer: string | null };
  years: number[];
  chapterYears: number[];
  year: number;
}

export function MirrorControls(props: MirrorControlsProps) {
  const { pairs, pair, names, sourceOptions, resolvedSources, latestSources, years, chapterYears, year } = props;
  const t = useTranslations("mirrorPanel");
  const locale = useLocale();
  const localName = useLocalName();
  const factor = (v: number) => formatFactor(v, locale);
  const [state, setState] = useQueryStates(mirrorParsers, { history: "replace" });
  const [text, setText] = useState(formatFactor(state.cifFob));
  const [shownFactor, setShownFactor] = useState(state.cifFob);
  const [error, setError] = useState<string | null>(null);
  const ids = { cif: useId(), cifHelp: useId(), pair: useId(), year: useId(), ex: useId(), im: useId(), same: useId() };
  // Keep the box in step when the URL changes elsewhere (reset, back/forward): adjusted while rendering, not in an effect.
  if (shownFactor !== state.cifFob) {
    setShownFactor(state.cifFob);
    if (!(parseCifFob(text).ok && Number(text) === state.cifFob)) setText(formatFactor(state.cifFob));
  }
  const band = cifFobBand(state.cifFob);
  const widened = band[0] !== CIF_FOB_BAND[0] || band[1] !== CIF_FOB_BAND[1];

  const applyCif = (value: string, immediate: boolean) => {
    setText(value);
    const r = parseCifFob(value);
    if (!r.ok) {
      setError(t("factorError", { min: CIF_FOB_MIN.toFixed(2), max: CIF_FOB_MAX.toFixed(2), example: formatFactor(CIF_FOB_DEFAULT) }));
      return;
    }
    setError(null);
    void setState({ cifFob: r.value === CIF_FOB_DEFAULT ? null : r.value }, immediate ? {} : { limitUrlUpdates: debounce(350) });
  };

  // The page shows both directions, so a pair of countries is listed once (in the current order when it is the current pair).
  const pairOptions = pairs.filter((p, k) => {
    const twin = pairs.findIndex((q) => q.exporter === p.importer && q.importer === p.exporter);
    if (twin === -1) return true;
    const isCurrent = (x: PairOption) => x.exporter === pair.exporter && x.importer === pair.importer;
    if (isCurrent(p)) return true;
    if (isCurrent(pairs[twin]!)) return false;
    return k < twin;
  });
  const canSwap = pairs.some((p) => p.exporter === pair.importer && p.importer === pair.exporter);
  const choosePair = (value: string) => {
    const [exporter, importer] = value.split("-");
    // Another pair is another set of data: a new page (served from the cache), not a redraw.
    void setState(
      {
        exporter: exporter === DEFAULT_EXPORTER ? null : exporter!,
        importer: importer === DEFAULT_IMPORTER ? null : importer!,
        exporterSource: null,
        importerSource: null,
        year: null,
      },
      { shallow: false },
    );
  };

  // The sources the lines use now: the reader's choice, else the automatic one.
  const used = { exporter: state.exporterSource ?? resolvedSources.exporter, importer: state.importerSource ?? resolvedSources.importer };
  const autoLabel = (side: "exporter" | "importer") => {
    const key = resolvedSources[side];
    const found = sourceOptions[side].find((o) => o.key === key);
    return found ? t("automaticWith", { label: found.label, coverage: found.coverage }) : t("automatic");
  };

  return (
    <form className="mirror-controls" onSubmit={(e) => e.preventDefault()} aria-label={t("settings")}>
      <div className="control">
        <label htmlFor={ids.pair}>{t("countries")}</label>
        <div className="pair-inputs">
          <select id={ids.pair} value={`${pair.exporter}-${pair.importer}`} onChange={(e) => choosePair(e.target.value)}>
            {pairOptions.map((p) => (
              <option key={`${p.exporter}-${p.importer}`} value={`${p.exporter}-${p.importer}`}>
                {t("pairOption", { exporter: localName(p.exporter, p.exporterName), importer: localName(p.importer, p.importerName) })}
              </option>
            ))}
          </select>
          {canSwap && (
            <button type="button" onClick={() => choosePair(`${pair.importer}-${pair.exporter}`)} title={t("swapTitle", names)}>
              {t("swap", { importer: names.importer })}
            </button>
          )}
        </div>
      </div>

      <div className="control">
        <label htmlFor={ids.cif}>{t("factor")}</label>
        <div className="cif-inputs">
          <input
            id={ids.cif}
            type="number"
            inputMode="decimal"
            min={CIF_FOB_MIN}
            max={CIF_FOB_MAX}
            step={0.01}
            value={text}
            aria-describedby={ids.cifHelp}
            aria-invalid={error ? true : undefined}
            onChange={(e) => applyCif(e.target.value, false)}
            onKeyDown={(e) => {
              if (e.key === "Enter") applyCif((e.target as HTMLInputElement).value, true);
            }}
          />
          <input
            type="range"
            aria-label={t("factorSlider")}
            min={CIF_FOB_MIN}
            max={CIF_FOB_SLIDER_MAX}
            step={0.01}
            value={parseCifFob(text).ok ? Number(text) : state.cifFob}
            onChange={(e) => applyCif(e.target.value, false)}
          />
          {state.cifFob !== CIF_FOB_DEFAULT && (
            <button type="button" onClick={() => applyCif(formatFactor(CIF_FOB_DEFAULT), true)}>
              {t("reset", { factor: factor(CIF_FOB_DEFAULT) })}
            </button>
          )}
        </div>
        <small id={ids.cifHelp} className={error ? "flag" : "muted"}>
          {error ?? t("factorHelp", { factor: factor(CIF_FOB_DEFAULT) })}
          {!error && widened
            ? t("widened", { low: factor(CIF_FOB_BAND[0]), high: factor(CIF_FOB_BAND[1]), from: factor(band[0]), to: factor(band[1]) })
            : ""}
        </small>
      </div>

      <div className="control">
        <label htmlFor={ids.year}>{t("year")}</label>
        <select id={ids.year} value={year} onChange={(e) => void setState({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
              {chapterYears.includes(y) ? "" : t("noChapterDetail")}
            </option>
          ))}
        </select>
      </div>

      <div className="control control-same">
        <label className="switch" htmlFor={ids.same}>
          <input
            id={ids.same}
            type="checkbox"
            role="switch"
            checked={state.same}
            onChange={(e) => void setState({ same: e.target.checked ? true : null, exporterSource: null, importerSource: null })}
          />{" "}
          {t("sameSource")}
        </label>
        <small className="muted">{state.same ? t("sameOn") : t("sameOff")}</small>
      </div>

      {state.same && <SameSourceChoice names={names} options={sourceOptions} used={used} latest={latestSources} onChoose={setState} />}
      {state.same && (
        <div className="control-sources">
          <div className="control">
            <label htmlFor={ids.ex}>{t("sourceFor", { name: names.exporter })}</label>
            <select
              id={ids.ex}
              value={state.exporterSource ?? ""}
              onChange={(e) => void setState({ exporterSource: e.target.value || null })}
            >
              <option value="">{autoLabel("exporter")}</option>
              {sourceOptions.exporter.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label} — {o.coverage}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label htmlFor={ids.im}>{t("sourceFor", { name: names.importer })}</label>
            <select
              id={ids.im}
              value={state.importerSource ?? ""}
              onChange={(e) => void setState({ importerSource: e.target.value || null })}
            >
              <option value="">{autoLabel("importer")}</option>
              {sourceOptions.importer.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label} — {o.coverage}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </form>
  );
}

/**
 * "Same source only" in words: which source each country's line uses and why, and — when those stop before the
 * latest year another source reaches — the one-click choice that keeps the latest years.
 */
function SameSourceChoice(props: {
  names: { exporter: string; importer: string };
  options: { exporter: SourceOption[]; importer: SourceOption[] };
  used: { exporter: string | null; importer: string | null };
  latest: { exporter: string | null; importer: string | null };
  onChoose: (v: { exporterSource: string | null; importerSource: string | null }) => unknown;
}) {
  const { names, options, used, latest, onChoose } = props;
  const t = useTranslations("mirrorPanel");
  const find = (side: "exporter" | "importer", key: string | null) => options[side].find((o) => o.key === key);
  const [ex, im] = [find("exporter", used.exporter), find("importer", used.importer)];
  const [lex, lim] = [find("exporter", latest.exporter), find("importer", latest.importer)];
  if (!ex || !im) return null;
  const shownUntil = Math.min(ex.lastYear, im.lastYear);
  const latestUntil = lex && lim ? Math.min(lex.lastYear, lim.lastYear) : shownUntil;
  return (
    <p className="same-source-note" role="status">
      {t("sameNote", {
        ...names,
        exLabel: ex.label,
        exCoverage: ex.coverage,
        imLabel: im.label,
        imCoverage: im.coverage,
        year: shownUntil,
      })}
      {latestUntil > shownUntil && lex && lim && (
        <>
          {" "}
          <button type="button" className="link-button" onClick={() => void onChoose({ exporterSource: lex.key, importerSource: lim.key })}>
            {t("keepYears", { year: latestUntil, exLabel: lex.label, imLabel: lim.label })}
          </button>
        </>
      )}
    </p>
  );
}
