// HTTP caching for whatever sits in front of the app (a CDN, nginx, the browser): pages and GET /api/* carry an ETag
// derived from the data version and the normalised request, and a Cache-Control that lets a shared cache keep them
// for a minute and then revalidate with If-None-Match (answered 304 without rendering anything).
import { createHash } from "node:crypto";

/** Browsers revalidate every time; shared caches keep a response for 60 s, then may serve it stale while revalidating. */
export const SHARED_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";

/** Weak: equal for the same data version and request, though a re-render after a restart need not be byte-identical. */
export function etagFor(version: string, parts: readonly string[]): string {
  const hash = createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 22);
  return `W/"v${version}-${hash}"`;
}

/** Whether an If-None-Match header (a list, or *) matches the ETag under the weak comparison GET uses. */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((t) => opaque(t) === opaque(etag));
}
