"use client";
// A series panel: its data come once — with the page for a panel in the first screen, from /api/panels/{id} for one
// further down, when the reader gets near it (lib/panel/load-series.ts builds both). Every setting — the page's year
// range, this panel's tab, log scale and % change — is URL state read here, and the view is recomputed in the browser
// (lib/panel/series-view.ts). No setting asks the server for anything. The chart's code loads after the page.
import { useLocale, useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useMemo, useRef, type ReactNode } from "react";
import { usePinnedVersion } from "@/components/site/data-version";
import { ObservationsTable } from "@/components/tables/observations-table";
import { figureUrl } from "@/lib/panel/downloads";
import { unitAxisLabel } from "@/lib/format";
import { panelWords, seriesDownloads, seriesTableRows, seriesView, type SeriesTableRow } from "@/lib/panel/series-view";
import { useFlagText } from "@/components/charts/use-flag-text";
import { unpackPanelPayload, type PackedPanelPayload } from "@/lib/panel/wire";
import type { Messages } from "@/lib/i18n/messages";
import type { SeriesPanelFrame, SeriesPanelPayload } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys, rangeParsers, realParsers } from "@/lib/url-state";
import { DrawnNotes, ListedNotes, NoteRefs } from "./note-list";
import { CiteView } from "./cite-view";
import { EmbedAction } from "./embed-action";
import { ChartPlaceholder, PanelShell } from "./panel-shell";
import { SeriesChart, SeriesFlagLegend } from "./series-chart";
import { SourceList } from "./source-list";
import { useLazyData } from "./use-lazy-data";
import { usePanelWords } from "./use-panel-words";

/** The panel's data with the page, or its frame and where to load the data from (with the numbers in words meanwhile). */
export type SeriesPanelSource =
  { payload: SeriesPanelPayload | PackedPanelPayload } | { frame: SeriesPanelFrame; url: string; words: string };

export type SeriesPanelProps = SeriesPanelSource & {
  description?: ReactNode;
  /** Year of the citation (the data version's date), fixed on the server so both renders agree. */
  citationYear: number;
};

export function SeriesPanel(props: SeriesPanelProps) {
  const { description, citationYear } = props;
  const t = useTranslations("seriesPanel");
  const titles = useTranslations("panelTitles");
  const panelT = useTranslations("panel");
  const wordTemplates = usePanelWords();
  const locale = useLocale();
  const dated = useTranslations("dated");
  const flagText = useFlagText();
  const source = "payload" in props ? props.payload : props.frame;
  // The title in the page's locale (panelTitles, by panel id); the payload's English title where there is none.
  const localTitle = titles.has(source.id as keyof Messages["panelTitles"])
    ? titles(source.id as keyof Messages["panelTitles"])
    : source.title;
  const frame = { ...source, title: localTitle };
  const [range] = useQueryStates(rangeParsers);
  const [{ real }] = useQueryStates(realParsers);
  const [options, setOptions] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(frame.stateKey), history: "replace" });
  const box = useRef<HTMLDivElement>(null);
  const lazy = useLazyData<SeriesPanelPayload>("payload" in props ? null : props.url, box, options.tab !== "chart");
  const inline = "payload" in props ? props.payload : null;
  const unpacked = useMemo(() => (inline ? unpackPanelPayload(inline) : null), [inline]);
  const payload = unpacked ?? lazy.data;
  const v = usePinnedVersion();
  const state = { ...range, ...options, real, v };
  const view = useMemo(() => (payload ? seriesView(payload, state, citationYear) : null), [payload, range, options, real, v, citationYear]); // eslint-disable-line react-hooks/exhaustive-deps -- state is range + options + real + v
  const downloads = view?.downloads ?? seriesDownloads(frame, state);
  const waiting = lazy.error ? (
    <p className="error-box">{t("loadError", { error: lazy.error })}</p>
  ) : (
    <p className="muted">{t("loading")}</p>
  );
  // The table's words in the locale: the series' labels, constant dollars, qualifiers and flags.
  const localRows = (rows: SeriesTableRow[]) =>
    rows.map((r) => ({
      ...r,
      series: wordTemplates.label(r.code, r.series),
      // English keeps the unit codes ("USD", "USD (constant 2024)"), as the downloads write them.
      unit:
        locale === "en" ? r.unit : r.constantBase === null ? unitAxisLabel(r.unit, locale) : t("constantAxis", { year: r.constantBase }),
      flags: [
        ...(r.qualifier ? [wordTemplates.qualified(r.qualifier, "").trim()] : []),
        ...(r.statement ? [t("quotedStatement")] : []),
        ...(r.flagList.length ? [flagText(r.flagList)] : []),
      ].join(dated("listSeparator")),
    }));
  const spanText = view?.span ? `${view.span[0]}–${view.span[1]}` : "";
  const settings =
    frame.allowLog || frame.allowPct ? (
      <form className="view-controls" onSubmit={(e) => e.preventDefault()} aria-label={t("settings", { title: frame.title })}>
        {frame.allowLog && (
          <label>
            <input
              type="checkbox"
              checked={options.scale === "log"}
              onChange={(e) => setOptions(e.target.checked ? { scale: "log", pct: null } : { scale: null })}
            />{" "}
            {t("logScale")}
          </label>
        )}
        {frame.allowPct && (
          <label>
            <input
              type="checkbox"
              checked={options.pct}
              onChange={(e) => setOptions(e.target.checked ? { pct: true, scale: null } : { pct: null })}
            />{" "}
            {t("pctChange")}
          </label>
        )}
      </form>
    ) : null;

  // The numbers in words: from the view once the data are here, else as the server wrote them (same templates).
  const words =
    view && payload
      ? panelWords(view, payload.unit, payload.deflator?.baseYear ?? null, wordTemplates)
      : "payload" in props
        ? ""
        : props.words;
  return (
    <div ref={box}>
      <PanelShell
        id={frame.id}
        title={frame.title}
        description={description}
        settings={settings}
        tab={options.tab}
        onTab={(t) => setOptions({ tab: t === "chart" ? null : t })}
        chart={() =>
          !payload || !view ? (
            <ChartPlaceholder words={words} />
          ) : view.span ? (
            <SeriesChart payload={payload} view={view} title={frame.title} />
          ) : (
            <p className="empty">{t("noValues", { from: view.range.from, to: view.range.to })}</p>
          )
        }
        table={() =>
          payload && view ? (
            <ObservationsTable
              rows={localRows(seriesTableRows(payload, view))}
              caption={t("tableCaption", { title: frame.title, span: spanText })}
            />
          ) : (
            waiting
          )
        }
        sources={() =>
          payload ? (
            <div className="sources-tab">
              <p>
                {panelT("headlineRule")} {t("otherSources")}
              </p>
              <SourceList sources={payload.sources} />
            </div>
          ) : (
            waiting
          )
        }
        caption={
          view ? (
            <>
              <SeriesFlagLegend view={view} />
              {real && !view.real && <p className="muted">{t("shownAsPublished", { unit: payload!.unit })}</p>}
              {view.real && (
                <p className="muted">{t("constant", { baseYear: payload!.deflator!.baseYear, deflator: payload!.deflator!.name })}</p>
              )}
              {words && <p className="panel-words">{words}</p>}
              <p className="citation">
                <strong>{t("cite")}</strong> <span lang="en">{view.citation}</span>
              </p>
              <CiteView panelId={payload!.id} title={payload!.title} years={view.span} sources={payload!.sources} />
            </>
          ) : (
            lazy.error && waiting
          )
        }
        notes={
          payload && view ? (
            payload.notesListedIn ? (
              <NoteRefs notes={view.drawnNotes} listedIn={payload.notesListedIn} />
            ) : (
              <>
                <DrawnNotes panelId={payload.id} notes={view.drawnNotes} open={false} />
                <ListedNotes notes={view.listedNotes} open />
              </>
            )
          ) : null
        }
        downloads={
          <>
            <a href={downloads.csv} download>
              {t("downloadCsv")}
            </a>
            <a href={downloads.full} download>
              {t("downloadFull")}
            </a>
            <a href={downloads.json} download>
              {t("json")}
            </a>
            <a href={downloads.datapackage} download>
              {t("datapackage")}
            </a>
            {view?.span && options.tab === "chart" && (
              <>
                {/* Drawn on the server (lib/figure/): title, legend, note markers and the source line in the file itself. */}
                <a href={figureUrl({ figure: frame.id, ...state, real: view.real, format: "svg" })} download>
                  {panelT("downloadSvg")}
                </a>
                <a href={figureUrl({ figure: frame.id, ...state, real: view.real, format: "png" })} download>
                  {panelT("downloadPng")}
                </a>
              </>
            )}
            <EmbedAction panelId={frame.id} title={frame.title} />
          </>
        }
      />
    </div>
  );
}
