import type { NextRequest } from "next/server";
import { errorResponse, handle, json } from "@/lib/http";
import { parseLocaleParam, rejectUnknown } from "@/lib/params";
import { isSeriesPanelId, SERIES_PANELS } from "@/lib/pages/panels";
import { loadSeriesPanel } from "@/lib/panel/load-series";
import { asOfOf, pinHeaders, resolvePin } from "@/lib/pinned";

export const dynamic = "force-dynamic";

/**
 * GET /api/panels/{id} — a series panel's data (every headline annual value of its lines, the sources they cite, its
 * notes): what a chart below the first screen loads once the reader gets near it. The same payload the page
 * would have sent (lib/pages/panels.ts); its ETag follows the data version. `?locale=`: its notes' words for that locale.
 */
export const GET = handle(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  rejectUnknown(request.nextUrl.searchParams, ["v", "locale"]);
  const { id } = await params;
  if (!isSeriesPanelId(id)) return errorResponse(404, `no such panel: ${JSON.stringify(id.slice(0, 60))}`, { parameter: "id" });
  const locale = parseLocaleParam(request.nextUrl.searchParams);
  const pin = await resolvePin(request.nextUrl.searchParams);
  return json(await loadSeriesPanel(SERIES_PANELS[id], { ...asOfOf(pin), locale }), { headers: pinHeaders(pin) });
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
