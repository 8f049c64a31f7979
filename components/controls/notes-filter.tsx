"use client";
// Kind and year range of the notes list (URL state `kind`, `from`, `to`; the server re-renders the list).
import { useQueryStates } from "nuqs";
import { NOTE_KIND_LABEL } from "@/lib/notes/links";
import { FIRST_YEAR, LAST_YEAR, NOTE_KINDS, notesParsers } from "@/lib/url-state";

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export function NotesFilter() {
  const [filter, setFilter] = useQueryStates(notesParsers, { shallow: false, history: "replace" });
  const filtered = filter.kind !== null || filter.from !== null || filter.to !== null;
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter notes">
      <label>
        Kind{" "}
        <select value={filter.kind ?? ""} onChange={(e) => setFilter({ kind: NOTE_KINDS.find((k) => k === e.target.value) ?? null })}>
          <option value="">All kinds</option>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {NOTE_KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        From{" "}
        <select value={filter.from ?? ""} onChange={(e) => setFilter({ from: e.target.value ? Number(e.target.value) : null })}>
          <option value="">any year</option>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        To{" "}
        <select value={filter.to ?? ""} onChange={(e) => setFilter({ to: e.target.value ? Number(e.target.value) : null })}>
          <option value="">any year</option>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <button type="button" onClick={() => setFilter({ kind: null, from: null, to: null })}>
          Show all notes
        </button>
      )}
    </form>
  );
}
