"use client";
// Year range, log scale and % change: stored in the URL (only what differs from the default) and re-rendered on
// the server, so a shared link reopens the same view.
import { useQueryStates } from "nuqs";
import { FIRST_YEAR, LAST_YEAR, viewParsers } from "@/lib/url-state";

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export function ViewControls({ allowLog = true, allowPct = true }: { allowLog?: boolean; allowPct?: boolean }) {
  const [view, setView] = useQueryStates(viewParsers, { shallow: false, history: "replace" });
  return (
    <form className="view-controls" onSubmit={(e) => e.preventDefault()} aria-label="Chart settings">
      <label>
        From{" "}
        <select value={view.from} onChange={(e) => setView({ from: Number(e.target.value), to: Math.max(Number(e.target.value), view.to) })}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        To{" "}
        <select value={view.to} onChange={(e) => setView({ to: Number(e.target.value), from: Math.min(Number(e.target.value), view.from) })}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {allowLog && (
        <label>
          <input type="checkbox" checked={view.scale === "log"} onChange={(e) => setView({ scale: e.target.checked ? "log" : null })} /> Log scale
        </label>
      )}
      {allowPct && (
        <label>
          <input type="checkbox" checked={view.pct} onChange={(e) => setView({ pct: e.target.checked ? true : null })} /> % change
        </label>
      )}
      {(view.from !== FIRST_YEAR || view.to !== LAST_YEAR || view.scale !== "linear" || view.pct) && (
        <button type="button" onClick={() => setView({ from: null, to: null, scale: null, pct: null })}>
          Reset
        </button>
      )}
    </form>
  );
}
