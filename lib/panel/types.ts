// The chart-panel model: what the server sends for one panel (its payload, loaded once per data version) and what the
// browser computes from it for the current URL state (the view). Every panel — series and mirror alike — is a payload
// plus pure functions from (payload, state) to a view; the chart, the table, the downloads and the URL each read only
// the part of the view they need. Types only.
import type { Deflator } from "../convert/real";
import type { NoteKind } from "../generated/prisma/enums";
import type { StatementRow } from "../series/statements";

export type { Deflator };

/** A source as a panel shows it (tooltips, table cells, the sources tab). */
export interface SourceInfo {
  key: string;
  publisher: string;
  title: string;
  /** Short label for tooltips and cells (lib/labels.ts sourceLabel). */
  label: string;
  location: string;
  vintage: string | null;
  type: string;
  /** Lower wins the headline pick (lib/series/headline.ts). */
  rank: number;
  citation: string;
}

/** A note as a panel draws and lists it: its text is fetched when a reader opens it (NoteDetail, /api/notes). */
export interface NoteInfo {
  /** The note's stable reference ("N12"): its anchor, and the key of its text in /api/notes. */
  ref: string;
  kind: NoteKind;
  /** In the page's locale when the project translated it (lib/notes/text.ts), else as written. */
  title: string;
  /** The language `title` is in (its `lang`). */
  titleLang: string;
  /**
   * When `title` is a translation: the language it was written in (absent when shown as written). A panel's note leaves
   * out the title as written: it comes with the note's text when a reader opens it (NoteDetail, /api/notes).
   */
  original?: { language: string; title?: string };
  /** The figure as the source gave it: never translated. */
  quotedValue: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  periodLabel: string | null;
}

/** A note with its full text and source. */
export interface NoteDetail extends NoteInfo {
  /** When `title` is a translation: the title as written and its language. */
  original?: { language: string; title: string };
  body: string;
  bodyLang: string;
  /** When `body` is a translation: the body as written (in `original.language`). */
  originalBody?: string;
  /** Who or what translated the note, when anything of it is shown translated. */
  translatedBy?: string;
  source: { publisher: string; title: string; location: string } | null;
}

/** One line of a series chart. */
export interface LineSpec {
  code: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** Draw points only (quoted statements: not a continuous series). */
  pointsOnly?: boolean;
}

/** A term of a derived series (turnover = X + M): its series and sign. */
export interface DerivedTerm {
  code: string;
  sign: 1 | -1;
}

/** The stored value behind a derived one for one term (in the order of the line's terms). */
export interface PointComponent {
  value: string;
  /** Index into the payload's sources. */
  source: number;
  vintage?: string;
  flags?: string[];
}

/** The headline value of one series in one year (fields that would be empty are left out: the page carries hundreds). */
export interface SeriesPoint {
  year: number;
  /** Exact decimal text as stored. */
  value: string;
  /** Indexes into the payload's sources (two for a derived value from different sources). */
  sources: number[];
  /** Index into the payload's publishers: who produced the figure (a quoted statement names the office it quotes). */
  publisher: number;
  vintage?: string;
  /** YYYY-MM-DD: the date of the vintage (release, download or publication). */
  vintageDate?: string;
  flags?: string[];
  qualifier?: string;
  /** A quoted statement (or computed from one) rather than a statistical database value. */
  statement?: true;
  components?: PointComponent[];
}

/** What a series panel shows before its data arrive: its frame (a panel below the first screen loads the rest later). */
export interface SeriesPanelFrame {
  kind: "series";
  id: string;
  /** Prefix of this panel's URL keys ("" for a page's only panel). */
  stateKey: string;
  title: string;
  unit: string;
  axisLabel: string;
  lines: LineSpec[];
  drawKinds: NoteKind[];
  allowLog: boolean;
  allowPct: boolean;
  /** Codes of the "full series" download (the panel's codes and the components of derived series). */
  fullCodes: string[];
  /** null: the notes are listed under this chart; else the id of the panel above that lists them (linked, not repeated). */
  notesListedIn: string | null;
}

export interface SeriesPanelPayload extends SeriesPanelFrame {
  /** For panels in current US dollars: the deflator of the constant-dollar view; null otherwise. */
  deflator: Deflator | null;
  /** The terms of each derived line (its points' components follow this order). */
  terms: Record<string, DerivedTerm[]>;
  /** Headline annual values of every line, every year the database holds. */
  points: Record<string, SeriesPoint[]>;
  sources: SourceInfo[];
  /** The publishers the points name (SeriesPoint.publisher). */
  publishers: string[];
  /** Notes on these series: the kinds in `drawKinds` are drawn on their years, the others listed. */
  notes: NoteInfo[];
}

/** The URL state one panel reads: the page's year range and the panel's own settings. */
export interface PanelState {
  from: number | null;
  to: number | null;
  /** Constant dollars (of the deflator's base year) instead of current dollars, for US-dollar panels. */
  real?: boolean;
  tab: "chart" | "table" | "sources";
  scale: "linear" | "log";
  pct: boolean;
  /** The data version of a pinned view (`v=`): downloads and figures are of the values as of then. */
  v?: string | null;
}

/** A quoted figure's series on a dated chart (debt): drawn as markers, not a line. */
export interface DatedSeries {
  code: string;
  label: string;
  color: string;
  shape?: "circle" | "square" | "diamond" | "triangle";
}

/** One quoted figure at its date. */
export interface DatedPoint {
  code: string;
  /** Milliseconds since the epoch. */
  x: number;
  y: number;
  when: string;
  display: string;
  source: string;
  flags: string;
}

/** A chart of quoted figures at their dates, as its panel and its embed show it (lib/pages/debt-chart.ts builds it). */
export interface DatedChart {
  id: string;
  /** Prefix of the panel's URL keys. */
  stateKey: string;
  title: string;
  series: DatedSeries[];
  points: DatedPoint[];
  /** First and last year of the figures drawn (what a citation names), null when none is. */
  years: [number, number] | null;
  /** The table of every figure (components/tables/statements-table.tsx). */
  rows: StatementRow[];
  tableCaption: string;
  sources: SourceInfo[];
  unit: string;
  axisLabel: string;
  downloads: { csv: string; json: string };
  citation: string;
}
