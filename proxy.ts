// Runs before routing. Pages are rendered once per data version: for a page request the proxy reads the current
// data version (one primary-key read shared by concurrent requests), normalises the URL state with the page's own
// parsers (lib/pages/registry.ts) and names the internal route that serves exactly that view
// (app/r/[locale]/[version]/[state]/…) in a request header, which the rewrite in next.config.js follows. Next renders
// that route on its first request and serves it from its cache afterwards; a committed import changes the version,
// so the next request names a new route. Several server processes agree without talking to each other.
// It also answers conditional requests (304 from the ETag of version + view), refuses TRACE, and keeps malformed
// paths and the internal routes themselves out of reach.
import { NextResponse, type NextRequest } from "next/server";
import { etagFor, ifNoneMatchMatches, SHARED_CACHE_CONTROL } from "./lib/http-cache";
import { canonicalQuery, PAGE_SEGMENTS, pageForPath } from "./lib/pages/registry";
import { LOCALE_COOKIE, localePath, negotiateLocale, splitLocale } from "./lib/i18n/routing";
import { internalTarget } from "./lib/pages/state-segment";
import { DEFAULT_LOCALE, type Locale, TARGET_HEADER, versionSegment } from "./lib/pages/target";
import { isPinError, resolvePin, type Pin, type PinError } from "./lib/pinned";
import { NotFoundError } from "./lib/errors";
import { embedForPath, isEmbedPath } from "./lib/embed/path";
import { securityHeaders } from "./lib/security-headers.mjs";

/** Headers whose values change what Next returns for the same URL (RSC payloads and prefetches vs HTML). */
const VARIANT_HEADERS = ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree"];

function withSecurityHeaders(response: NextResponse, options: { frameable?: boolean } = {}): NextResponse {
  for (const { key, value } of securityHeaders(options)) response.headers.set(key, value);
  return response;
}

/** Passes the request on with the target header set (or removed: a client must never choose an internal route). */
function route(request: NextRequest, target: string | null): NextResponse {
  const headers = new Headers(request.headers);
  if (target === null) headers.delete(TARGET_HEADER);
  else headers.set(TARGET_HEADER, target);
  return NextResponse.next({ request: { headers } });
}

const notFound = (request: NextRequest, locale: Locale = DEFAULT_LOCALE) => route(request, `static/${locale}/not-found`);

/** A redirect nobody caches (it depends on the reader's cookie and Accept-Language). */
function redirect(request: NextRequest, pathname: string, status: 307 | 308, cookie?: Locale): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  const response = NextResponse.redirect(url, status);
  response.headers.set("Cache-Control", "private, no-store");
  if (cookie) response.cookies.set(LOCALE_COOKIE, cookie, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return withSecurityHeaders(response);
}

/** A page for a v= that names no data version: says why, and links to the current view. */
function badVersion(request: NextRequest, error: PinError): NextResponse {
  const current = new URL(request.nextUrl);
  current.searchParams.delete("v");
  const escape = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    "<title>No such data version · China–Kazakhstan Economic Monitor</title></head><body>" +
    `<h1>No such data version</h1><p>${escape(error.message)}</p>` +
    `<p><a href="${escape(current.pathname + current.search)}">Open the current view</a></p></body></html>`;
  return withSecurityHeaders(
    new NextResponse(html, {
      status: error instanceof NotFoundError ? 404 : 400,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    }),
  );
}

function unavailable(): NextResponse {
  // A form that GETs the same URL: "Try again" works without JavaScript.
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    "<title>Temporarily unavailable · China–Kazakhstan Economic Monitor</title></head><body>" +
    "<h1>The page could not be loaded</h1><p>The database does not answer right now: the figures cannot be read. Please try again in a moment.</p>" +
    '<form method="get"><button type="submit">Try again</button></form><p><a href="/api/health">Status of the service</a></p></body></html>';
  return withSecurityHeaders(
    new NextResponse(html, {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" },
    }),
  );
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const method = request.method;
  if (method === "TRACE" || method === "TRACK" || method === "CONNECT") {
    return withSecurityHeaders(
      NextResponse.json(
        { error: `method not allowed: ${method}` },
        { status: 405, headers: { Allow: "GET, HEAD", "Cache-Control": "no-store" } },
      ),
    );
  }
  const path = request.nextUrl.pathname;
  // A path whose percent-encoding is not valid UTF-8 (e.g. /api/series/%C0%AE) cannot name anything; Next would answer
  // it with a bare 500 while decoding route parameters.
  if (path.includes("%")) {
    try {
      decodeURIComponent(path);
    } catch {
      if (path.startsWith("/api/")) {
        return withSecurityHeaders(
          NextResponse.json(
            { error: "malformed URL: the path is not valid percent-encoded UTF-8" },
            { status: 400, headers: { "Cache-Control": "no-store" } },
          ),
        );
      }
      return notFound(request);
    }
  }
  if (path.startsWith("/api/")) return route(request, null);
  if (path === "/r" || path.startsWith("/r/")) return notFound(request); // internal routes are reached by rewrite only
  // Locale: English un-prefixed, the others under their code. "/en/…" is redirected to the un-prefixed URL.
  const { locale, path: bare, prefixed } = splitLocale(path);
  if (prefixed && locale === DEFAULT_LOCALE) return redirect(request, bare, 308);
  const isAbout = bare === "/about" || bare === "/about/";

  // /embed/{panel id}: the chart alone, for other sites to frame, with the URL state of the page it stands on.
  const embed = isAbout ? null : embedForPath(bare);
  if (!embed && isEmbedPath(bare)) return notFound(request, locale);
  const page = isAbout ? null : embed ? embed.page : pageForPath(bare);
  if (!isAbout && !page) return notFound(request, locale);
  // First visit: an un-prefixed page request from a reader who has never chosen a language (no cookie) goes to the
  // locale their browser asks for. A reader who has chosen (the switcher sets the cookie) gets what the URL says, so
  // English URLs stay English for them and for every cache; RSC requests of client navigation and embeds (framed on
  // other sites: they show what their URL says) are never redirected.
  const firstVisit = !prefixed && !embed && (method === "GET" || method === "HEAD") && !request.headers.get("rsc");
  if (firstVisit && !request.cookies.has(LOCALE_COOKIE)) {
    const wanted = negotiateLocale(request.headers.get("accept-language"));
    if (wanted !== DEFAULT_LOCALE) return redirect(request, localePath(wanted, bare), 307, wanted);
  }
  if (isAbout) return route(request, `static/${locale}/about`);
  if (!page) return notFound(request, locale);
  if (method !== "GET" && method !== "HEAD") {
    return withSecurityHeaders(
      NextResponse.json({ error: "method not allowed: pages answer GET" }, { status: 405, headers: { Allow: "GET, HEAD" } }),
    );
  }

  // v=<data version> pins the view: an older version is rendered (and cached) as its own route, read as of then.
  let pin: Pin;
  try {
    pin = await resolvePin(request.nextUrl.searchParams);
  } catch (error) {
    if (isPinError(error)) return badVersion(request, error);
    console.error(`proxy: data version unavailable: ${(error as Error).message.split("\n")[0]}`);
    return unavailable();
  }
  const version = versionSegment(pin.version, pin.kind === "pinned");
  const query = canonicalQuery(page, request.nextUrl.searchParams);
  const variant = VARIANT_HEADERS.map((h) => request.headers.get(h) ?? "");
  const segment = embed ? `embed/${embed.panel}` : PAGE_SEGMENTS[page];
  const etag = etagFor(version, [locale, embed ? segment : page, query, ...variant]);
  if (ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) {
    return withSecurityHeaders(new NextResponse(null, { status: 304, headers: { ETag: etag, "Cache-Control": SHARED_CACHE_CONTROL } }), {
      frameable: embed !== null,
    });
  }
  const response = route(request, internalTarget({ locale, version, query, segment }));
  response.headers.set("ETag", etag);
  response.headers.set("Cache-Control", SHARED_CACHE_CONTROL);
  return response;
}

export const config = {
  // Not for build assets: their names never need decoding, and they are immutable.
  matcher: ["/((?!_next/static|_next/image|icon.svg).*)"],
};
