// APA 7 and Chicago (author-date, 17th ed.) references for a dashboard view and for each dataset behind it. The view's
// reference names its data version and date and links to the pinned permalink; the datasets follow as entries of
// their own, as both styles want for data a work draws on. Titles are italic: `segments` marks them, `text` is plain.
import {
  datasets,
  dateParts,
  isUrl,
  longDate,
  MONITOR_NAME,
  titleWithYears,
  assertPinned,
  type CitedDataset,
  type CitedView,
} from "./view";

export interface Segment {
  text: string;
  italic?: boolean;
}

/** One entry of a reference list: `segments` for rich text (italic titles), `text` for plain text. */
export interface Reference {
  segments: Segment[];
  text: string;
}

function reference(...parts: (string | Segment | null | false | undefined)[]): Reference {
  const segments = parts.filter((p): p is string | Segment => !!p).map((p) => (typeof p === "string" ? { text: p } : p));
  return { segments, text: segments.map((s) => s.text).join("") };
}

/** A sentence ends with one period, except after a URL (APA) or a mark that already ends it. */
function end(text: string, afterUrl = "."): string {
  const trimmed = text.trim();
  if (isUrl(trimmed.split(/\s/).pop() ?? "")) return `${trimmed}${afterUrl}`;
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** " (2021/22 vintage)" unless the title already says it. */
function version(d: CitedDataset): string {
  return d.vintage && !d.title.includes(d.vintage) ? ` (${d.vintage})` : "";
}

export function apaReferences(view: CitedView): Reference[] {
  assertPinned(view);
  const author = view.author ?? MONITOR_NAME;
  const made = dateParts(view.versionDate);
  const month = longDate(view.versionDate).split(" ")[0];
  const main = reference(
    `${end(author)} (${made.year}, ${month} ${made.day}). `,
    { text: titleWithYears(view), italic: true },
    ` (Data version ${view.dataVersion}) [Data set]. `,
    `Retrieved ${longDate(view.accessed)}, from ${view.permalink}`,
  );
  const sources = datasets(view).map((d) =>
    reference(
      `${end(d.publisher)} (n.d.). `,
      { text: d.title, italic: true },
      `${version(d)} [Data set]. `,
      end(d.locations.join("; "), ""),
    ),
  );
  return [main, ...sources];
}

export function chicagoReferences(view: CitedView): Reference[] {
  assertPinned(view);
  const author = view.author ?? MONITOR_NAME;
  const made = dateParts(view.versionDate);
  const main = reference(
    `${end(author)} ${made.year}. `,
    { text: titleWithYears(view), italic: true },
    `. Data version ${view.dataVersion}, ${longDate(view.versionDate)}. Dataset. Accessed ${longDate(view.accessed)}. `,
    end(view.permalink),
  );
  const sources = datasets(view).map((d) =>
    reference(`${end(d.publisher)} n.d. `, { text: d.title, italic: true }, `.${version(d)} Dataset. `, end(d.locations.join("; "))),
  );
  return [main, ...sources];
}

/** The reference list as plain text: one entry per paragraph, the view first. */
export function formatApa(view: CitedView): string {
  return apaReferences(view)
    .map((r) => r.text)
    .join("\n\n");
}

export function formatChicago(view: CitedView): string {
  return chicagoReferences(view)
    .map((r) => r.text)
    .join("\n\n");
}
