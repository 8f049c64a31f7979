"use client";
// One direction of trade (exporter → importer) in the shared panel frame (components/panel/panel-shell.tsx): the mirror
// chart, its table and sources, the statements on the discrepancy placed on their years with the gap computed here,
// and downloads of exactly this view. The view comes from lib/mirror/workbench.ts; this only lays it out.
import { useLocale, useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { CiteView } from "@/components/panel/cite-view";
import { DrawnNotes } from "@/components/panel/note-list";
import { EmbedAction } from "@/components/panel/embed-action";
import { PanelShell } from "@/components/panel/panel-shell";
import { formatFactor, formatPct, formatUsd } from "@/lib/format";
import type { MirrorView } from "@/lib/mirror/direction-view";
import { flagPhrases, gapStory } from "@/lib/mirror/story";
import { rowsInRange } from "@/lib/mirror/workbench";
import { mirrorApiUrl, mirrorExportUrl } from "@/lib/panel/downloads";
import type { NoteInfo } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys } from "@/lib/url-state";
import { GapSentence } from "./gap-summary";
import { MirrorFigure, MirrorFlags, mirrorPublishers, useMirrorText } from "./mirror-figure";
import { MirrorTable } from "./mirror-table";
import { useFlagWords, useListJoin } from "./mirror-words";

export interface MirrorPanelProps {
  id: string;
  /** Prefix of this panel's URL state (its tab), so the two panels' tabs are independent. */
  stateKey: string;
  view: MirrorView;
  range: { from: number; to: number };
  notes: NoteInfo[];
  colors: { exporter: string; importer: string };
  year: number;
  /** /api/mirror query of exactly this view. */
  query: string;
  /** Show the chosen year's sentence (off where the page's summary already says it). */
  showSentence?: boolean;
  citationYear: number;
}

export function MirrorPanel(p: MirrorPanelProps) {
  const { view, range } = p;
  const [{ tab }, setState] = useQueryStates(
    { tab: panelParsers.tab },
    { urlKeys: { tab: panelUrlKeys(p.stateKey).tab }, history: "replace" },
  );
  const t = useTranslations("mirrorPanel");
  const locale = useLocale();
  const words = useFlagWords();
  const join = useListJoin();
  const factor = (v: number) => formatFactor(v, locale);
  // Names in the page's locale for what the reader sees; the English title for the citation (a reference, in English).
  const { names, title, englishTitle, dollars } = useMirrorText(view);
  const rows = rowsInRange(view.rows, range);
  const rowOf = new Map(view.rows.map((r) => [r.year, r] as const));
  const story = gapStory(rowOf.get(p.year), view.cifFob);
  const publishers = mirrorPublishers(view);
  // The rule in the page's language, as every series panel states it (lib/series/headline.ts has it in English for the
  // downloads), then what it means for a mirror line: two whole sentences.
  const panelT = useTranslations("panel");
  const pickText = view.pick.mode === "headline" ? `${panelT("headlineRule")} ${t("headlineSwitch")}` : t("pickSame");
  const fileStem = `china-kazakhstan-monitor_mirror_${view.exporter}-${view.importer}_${range.from}-${range.to}`;
  return (
    <PanelShell
      id={p.id}
      className="mirror-panel"
      title={title}
      description={
        <>
          <p className="muted">
            {t("description", { ...names, factor: factor(view.cifFob), low: factor(view.band[0]), high: factor(view.band[1]) })}
          </p>
          {p.showSentence !== false &&
            (story ? (
              <GapSentence story={story} names={names} />
            ) : (
              <p className="gap-sentence muted">
                {t("yearPhrases", {
                  year: p.year,
                  phrases: rowOf.get(p.year) ? join.entries(flagPhrases(rowOf.get(p.year)!, names).map(words.phrase)) : t("noFigureEither"),
                })}
              </p>
            ))}
        </>
      }
      tab={tab}
      onTab={(t) => setState({ tab: t === "chart" ? null : t })}
      chart={() => <MirrorFigure id={p.id} view={view} range={range} notes={p.notes} colors={p.colors} />}
      table={() => (
        <MirrorTable
          rows={rows}
          names={names}
          cifFob={view.cifFob}
          caption={t("tableCaption", { title, from: range.from, to: range.to, dollars, factor: factor(view.cifFob) })}
        />
      )}
      sources={() => (
        <div className="sources-tab">
          <p>{pickText}</p>
          <ul>
            {view.sources.map((s) => (
              <li key={s.key}>
                <strong>{s.publisher}</strong>: {s.title}
                {s.vintage ? ` (${s.vintage})` : ""}. <span className="location">{s.location}</span>
                <br />
                <small className="muted">
                  {t("cite")} <span lang="en">{s.citation}</span>
                </small>
              </li>
            ))}
          </ul>
        </div>
      )}
      caption={
        <>
          <MirrorFlags view={view} rows={rows} />
          <p className="citation">
            <strong>{t("cite")}</strong>{" "}
            <span lang="en">
              China–Kazakhstan Economic Monitor ({p.citationYear}). Mirror statistics, {englishTitle}, {range.from}–{range.to}, CIF/FOB
              factor {formatFactor(view.cifFob)}
              {view.real ? `, constant ${view.real.baseYear} US dollars (${view.real.deflator})` : ""}. Data: {publishers.join("; ")}.
            </span>
          </p>
          <CiteView panelId={p.id} title={`Mirror statistics, ${englishTitle}`} years={[range.from, range.to]} sources={view.sources} />
        </>
      }
      notes={
        <DrawnNotes
          panelId={p.id}
          notes={p.notes}
          open
          heading={t("notesHeading")}
          extra={(n) => {
            const years = n.kind === "caveat" || n.yearFrom === null ? [] : [...new Set([n.yearFrom, n.yearTo ?? n.yearFrom])];
            const computed = years.map((y) => ({ y, r: rowOf.get(y) })).filter((c) => c.r && c.r.gap !== null);
            if (computed.length === 0) return null;
            return (
              <p className="computed-check">
                {t("computedHere", {
                  list: join.entries(
                    computed.map(({ y, r }) =>
                      t("computedItem", {
                        year: y,
                        gap: formatUsd(r!.gap!, { locale }),
                        pct: r!.gapPctOfExporter === null ? "none" : formatPct(r!.gapPctOfExporter, undefined, locale),
                        exporter: names.exporter,
                        flagged: r!.reliable ? "no" : "yes",
                      }),
                    ),
                  ),
                })}
              </p>
            );
          }}
        />
      }
      downloads={
        <>
          <a href={mirrorExportUrl(p.query, "csv")} download>
            {t("downloadCsv")}
          </a>
          <a href={mirrorExportUrl(p.query, "json")} download>
            JSON
          </a>
          <a href={mirrorExportUrl(p.query, "datapackage")} download>
            {t("datapackage")}
          </a>
          <a href={mirrorApiUrl(p.query)}>API</a>
          {tab === "chart" && (
            <ChartDownloads
              chartId={`${p.id}-chart`}
              fileStem={fileStem}
              title={`${title}, ${range.from}–${range.to}`}
              source={t("figureSource", { publishers: publishers.join("; "), factor: factor(view.cifFob) })}
            />
          )}
          <EmbedAction panelId={p.id} title={title} />
        </>
      }
    />
  );
}
