// JSON responses, error mapping and HTTP caching shared by the route handlers: 4xx with a JSON error for bad input,
// 503 when the database is unreachable, never a stack trace; successful GETs carry an ETag of the data version and
// the normalised request (304 on a match) and may be kept by a shared cache for a minute.
import { currentDataVersion } from "./data-version";
import { etagFor, ifNoneMatchMatches, SHARED_CACHE_CONTROL } from "./http-cache";
import { NotFoundError, ParamError } from "./errors";

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

export function errorResponse(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

const CONNECTION_ERRORS = [
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "08006",
  "08001",
  "08003",
  "08004",
  "53300",
];
/** Prisma error codes for "no usable connection" (can't reach, timed out, closed, pool exhausted). */
const PRISMA_CONNECTION_CODES = ["P1001", "P1002", "P1008", "P1017", "P2024"];
/** @prisma/adapter-pg's error kinds (DriverAdapterError.cause.kind) that mean the database cannot be used right now. */
const ADAPTER_UNAVAILABLE_KINDS = [
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
];
const UNAVAILABLE_MESSAGE =
  /connect|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|terminating connection|Can't reach database server|Server has closed the connection/i;

/**
 * True when an error (or anything it wraps: `cause`, Prisma's `meta.driverAdapterError`) says the database cannot be
 * reached or used, as opposed to a bad query. Prisma 7 wraps a refused connection in a P2010 "raw query failed" whose
 * driver error has kind DatabaseNotReachable: that is an outage (503), not an internal error (500).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const { code, message, name, kind, meta, cause } = e as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
      kind?: unknown;
      meta?: { driverAdapterError?: unknown };
      cause?: unknown;
    };
    if (typeof code === "string" && (CONNECTION_ERRORS.includes(code) || PRISMA_CONNECTION_CODES.includes(code))) return true;
    if (typeof kind === "string" && ADAPTER_UNAVAILABLE_KINDS.includes(kind)) return true;
    if (name === "PrismaClientInitializationError") return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(cause, meta, meta?.driverAdapterError);
  }
  return false;
}

/** The ETag of a GET request at a data version: path and search params in a fixed order. */
function requestEtag(version: string, request: Request): string {
  const url = new URL(request.url);
  url.searchParams.sort();
  return etagFor(version, ["api", url.pathname, url.searchParams.toString()]);
}

/**
 * Wraps a route handler (the convention of lib/errors.ts): ParamError → 400, NotFoundError → 404, database down → 503, anything else → 500 without details. GET responses
 * that succeed get the data version's ETag and a shared-cache Cache-Control (unless the route set its own), and a
 * request whose If-None-Match matches is answered 304 without running the route. `cache: false` for live answers.
 */
export function handle<A extends [Request, ...unknown[]]>(
  fn: (...args: A) => Promise<Response>,
  options: { cache?: boolean } = {},
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      const request = args[0];
      const cacheable = options.cache !== false && (request.method === "GET" || request.method === "HEAD");
      const etag = cacheable ? requestEtag(await currentDataVersion(), request) : null;
      if (etag && ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) {
        return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": SHARED_CACHE_CONTROL } });
      }
      const response = await fn(...args);
      if (etag && response.status === 200) {
        response.headers.set("ETag", etag);
        if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", SHARED_CACHE_CONTROL);
      } else if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      if (error instanceof ParamError) return errorResponse(400, error.message, { parameter: error.parameter });
      if (error instanceof NotFoundError) return errorResponse(404, error.message, { parameter: error.parameter });
      if (isDatabaseUnavailable(error)) {
        console.error(`database unavailable: ${(error as Error).message?.split("\n")[0]}`);
        return errorResponse(503, "database unavailable, try again shortly", { database: "unavailable" });
      }
      console.error("request failed:", error);
      return errorResponse(500, "internal error");
    }
  };
}

/**
 * For the methods a route does not serve (POST, PUT, PATCH, DELETE): 405 with a JSON error and an Allow header,
 * instead of Next's empty 405, so every API error has a body that says what went wrong.
 */
export function methodNotAllowed(): Response {
  return json(
    { error: "method not allowed: this endpoint only answers GET (and HEAD)" },
    { status: 405, headers: { Allow: "GET, HEAD", "Cache-Control": "no-store" } },
  );
}
