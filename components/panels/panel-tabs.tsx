"use client";
// Chart / Table / Sources tabs (WAI-ARIA tabs pattern); the selected tab is URL state.
import { useQueryStates } from "nuqs";
import { useId, useRef, type ReactNode } from "react";
import { TABS, panelParsers, panelUrlKeys, type Tab } from "@/lib/url-state";

const LABELS: Record<Tab, string> = { chart: "Chart", table: "Table", sources: "Sources" };

export function PanelTabs({
  chart,
  table,
  sources,
  label,
  stateKey = "",
}: {
  chart: ReactNode;
  table: ReactNode;
  sources: ReactNode;
  label: string;
  stateKey?: string;
}) {
  const [{ tab }, setState] = useQueryStates(
    { tab: panelParsers.tab },
    { urlKeys: { tab: panelUrlKeys(stateKey).tab }, history: "replace" },
  );
  const setTab = (t: Tab | null) => setState({ tab: t });
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const select = (t: Tab) => {
    setTab(t === "chart" ? null : t);
    refs.current[t]?.focus();
  };
  const content: Record<Tab, ReactNode> = { chart, table, sources };
  return (
    <div className="panel-tabs">
      <div role="tablist" aria-label={label}>
        {TABS.map((t, i) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[t] = el;
            }}
            role="tab"
            type="button"
            id={`${base}-${t}-tab`}
            aria-selected={tab === t}
            aria-controls={`${base}-${t}-panel`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => select(t)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight") select(TABS[(i + 1) % TABS.length]!);
              if (e.key === "ArrowLeft") select(TABS[(i + TABS.length - 1) % TABS.length]!);
              if (e.key === "Home") select(TABS[0]);
              if (e.key === "End") select(TABS[TABS.length - 1]!);
            }}
          >
            {LABELS[t]}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div key={t} role="tabpanel" id={`${base}-${t}-panel`} aria-labelledby={`${base}-${t}-tab`} hidden={tab !== t} tabIndex={0}>
          {content[t]}
        </div>
      ))}
    </div>
  );
}
