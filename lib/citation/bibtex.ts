// BibTeX (biblatex-compatible) entries: @misc for the view, with its data version, dates and pinned URL, and one
// @misc per dataset behind it. Text fields are escaped for (La)TeX; UTF-8 text (Cyrillic, Chinese) is kept as is.
import { datasets, dateParts, isUrl, MONITOR_NAME, titleWithYears, assertPinned, type CitedView } from "./view";

const TEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** Escapes a text field for BibTeX/LaTeX: the ten special characters, en and em dashes as -- and ---. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}$&%#_^~]/g, (c) => TEX_SPECIAL[c]!)
    .replace(/—/g, "---")
    .replace(/–/g, "--")
    .replace(/\s+/g, " ")
    .trim();
}

/** URLs are verbatim in url fields (biblatex, the url package): only braces, which would end the field, are encoded. */
function escapeUrl(url: string): string {
  return url.replace(/\{/g, "%7B").replace(/\}/g, "%7D").replace(/\s/g, "%20");
}

/** An ASCII citation key from words of a text: "monitor-goods-trade-china-kazakhstan-v12". */
export function bibtexKey(...parts: string[]): string {
  const words = parts
    .join(" ")
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 2 && !["the", "and", "between", "both", "each", "as", "its", "from"].includes(w));
  return words.slice(0, 6).join("-") || "view";
}

function entry(type: string, key: string, fields: [string, string | null | undefined, "text" | "url" | "raw"][]): string {
  const lines = fields
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([name, v, kind]) => {
      const value = kind === "url" ? escapeUrl(v!) : kind === "raw" ? v! : escapeBibtex(v!);
      return `  ${name.padEnd(12)} = {${value}},`;
    });
  return `@${type}{${key},\n${lines.join("\n")}\n}`;
}

export function formatBibtex(view: CitedView): string {
  assertPinned(view);
  const author = view.author ?? MONITOR_NAME;
  const made = dateParts(view.versionDate);
  const accessed = dateParts(view.accessed);
  const sources = datasets(view);
  const keys = sources.map((d, i) => `${bibtexKey(d.publisher, d.title)}-${i + 1}`);
  const [from, to] = view.years;
  const main = entry("misc", `monitor-${bibtexKey(view.title)}-v${view.dataVersion}`, [
    // Double braces: a corporate author, not "Monitor, China–Kazakhstan Economic".
    ["author", `{${escapeBibtex(author)}}`, "raw"],
    ["title", titleWithYears(view), "text"],
    ["year", String(made.year), "raw"],
    ["date", made.iso, "raw"],
    ["version", view.dataVersion, "text"],
    ["url", view.permalink, "url"],
    ["urldate", accessed.iso, "raw"],
    ["howpublished", `Dataset, data version ${view.dataVersion} of ${made.iso}`, "text"],
    ["note", `Years ${from}–${to}. Data: ${sources.map((d) => d.publisher).join("; ")}. Accessed ${accessed.iso}`, "text"],
    ["related", keys.join(","), "raw"],
  ]);
  const others = sources.map((d, i) =>
    entry("misc", keys[i]!, [
      ["author", `{${escapeBibtex(d.publisher)}}`, "raw"],
      ["title", d.title, "text"],
      ["version", d.vintage, "text"],
      ["url", d.locations.find(isUrl), "url"],
      ["howpublished", d.locations.filter((l) => !isUrl(l)).join("; "), "text"],
      ["note", d.citations.join(" "), "text"],
    ]),
  );
  return `${[main, ...others].join("\n\n")}\n`;
}
