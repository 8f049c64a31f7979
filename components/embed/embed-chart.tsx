"use client";
// A chart alone, for other sites to frame (/embed/{panel id}): title, the chart with its legend and note markers, the
// flagged points explained, the notes, the source line with the data version, and a link back to the full view. The
// URL state is the page's (years, scale, % change, constant dollars, v); the height follows the content through
// postMessage so the parent's iframe can fit it (lib/embed/snippet.ts).
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useEffect, useMemo } from "react";
import { DrawnNotes } from "@/components/panel/note-list";
import { ChartPlaceholder } from "@/components/panel/panel-shell";
import { useWarningText } from "@/components/panel/use-warning-text";
import { useDataVersion } from "@/components/site/data-version";
import { EMBED_HEIGHT_MESSAGE } from "@/lib/embed/snippet";
import { seriesView } from "@/lib/panel/series-view";
import type { SeriesPanelPayload } from "@/lib/panel/types";
import { panelParsers, panelUrlKeys, rangeParsers, realParsers } from "@/lib/url-state";

const TimeSeriesChart = dynamic(() => import("@/components/charts/time-series-chart"), {
  ssr: false,
  loading: () => <ChartPlaceholder height={340} />,
});

function useReportHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const send = () => window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: document.documentElement.scrollHeight }, "*");
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, []);
}

export function EmbedChart({ payload, citationYear, backHref }: { payload: SeriesPanelPayload; citationYear: number; backHref: string }) {
  const [range] = useQueryStates(rangeParsers);
  const [{ real }] = useQueryStates(realParsers);
  const [options] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(payload.stateKey) });
  const { version, committedAt, pinned } = useDataVersion();
  const view = useMemo(
    () => seriesView(payload, { ...range, ...options, tab: "chart", real }, citationYear),
    [payload, range, options, real, citationYear],
  );
  useReportHeight();
  const t = useTranslations("embedChart");
  const seriesT = useTranslations("seriesPanel");
  const warningText = useWarningText();
  const date = committedAt ? committedAt.slice(0, 10) : null;
  const publishers = [...new Set([...payload.sources].sort((a, b) => a.rank - b.rank).map((s) => s.publisher))];
  const span = view.span ? `${view.span[0]}–${view.span[1]}` : "";
  return (
    <article className="embed" aria-labelledby="embed-title">
      <h1 id="embed-title">
        <a href={backHref} target="_blank" rel="noopener">
          {payload.title}
        </a>
      </h1>
      <p className="muted embed-subtitle">
        {view.axisLabel}
        {span ? `, ${span}` : ""}
      </p>
      {view.span ? (
        <div id={`${payload.id}-chart`}>
          <TimeSeriesChart
            panelId={payload.id}
            notesPanelId={payload.id}
            title={`${payload.title}, ${span}`}
            lines={payload.lines}
            rows={view.rows}
            points={view.points}
            sources={payload.sources}
            terms={payload.terms}
            publishers={payload.publishers}
            markers={view.markers}
            unit={view.unit}
            valueUnit={payload.unit}
            axisLabel={view.axisLabel}
            realBase={view.real ? payload.deflator!.baseYear : null}
            log={view.log}
            pct={view.pct}
            height={340}
          />
        </div>
      ) : (
        <p className="empty">{t("empty")}</p>
      )}
      {(view.warnings.length > 0 || view.statementYears.length > 0) && (
        <ul className="flag-legend">
          {view.warnings.length > 0 && (
            <li>
              <span className="legend-mark legend-warning" aria-hidden="true" />{" "}
              {seriesT("notMeasured", { warnings: warningText(view.warnings) })}
            </li>
          )}
          {view.statementYears.length > 0 && (
            <li>
              <span className="legend-mark legend-statement" aria-hidden="true" />{" "}
              {seriesT("fromStatement", { years: view.statementYears.join(", ") })}
            </li>
          )}
        </ul>
      )}
      <DrawnNotes panelId={payload.id} notes={view.drawnNotes} open={false} heading={t("notes")} />
      <p className="embed-source">
        {t("sources")}: {publishers.join("; ")}. {t(pinned ? "asOfNewer" : "asOf", { site: t("site"), date: date ?? "—", version })}.{" "}
        <a href={backHref} target="_blank" rel="noopener">
          {t("back")}
        </a>
      </p>
    </article>
  );
}
