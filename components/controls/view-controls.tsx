"use client";
// Chart settings stored in the URL (only what differs from the default), so a shared link reopens the same view.
//  - YearRangeControls: the page's year range; the server re-renders the panels for it.
//  - ChartOptions: one panel's log scale and % change; the chart redraws in the browser.
import { useQueryStates } from "nuqs";
import { useId } from "react";
import { FIRST_YEAR, LAST_YEAR, panelParsers, panelUrlKeys, rangeParsers } from "@/lib/url-state";

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export function YearRangeControls({ label = "Years shown" }: { label?: string }) {
  const [range, setRange] = useQueryStates(rangeParsers, { shallow: false, history: "replace" });
  const id = useId();
  return (
    <form className="view-controls year-range" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-legend`}>
      <span id={`${id}-legend`} className="control-title">
        {label}
      </span>
      <label>
        From{" "}
        <select
          value={range.from}
          onChange={(e) => setRange({ from: Number(e.target.value), to: Math.max(Number(e.target.value), range.to) })}
        >
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        To{" "}
        <select
          value={range.to}
          onChange={(e) => setRange({ to: Number(e.target.value), from: Math.min(Number(e.target.value), range.from) })}
        >
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {(range.from !== FIRST_YEAR || range.to !== LAST_YEAR) && (
        <button type="button" onClick={() => setRange({ from: null, to: null })}>
          All years
        </button>
      )}
    </form>
  );
}

export function ChartOptions({
  stateKey = "",
  allowLog = true,
  allowPct = true,
  panelTitle,
}: {
  stateKey?: string;
  allowLog?: boolean;
  allowPct?: boolean;
  panelTitle: string;
}) {
  const [options, setOptions] = useQueryStates(panelParsers, { urlKeys: panelUrlKeys(stateKey), history: "replace" });
  if (!allowLog && !allowPct) return null;
  return (
    <form className="view-controls" onSubmit={(e) => e.preventDefault()} aria-label={`Chart settings: ${panelTitle}`}>
      {allowLog && (
        <label>
          <input
            type="checkbox"
            checked={options.scale === "log"}
            onChange={(e) => setOptions(e.target.checked ? { scale: "log", pct: null } : { scale: null })}
          />{" "}
          Log scale
        </label>
      )}
      {allowPct && (
        <label>
          <input
            type="checkbox"
            checked={options.pct}
            onChange={(e) => setOptions(e.target.checked ? { pct: true, scale: null } : { pct: null })}
          />{" "}
          % change on previous year
        </label>
      )}
    </form>
  );
}
