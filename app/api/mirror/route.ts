import type { NextRequest } from "next/server";
import { handle, json } from "@/lib/http";
import { getMirrorView } from "@/lib/mirror/get-mirror-view";
import { MIRROR_PARAMS, parseMirrorQuery } from "@/lib/mirror/params";
import { rejectUnknown } from "@/lib/params";
import { asOfOf, pinHeaders, resolvePin } from "@/lib/pinned";

export const dynamic = "force-dynamic";

/**
 * GET /api/mirror?exporter=CHN&importer=KAZ[&from&to&cifFob=1.06&hs=72&source=headline|same&exporterSource&importerSource&v=<data version>]
 * One direction of trade as both sides report it, the CIF/FOB-adjusted gap per year, and the source of every value.
 */
export const GET = handle(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  rejectUnknown(params, [...MIRROR_PARAMS, "v"]);
  const query = parseMirrorQuery(params);
  const pin = await resolvePin(params);
  return json((await getMirrorView(query, asOfOf(pin))).view, { headers: pinHeaders(pin) });
});

// Anything but GET/HEAD: a JSON 405 (lib/http.ts).
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
