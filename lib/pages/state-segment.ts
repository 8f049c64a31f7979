// The [state] segment of the internal route (lib/pages/target.ts): the page's canonical query string in base64url,
// "-" for the default view. Apart from target.ts because it needs Node's Buffer: the browser code that reads the
// locales from target.ts must not pull a Buffer polyfill in (10 KB of every page's JavaScript).
import type { Locale } from "./target";

export function encodeStateSegment(query: string): string {
  return query === "" ? "-" : Buffer.from(query, "utf8").toString("base64url");
}

/** The query string a [state] segment holds ("" for the default view); an undecodable segment is the default view. */
export function decodeStateSegment(segment: string): string {
  if (segment === "-" || !/^[A-Za-z0-9_-]+$/.test(segment)) return "";
  return Buffer.from(segment, "base64url").toString("utf8");
}

/** "en/57/ZnJvbT0yMDA1/mirror": the path below /r/ (the page segment may be empty: the overview). */
export function internalTarget(args: { locale: Locale; version: string; query: string; segment: string }): string {
  const base = `${args.locale}/${args.version}/${encodeStateSegment(args.query)}`;
  return args.segment ? `${base}/${args.segment}` : base;
}
