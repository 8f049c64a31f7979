"use client";
// The frame every chart panel shares (series and mirror alike): heading, description, settings, the chart / table /
// sources tabs, the caption (flags explained, numbers in words, citation), the notes list and the downloads. The
// panel kind supplies each part from its view (lib/panel/*); this component only lays them out.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Tab } from "@/lib/url-state";
import { PanelTabs } from "./panel-tabs";

export interface PanelShellProps {
  id: string;
  title: string;
  description?: ReactNode;
  /** The panel's settings (log scale, % change…), above the figure. */
  settings?: ReactNode;
  tab: Tab;
  onTab: (tab: Tab) => void;
  chart: () => ReactNode;
  table: () => ReactNode;
  sources: () => ReactNode;
  caption: ReactNode;
  notes?: ReactNode;
  downloads: ReactNode;
  className?: string;
}

export function PanelShell(p: PanelShellProps) {
  const t = useTranslations("panel");
  const headingId = `${p.id}-title`;
  const content = { chart: p.chart, table: p.table, sources: p.sources };
  return (
    <section className={`panel${p.className ? ` ${p.className}` : ""}`} aria-labelledby={headingId} id={p.id}>
      <h2 id={headingId}>{p.title}</h2>
      {p.description && <div className="panel-description">{p.description}</div>}
      {p.settings}
      <figure className="panel-figure" aria-labelledby={headingId}>
        <PanelTabs label={t("tablist", { title: p.title })} tab={p.tab} onTab={p.onTab} render={(t) => content[t]()} />
        <figcaption>{p.caption}</figcaption>
      </figure>
      {p.notes}
      <div className="downloads" role="group" aria-label={t("downloadsLabel", { title: p.title })}>
        {p.downloads}
      </div>
    </section>
  );
}

/** A placeholder of the chart's height while its code loads (no layout shift), with the numbers in words meanwhile. */
export function ChartPlaceholder({ height = 380, words }: { height?: number; words?: string }) {
  return (
    <div className="chart-placeholder" style={{ minHeight: height }}>
      {words ? <p className="muted">{words}</p> : null}
    </div>
  );
}
