import type { NextRequest } from "next/server";
import { errorResponse, handle, json } from "@/lib/http";
import { ParamError } from "@/lib/errors";
import { parseYear, rejectUnknown, seriesCodeSchema, single } from "@/lib/params";
import { derivedDefinition } from "@/lib/series/derived";
import { findSeries } from "@/lib/series/queries";
import { getRevisions } from "@/lib/series/revisions";

export const dynamic = "force-dynamic";

/**
 * GET /api/revisions?series=trade.CHN.KAZ.X&year=2023 — every value the series has held for the year: each source and
 * vintage, and each data version an import replaced it in, with the commit dates ("values" ordered by period, source
 * rank, vintage, version). Derived series have no history of their own: ask for their components.
 */
export const GET = handle(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  rejectUnknown(params, ["series", "year"]);
  const code = single(params, "series");
  if (!code) throw new ParamError("series", "required (a series code, e.g. trade.CHN.KAZ.X)");
  if (!seriesCodeSchema.safeParse(code).success)
    throw new ParamError("series", `${JSON.stringify(code.slice(0, 80))} is not a series code`);
  const year = parseYear(params, "year");
  const derived = derivedDefinition(code);
  if (derived)
    return errorResponse(400, `${code} is computed from ${derived.inputs.join(", ")}: ask for the revisions of those series`, {
      parameter: "series",
      components: derived.inputs,
    });
  const [series] = await findSeries([code]);
  if (!series) return errorResponse(404, `unknown series ${code}`, { parameter: "series" });
  const values = await getRevisions(code, year);
  return json({ series: { code: series.code, title: series.title, unit: series.unit }, year, values });
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
