// The qualifiers quoted statements put on their figures (Observation.qualifier: "more than", "about"…) as the select
// keys of the catalogue's "dated.qualified" template. Pure: the server (lib/i18n/dated-words.ts) and the browser
// (the series panels' numbers in words) word them alike.
const QUALIFIERS: Record<string, string> = { "more than": "moreThan", nearly: "nearly", almost: "almost", about: "about", circa: "circa" };

/** The values of "dated.qualified" for a qualifier and an amount already formatted; an unknown qualifier as written. */
export function qualifiedValues(qualifier: string, amount: string): { qualifier: string; raw: string; amount: string } {
  return { qualifier: QUALIFIERS[qualifier.toLowerCase()] ?? "other", raw: qualifier, amount };
}
