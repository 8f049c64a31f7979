// Where a source's location can be opened: a URL as is, a file in a public repository ("github:owner/repo@commit:path")
// as its GitHub page at that commit. Other locations (a file of this project, a printed publication) have no link.
export function sourceHref(location: string): string | null {
  const text = location.trim();
  if (/^https?:\/\/\S+$/.test(text)) return text;
  const m = /^github:([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40}):(.+)$/.exec(text);
  if (m) return `https://github.com/${m[1]}/blob/${m[2]}/${m[3]!.split("/").map(encodeURIComponent).join("/")}`;
  return null;
}

/** id of a source's entry on /sources. */
export function sourceAnchor(key: string): string {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  const slug = key
    .replace(/^https?:\/\//, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48);
  return `src-${slug}-${h.toString(36)}`;
}
