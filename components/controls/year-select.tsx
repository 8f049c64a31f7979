"use client";
// One year chosen from the years that have data (URL state `year`; the server re-renders for it).
import { useQueryStates } from "nuqs";
import { tradeParsers } from "@/lib/url-state";

export function YearSelect({ years, value, label }: { years: number[]; value: number; label: string }) {
  const [, setState] = useQueryStates(tradeParsers, { shallow: false, history: "replace", scroll: false });
  const latest = years[years.length - 1];
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        {label}{" "}
        <select value={value} onChange={(e) => setState({ year: Number(e.target.value) === latest ? null : Number(e.target.value) })}>
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
