import type { NextRequest } from "next/server";
import { errorResponse, handle, json } from "@/lib/http";
import { ParamError, parseFlag, parseYearRange, rejectUnknown, seriesCodeSchema } from "@/lib/params";
import { getSeriesData } from "@/lib/series/queries";

export const GET = handle(async (request: NextRequest, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const search = request.nextUrl.searchParams;
  rejectUnknown(search, ["from", "to", "all"]);
  if (!seriesCodeSchema.safeParse(code).success) throw new ParamError("code", `${JSON.stringify(code.slice(0, 80))} is not a series code (e.g. trade.CHN.KAZ.X)`);
  const range = parseYearRange(search);
  const all = parseFlag(search, "all");
  const data = await getSeriesData(code, { ...range, all });
  if (!data) return errorResponse(404, `unknown series ${code}`, { parameter: "code" });
  return json({
    series: data.series,
    observations: data.observations.map((o) => ({
      year: o.year,
      value: Number(o.value),
      source: o.sourceKey,
      vintage: o.vintage || null,
      flags: o.flags,
      ...(all ? { headline: o.headline } : {}),
      ...(o.qualifier ? { qualifier: o.qualifier } : {}),
    })),
    sources: data.sources,
  });
});
