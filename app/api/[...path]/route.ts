// Any /api/… path that no route serves: a JSON 404 (instead of the HTML not-found page), like every other API error.
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return errorResponse(404, "no such API endpoint: see /api/health, /api/series, /api/series/{code}, /api/export, /api/mirror");
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
