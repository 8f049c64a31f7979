import type { NextRequest } from "next/server";
import { handle, json } from "@/lib/http";
import { loadChapterYear } from "@/lib/mirror/queries";
import { ParamError } from "@/lib/errors";
import { parseIso3, parseYear, rejectUnknown } from "@/lib/params";
import { asOfOf, pinHeaders, resolvePin } from "@/lib/pinned";

export const dynamic = "force-dynamic";

/**
 * GET /api/chapters?exporter=CHN&importer=KAZ&year=2019 — both directions' HS chapters of one year, every source's
 * value, and the year's headline totals: what /trade and /mirror redraw when the reader picks another year.
 */
export const GET = handle(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  rejectUnknown(params, ["exporter", "importer", "year", "v"]);
  const exporter = parseIso3(params, "exporter");
  const importer = parseIso3(params, "importer");
  if (exporter === importer) throw new ParamError("importer", "must differ from exporter");
  const year = parseYear(params, "year");
  const pin = await resolvePin(params);
  return json(await loadChapterYear(exporter, importer, year, asOfOf(pin).asOf), { headers: pinHeaders(pin) });
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
