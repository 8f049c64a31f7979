// RIS records (TY  - DATA … ER  - ) for reference managers (Zotero, EndNote, Mendeley): the view with its data
// version, dates and pinned URL, then one record per dataset behind it. Tag lines are "XX  - value", CRLF-terminated.
import { datasets, dateParts, isUrl, MONITOR_NAME, titleWithYears, assertPinned, type CitedView } from "./view";

type Line = [tag: string, value: string | null | undefined];

/** One tag line; values are single lines (RIS has no continuation lines). */
function line([tag, value]: [string, string]): string {
  if (!/^[A-Z][A-Z0-9]$/.test(tag)) throw new Error(`not an RIS tag: ${tag}`);
  return `${tag}  - ${value.replace(/\s+/g, " ").trim()}`;
}

function record(lines: Line[]): string {
  const kept = lines.filter((l): l is [string, string] => l[1] !== null && l[1] !== undefined && l[1].trim() !== "");
  return [...kept.map(line), "ER  - "].join("\r\n");
}

/** RIS dates: YYYY/MM/DD. */
function risDate(d: string | Date): string {
  return dateParts(d).iso.replace(/-/g, "/");
}

export function formatRis(view: CitedView): string {
  assertPinned(view);
  const author = view.author ?? MONITOR_NAME;
  const [from, to] = view.years;
  const sources = datasets(view);
  const main = record([
    ["TY", "DATA"],
    ["AU", author],
    ["TI", titleWithYears(view)],
    ["PY", String(dateParts(view.versionDate).year)],
    ["DA", risDate(view.versionDate)],
    ["ET", `Data version ${view.dataVersion}`],
    ["PB", author],
    ["UR", view.permalink],
    ["Y2", risDate(view.accessed)],
    ["N1", `Years ${from}–${to}. Data version ${view.dataVersion} of ${dateParts(view.versionDate).iso}.`],
    ...sources.map((d): Line => ["N1", `Data: ${d.citations.join(" ")}`]),
  ]);
  const others = sources.map((d) =>
    record([
      ["TY", "DATA"],
      ["AU", d.publisher],
      ["TI", d.title],
      ["ET", d.vintage],
      ...d.locations.map((l): Line => [isUrl(l) ? "UR" : "AV", l]),
      ["N1", d.citations.join(" ")],
    ]),
  );
  return `${[main, ...others].join("\r\n")}\r\n`;
}
