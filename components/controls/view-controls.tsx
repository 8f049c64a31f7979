"use client";
// The page's year range (URL state: only what differs from "every year with data" is stored). Every panel of the page
// redraws for it in the browser.
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useId } from "react";
import { yearsBetween } from "@/lib/codes";
import { REAL_BASE_YEAR } from "@/lib/convert/real";
import { rangeParsers, realParsers } from "@/lib/url-state";

/** The checkbox of constant dollars (URL "real=true"): every US-dollar panel of the page redraws for it. */
export function ConstantDollarsToggle() {
  const t = useTranslations("panel");
  const [{ real }, setReal] = useQueryStates(realParsers, { history: "replace" });
  return (
    <label className="constant-dollars">
      <input type="checkbox" name="real" value="true" checked={real} onChange={(e) => setReal({ real: e.target.checked ? true : null })} />{" "}
      {t("constantDollars", { year: REAL_BASE_YEAR })} <small className="muted">{t("cpi")}</small>
    </label>
  );
}

export function YearRangeControls({
  label,
  extent,
  constantDollars = false,
}: {
  label?: string;
  extent: [number, number];
  /** Also offer constant dollars (pages with US-dollar panels). */
  constantDollars?: boolean;
}) {
  const t = useTranslations("panel");
  const [range, setRange] = useQueryStates(rangeParsers, { history: "replace" });
  const id = useId();
  const years = yearsBetween(extent[0], extent[1]);
  const from = range.from ?? extent[0];
  const to = range.to ?? extent[1];
  // Only what differs from the extent goes into the URL.
  const set = (f: number, t: number) => setRange({ from: f === extent[0] ? null : f, to: t === extent[1] ? null : t });
  return (
    <form className="view-controls year-range" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-legend`}>
      <span id={`${id}-legend`} className="control-title">
        {label ?? t("yearsShown")}
      </span>
      <label>
        {t("from")}{" "}
        <select value={from} onChange={(e) => set(Number(e.target.value), Math.max(Number(e.target.value), to))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("to")}{" "}
        <select value={to} onChange={(e) => set(Math.min(Number(e.target.value), from), Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {(range.from !== null || range.to !== null) && (
        <button type="button" onClick={() => setRange({ from: null, to: null })}>
          {t("allYears")}
        </button>
      )}
      {constantDollars && <ConstantDollarsToggle />}
    </form>
  );
}
