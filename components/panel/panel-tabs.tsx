"use client";
// Chart / Table / Sources tabs (WAI-ARIA tabs pattern). Only the selected tab's content is rendered: a table or a list
// of sources that nobody opened is not sent or built. The selected tab is URL state, owned by the panel.
import { useTranslations } from "next-intl";
import { useId, useRef, type ReactNode } from "react";
import { TABS, type Tab } from "@/lib/url-state";

export function PanelTabs(props: { label: string; tab: Tab; onTab: (tab: Tab) => void; render: (tab: Tab) => ReactNode }) {
  const { label, tab, onTab, render } = props;
  const labels = useTranslations("panel.tabs");
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const select = (next: Tab) => {
    onTab(next);
    refs.current[next]?.focus();
  };
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
            {labels(t)}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div key={t} role="tabpanel" id={`${base}-${t}-panel`} aria-labelledby={`${base}-${t}-tab`} hidden={tab !== t} tabIndex={0}>
          {tab === t ? render(t) : null}
        </div>
      ))}
    </div>
  );
}
