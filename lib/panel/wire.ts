// A series panel's payload as a page sends it inline (the first screen's panel): what the browser can rebuild is left
// out — a source's label, its built citation, a location that is its key, and a point's sources, publisher, vintage and
// vintage date where they are those of the line's previous point; a point is a tuple, not an object with its keys. The
// panel unpacks it once (`unpackPanelPayload`); the API (/api/panels/{id}) and every server-side reader keep the full
// payload. Pure.
import { compactSource, expandSource } from "../citation/source";
import { sourceLabel } from "../labels";
import type { SeriesPanelPayload, SeriesPoint, SourceInfo } from "./types";

/**
 * A point as a tuple: year, value, then its sources and publisher where they are not the line's previous point's, and
 * last what else it has (`PointExtras`) when it has anything.
 */
type PackedPoint = [number, string] | [number, string, number[], number] | [number, string, number[], number, PointExtras];
type PointExtras = Omit<SeriesPoint, "year" | "value" | "sources" | "publisher">;

/** A payload sent through `packPanelPayload`. */
export type PackedPanelPayload = Omit<SeriesPanelPayload, "points"> & { points: Record<string, PackedPoint[]>; packed: true };

const sameSources = (a: number[] | undefined, b: number[]) => a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

export function packPanelPayload(p: SeriesPanelPayload): PackedPanelPayload {
  const sources = p.sources.map((s): SourceInfo => ({ ...compactSource(s), label: "" }));
  const points = Object.fromEntries(
    Object.entries(p.points).map(([code, list]) => {
      let previous: Pick<SeriesPoint, "vintage" | "vintageDate"> = {};
      let from: Pick<SeriesPoint, "sources" | "publisher"> | undefined;
      return [
        code,
        list.map((point): PackedPoint => {
          const { year, value, sources: ids, publisher, vintage, vintageDate, ...rest } = point;
          const same = vintage === previous.vintage && vintageDate === previous.vintageDate;
          previous = { vintage, vintageDate };
          // "" says "none" where the previous point had one; left out, the value is the previous point's.
          const extras: PointExtras = same ? rest : { ...rest, vintage: vintage ?? "", vintageDate: vintageDate ?? "" };
          const sameFrom = from !== undefined && from.publisher === publisher && sameSources(from.sources, ids);
          from = { sources: ids, publisher };
          if (Object.keys(extras).length > 0) return [year, value, ids, publisher, extras];
          return sameFrom ? [year, value] : [year, value, ids, publisher];
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
      let ids: number[] = [];
      let publisher = 0;
      return [
        code,
        list.map(([year, value, pointSources, pointPublisher, extras]): SeriesPoint => {
          if (pointSources !== undefined && pointPublisher !== undefined) [ids, publisher] = [pointSources, pointPublisher];
          const { vintage: v, vintageDate: d, ...base } = extras ?? {};
          if (v !== undefined) [vintage, vintageDate] = [v || undefined, d || undefined];
          return {
            year,
            value,
            sources: ids,
            publisher,
            ...base,
            ...(vintage !== undefined ? { vintage } : {}),
            ...(vintageDate !== undefined ? { vintageDate } : {}),
          };
        }),
      ];
    }),
  );
  return { ...rest, sources, points };
}
