// The permalink of a view: its URL with `v=<data version>`, so it reopens the same numbers after later imports
// (issue 11). Pure and tiny: the browser's citation and download code import it.

/** A URL (absolute, or a path with a query) with `v` set to a data version: the pinned permalink of a view. */
export function withVersion(url: string, version: string): string {
  const u = new URL(url, "http://x.invalid");
  u.searchParams.delete("v");
  u.searchParams.append("v", version);
  return u.origin === "http://x.invalid" ? `${u.pathname}${u.search}${u.hash}` : u.toString();
}
