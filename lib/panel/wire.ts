// A series panel's payload as a page sends it inline (the first screen's panel): what the browser can rebuild is left
// out — a source's label, its built citation, a location that is its key, and a point's vintage and vintage date where
// they are those of the line's previous point. The panel unpacks it once (`unpackPanelPayload`); the API
// (/api/panels/{id}) and every server-side reader keep the full payload. Pure.
import { compactSource, expandSource } from "../citation/source";
import { sourceLabel } from "../labels";
import type { SeriesPanelPayload, SeriesPoint, SourceInfo } from "./types";

/** A payload sent through `packPanelPayload`. */
export type PackedPanelPayload = SeriesPanelPayload & { packed: true };

export function packPanelPayload(p: SeriesPanelPayload): PackedPanelPayload {
  const sources = p.sources.map((s): SourceInfo => ({ ...compactSource(s), label: "" }));
  const points = Object.fromEntries(
    Object.entries(p.points).map(([code, list]) => {
      let previous: Pick<SeriesPoint, "vintage" | "vintageDate"> = {};
      return [
        code,
        list.map((point) => {
          const { vintage, vintageDate, ...rest } = point;
          const same = vintage === previous.vintage && vintageDate === previous.vintageDate;
          previous = { vintage, vintageDate };
          // "" says "none" where the previous point had one; left out, the value is the previous point's.
          return same ? rest : { ...rest, vintage: vintage ?? "", vintageDate: vintageDate ?? "" };
        }),
      ];
    }),
  );
  return { ...p, sources, points, packed: true };
}

/** The full payload of a packed one; a full payload as it is. */
export function unpackPanelPayload(p: SeriesPanelPayload | PackedPanelPayload): SeriesPanelPayload {
  if (!("packed" in p)) return p;
  const { packed: _packed, ...rest } = p;
  const sources = p.sources.map((s): SourceInfo => ({ ...expandSource(s), label: sourceLabel(s) }));
  const points = Object.fromEntries(
    Object.entries(p.points).map(([code, list]) => {
      let vintage: string | undefined;
      let vintageDate: string | undefined;
      return [
        code,
        list.map((point): SeriesPoint => {
          if (point.vintage !== undefined) [vintage, vintageDate] = [point.vintage || undefined, point.vintageDate || undefined];
          const { vintage: _v, vintageDate: _d, ...base } = point;
          return { ...base, ...(vintage !== undefined ? { vintage } : {}), ...(vintageDate !== undefined ? { vintageDate } : {}) };
        }),
      ];
    }),
  );
  return { ...rest, sources, points };
}
