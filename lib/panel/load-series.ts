// Builds a series panel's payload on the server: every headline annual value of its lines (all years: the browser
// cuts the year range), the sources they cite and the notes about them. Loaded through the one query module, once per
// data version (the page that calls it is cached per version).
import "server-only";
import { cache } from "react";
import type { Domain, NoteKind } from "../generated/prisma/enums";
import { sourceLabel } from "../labels";
import { getNotes, type NoteRow } from "../notes/queries";
import { expandCodes, sourceKeysOf } from "../series/derived";
import { findSeries, getObservations, getSources } from "../series/queries";
import { isStatementPoint, isAnnualPoint } from "../series/points";
import type { SourceRef } from "../series/types";
import { unitAxisLabel } from "../format";
import { loadDeflator } from "../convert/queries";
import { isUsdUnit, REAL_BASE_YEAR, type Deflator } from "../convert/real";
import type { LineSpec, NoteDetail, NoteInfo, SeriesPanelPayload, SeriesPoint, SourceInfo } from "./types";

export interface SeriesPanelSpec {
  id: string;
  stateKey?: string;
  title: string;
  lines: readonly LineSpec[];
  noteDomain?: Domain;
  /** Note kinds drawn on the chart; the others are listed in full under it. */
  drawKinds?: NoteKind[];
  allowLog?: boolean;
  allowPct?: boolean;
  axisLabel?: string;
  /** The id of a panel above that lists the same notes: this one names them and links there instead of repeating them. */
  notesListedIn?: string;
}

// One object per source and per note within a render: panels of a page share them, and React sends a shared object
// to the browser once (later uses are references), so four panels citing the same sources do not carry them four times.
const sourceRegistry = cache(() => new Map<string, SourceInfo>());
const deflatorOfRender = cache((): Promise<Deflator | null> => loadDeflator(REAL_BASE_YEAR));
const noteRegistry = cache(() => new Map<string, NoteInfo>());

export function sharedSourceInfo(s: SourceRef): SourceInfo {
  const registry = sourceRegistry();
  let info = registry.get(s.key);
  if (!info) registry.set(s.key, (info = toSourceInfo(s)));
  return info;
}

export function sharedNoteInfo(n: NoteRow): NoteInfo {
  const registry = noteRegistry();
  let info = registry.get(n.key);
  if (!info) registry.set(n.key, (info = toNoteInfo(n)));
  return info;
}

export function toSourceInfo(s: SourceRef): SourceInfo {
  return {
    key: s.key,
    publisher: s.publisher,
    title: s.title,
    label: sourceLabel(s),
    location: s.location,
    vintage: s.vintage,
    type: s.datasetType,
    rank: s.rank,
    citation: s.citation,
  };
}

export function toNoteInfo(n: NoteRow): NoteInfo {
  return {
    ref: n.ref,
    kind: n.kind,
    title: n.title,
    titleLang: n.titleLang,
    // Absent rather than null: most notes are shown as written, and every byte of a payload is sent twice (HTML, RSC).
    // The title as written comes with the text, when a reader opens the note (toNoteDetail).
    ...(n.original && { original: { language: n.original.language } }),
    quotedValue: n.quotedValue,
    yearFrom: n.yearFrom,
    yearTo: n.yearTo,
    periodLabel: n.periodLabel,
  };
}

export function toNoteDetail(n: NoteRow): NoteDetail {
  const { original: _language, ...info } = toNoteInfo(n);
  return {
    ...info,
    ...(n.original && { original: { language: n.original.language, title: n.original.title } }),
    body: n.body,
    bodyLang: n.bodyLang,
    ...(n.original?.body && { originalBody: n.original.body }),
    ...(n.original && { translatedBy: n.original.translatedBy }),
    source: n.source ? { publisher: n.source.publisher, title: n.source.title, location: n.source.location } : null,
  };
}

/**
 * The panel's payload; with `asOf`, the values as they were at that data version (a pinned view); its notes' words as
 * a page in `locale` shows them (default: as written).
 */
export async function loadSeriesPanel(
  spec: SeriesPanelSpec,
  { locale, ...pin }: { asOf?: string; locale?: string } = {},
): Promise<SeriesPanelPayload> {
  const codes = spec.lines.map((l) => l.code);
  const components = expandCodes(codes).stored;
  const [series, observations, notes] = await Promise.all([
    findSeries(codes),
    getObservations(codes, pin),
    getNotes({ seriesCodes: [...codes, ...components], domain: spec.noteDomain, locale }),
  ]);
  const sources = await getSources([...new Set(observations.flatMap(sourceKeysOf))]);
  const sourceIndex = new Map(sources.map((s, i) => [s.key, i]));
  const unitOf = new Map(series.map((s) => [s.code, s.unit]));
  const points: Record<string, SeriesPoint[]> = Object.fromEntries(codes.map((c) => [c, []]));
  const publishers: string[] = [];
  const publisherIndex = (name: string) => {
    const i = publishers.indexOf(name);
    return i >= 0 ? i : publishers.push(name) - 1;
  };
  for (const o of observations) {
    if (!o.headline || !isAnnualPoint(o) || !(o.seriesCode in points)) continue;
    const list = points[o.seriesCode]!;
    if (list.at(-1)?.year === o.year) continue;
    list.push({
      year: o.year,
      value: o.value,
      sources: sourceKeysOf(o).map((k) => sourceIndex.get(k)!),
      publisher: publisherIndex(o.publisher),
      ...(o.vintage ? { vintage: o.vintage } : {}),
      ...(o.vintageDate ? { vintageDate: o.vintageDate } : {}),
      ...(o.flags.length ? { flags: o.flags } : {}),
      ...(o.qualifier ? { qualifier: o.qualifier } : {}),
      ...(isStatementPoint(o) ? { statement: true as const } : {}),
      ...(o.components
        ? {
            components: o.components.map((c) => ({
              value: c.value,
              source: sourceIndex.get(c.sourceKey)!,
              ...(c.vintage ? { vintage: c.vintage } : {}),
              ...(c.flags.length ? { flags: c.flags } : {}),
            })),
          }
        : {}),
    });
  }
  const unit = unitOf.get(codes.find((c) => unitOf.has(c)) ?? "") ?? "";
  const deflator = isUsdUnit(unit) ? await deflatorOfRender() : null;
  return {
    kind: "series",
    id: spec.id,
    stateKey: spec.stateKey ?? "",
    title: spec.title,
    unit,
    axisLabel: spec.axisLabel ?? unitAxisLabel(unit),
    lines: spec.lines.filter((l) => unitOf.has(l.code)).map((l) => ({ ...l })),
    terms: Object.fromEntries(
      expandCodes(codes).derived.flatMap((d) => (d.terms ? [[d.code, d.terms.map((t) => ({ code: t.code, sign: t.sign }))]] : [])),
    ),
    points,
    sources: sources.map(sharedSourceInfo),
    publishers,
    deflator,
    notes: notes.map(sharedNoteInfo),
    drawKinds: spec.drawKinds ?? ["event", "discrepancy_statement"],
    allowLog: spec.allowLog ?? true,
    allowPct: spec.allowPct ?? true,
    fullCodes: [...new Set([...codes.filter((c) => unitOf.has(c)), ...components])],
    notesListedIn: spec.notesListedIn ?? null,
  };
}
