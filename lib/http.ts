// JSON responses and error mapping shared by the route handlers: 4xx with a JSON error for bad input,
// 503 when the database is unreachable, never a stack trace.
import { ParamError } from "./params";

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { "Cache-Control": "no-store", ...init.headers } });
}

export function errorResponse(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return json({ error, ...extra }, { status });
}

const CONNECTION_ERRORS = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "57P01", "57P03", "08006", "08001", "08003"];

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    const { code, message, name } = e as { code?: string; message?: string; name?: string };
    if (code && CONNECTION_ERRORS.includes(code)) return true;
    if (name === "DriverAdapterError" || name === "PrismaClientInitializationError") return true;
    if (message && /connect|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|terminating connection/i.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Wraps a route handler: ParamError → 400, database down → 503, anything else → 500 without details. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      if (error instanceof ParamError) return errorResponse(400, error.message, { parameter: error.parameter });
      if (isDatabaseUnavailable(error)) {
        console.error(`database unavailable: ${(error as Error).message?.split("\n")[0]}`);
        return errorResponse(503, "database unavailable, try again shortly", { database: "unavailable" });
      }
      console.error("request failed:", error);
      return errorResponse(500, "internal error");
    }
  };
}
