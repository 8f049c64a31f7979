"use client";
// Notes on a chart: one badge per span of years ("N12", lib/notes/markers.ts), placed with the chart's own x scale in
// rows above the plot, focusable, showing the notes' full text on hover or keyboard focus. Shared by every chart.
// The active marker lives in a small store outside the chart's React state: showing its text must not re-render the
// chart, which would replace the focused badge and lose keyboard focus.
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { usePlotArea, useXAxisScale } from "recharts";
import { fitMarkers, markerWidth, notePeriod, notePeriodLang, type NoteMarker } from "@/lib/notes/markers";
import type { NoteInfo } from "@/lib/panel/types";
import { useNoteTexts } from "@/components/panel/use-note-text";
import { NoteWordingMark } from "@/components/notes/note-wording";

/** Rows of markers above the plot (the chart's top margin leaves room for them). */
export const MARKER_ROWS = 3;
export const MARKER_ROW_HEIGHT = 19;

export function createMarkerStore() {
  let active: NoteMarker<NoteInfo> | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => active,
    set: (next: NoteMarker<NoteInfo> | null) => {
      active = next;
      for (const l of listeners) l();
    },
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}
export type MarkerStore = ReturnType<typeof createMarkerStore>;

export function useMarkerStore(): MarkerStore {
  const [store] = useState(createMarkerStore);
  return store;
}

/** The text of the active marker's notes, above the chart (an HTML sibling of the SVG). */
export function NotePopover({ store }: { store: MarkerStore }) {
  const active = useSyncExternalStore(store.subscribe, store.get, () => null);
  const texts = useNoteTexts(active?.notes.map((n) => n.ref) ?? [], active !== null);
  const t = useTranslations("notes_panel");
  if (!active) return null;
  return (
    <div className="note-popover" role="tooltip">
      {active.notes.map((n) => {
        const text = texts?.get(n.ref);
        return (
          <p key={n.ref}>
            <strong>
              {n.ref}
              {notePeriod(n) ? <span lang={notePeriodLang(n)}> · {notePeriod(n)}</span> : null} · {t(`kinds.${n.kind}`)}
            </strong>
            <br />
            <span lang={n.titleLang}>{n.title}</span>
            {n.original ? <NoteWordingMark note={n} locale={n.titleLang} /> : null}.{" "}
            <span className="muted" lang={text?.bodyLang}>
              {text ? text.body : texts === null ? t("noteNotLoaded") : "…"}
            </span>
            {n.quotedValue ? <span lang={n.original?.language ?? n.titleLang}> ({n.quotedValue})</span> : null}
            {text?.source ? <span className="muted"> — {text.source.publisher}</span> : null}
          </p>
        );
      })}
    </div>
  );
}

function Badge({
  marker,
  x,
  y,
  store,
  panelId,
  tabbable,
  onArrow,
}: {
  marker: NoteMarker<NoteInfo>;
  x: number;
  y: number;
  store: MarkerStore;
  panelId: string;
  /** One marker of a chart is in the tab order; the arrow keys move between them (a roving tabindex). */
  tabbable: boolean;
  onArrow: (key: string, from: Element) => void;
}) {
  const t = useTranslations("notes_panel");
  // "N12", "N12, N15", or the count of notes ("3 notes") in the locale.
  const label = marker.notes.length > 2 ? t("markerCount", { count: marker.notes.length }) : marker.label;
  const w = markerWidth(label);
  const titles = marker.notes.map((n) => `${[n.ref, notePeriod(n)].filter(Boolean).join(" ")}: ${n.title}`).join("; ");
  const open = () => {
    // Following a marker opens the note in the list under the chart (and the collapsed list holding it).
    const item = document.getElementById(`${panelId}-note-${marker.notes[0]!.ref}`);
    for (let el = item?.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
    const details = item?.querySelector("details");
    if (details) details.open = true;
    store.set(marker);
  };
  return (
    <a
      href={`#${panelId}-note-${marker.notes[0]!.ref}`}
      className="note-marker"
      aria-label={t("markerAria", { label, titles })}
      data-note={marker.id}
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => store.set(marker)}
      onBlur={() => store.set(null)}
      onMouseEnter={() => store.set(marker)}
      onMouseLeave={() => store.set(null)}
      onClick={open}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === "Escape") store.set(null);
        else if (["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(e.key)) {
          e.preventDefault();
          onArrow(e.key, e.currentTarget);
        }
      }}
    >
      <rect x={x - w / 2} y={y - 14} width={w} height={16} rx={8} fill="#eef2ff" stroke="#6366f1" />
      <text x={x} y={y - 2} textAnchor="middle" fontSize={11} fontWeight={600} fill="#3730a3">
        {label}
      </text>
    </a>
  );
}

/** The markers, as a child of a Recharts chart (it reads the chart's x scale and plot area). */
export function NoteMarkers({ markers, store, panelId }: { markers: NoteMarker<NoteInfo>[]; store: MarkerStore; panelId: string }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const [current, setCurrent] = useState(0);
  const t = useTranslations("notes_panel");
  if (!xScale || !plot || markers.length === 0) return null;
  const placed = markers
    .map((m) => {
      const a = xScale(m.yearFrom, { position: "middle" });
      const b = xScale(m.yearTo, { position: "middle" });
      const x = a === undefined ? b : b === undefined ? a : (a + b) / 2;
      return { marker: m, x: x ?? Number.NaN, width: markerWidth(m.label) };
    })
    .filter((m) => Number.isFinite(m.x));
  // Badges never overlap: on a narrow chart neighbouring markers merge ("4 notes").
  const fitted = fitMarkers(placed, MARKER_ROWS);
  const tabbable = Math.min(current, fitted.length - 1);
  const onArrow = (key: string, from: Element) => {
    const all = [...(from.closest(".note-markers")?.querySelectorAll<SVGAElement>("a.note-marker") ?? [])];
    const i = all.indexOf(from as SVGAElement);
    const next =
      key === "Home"
        ? 0
        : key === "End"
          ? all.length - 1
          : key === "ArrowLeft" || key === "ArrowUp"
            ? Math.max(0, i - 1)
            : Math.min(all.length - 1, i + 1);
    setCurrent(next);
    all[next]?.focus();
  };
  return (
    <g className="note-markers" role="group" aria-label={t("markersAria", { count: fitted.length })}>
      {fitted.map((m, k) => (
        <Badge
          key={`${k}:${m.marker.id}`}
          marker={m.marker}
          x={m.x}
          y={plot.y - 4 - m.row * MARKER_ROW_HEIGHT}
          store={store}
          panelId={panelId}
          tabbable={k === tabbable}
          onArrow={onArrow}
        />
      ))}
    </g>
  );
}
