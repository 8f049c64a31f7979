import type { NextRequest } from "next/server";
import { errorResponse, handle, json } from "@/lib/http";
import { loadCpi } from "@/lib/convert/queries";
import { isUsdUnit, toConstantDollars } from "@/lib/convert/real";
import { ParamError } from "@/lib/errors";
import { parseEnum, parseFlag, parseRealBase, parseYearRange, rejectUnknown, seriesCodeSchema } from "@/lib/params";
import { getSeriesData } from "@/lib/series/queries";
import { asOfOf, pinHeaders, resolvePin } from "@/lib/pinned";

export const GET = handle(async (request: NextRequest, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const search = request.nextUrl.searchParams;
  rejectUnknown(search, ["from", "to", "all", "periods", "real", "v"]);
  if (!seriesCodeSchema.safeParse(code).success)
    throw new ParamError("code", `${JSON.stringify(code.slice(0, 80))} is not a series code (e.g. trade.CHN.KAZ.X)`);
  const range = parseYearRange(search);
  const all = parseFlag(search, "all");
  const annualOnly = parseEnum(search, "periods", ["annual", "all"] as const, "annual") === "annual";
  const real = parseRealBase(search);
  const pin = await resolvePin(search);
  const data = await getSeriesData(code, { ...range, all, annualOnly, ...asOfOf(pin) });
  if (!data) return errorResponse(404, `unknown series ${code}`, { parameter: "code" });
  if (real !== undefined) {
    // real=2024: in constant 2024 US dollars by the CPI-U annual average (dollar series only; each value flagged derived).
    if (!isUsdUnit(data.series.unit)) throw new ParamError("real", `${code} is in ${data.series.unit}, not current US dollars`);
    const cpi = await loadCpi();
    if (!cpi.has(real)) throw new ParamError("real", `no CPI-U annual average for ${real}: choose a year with one`);
    const converted = toConstantDollars(data.observations, data.series.unit, { baseYear: real, cpi });
    data.observations = converted.rows;
    data.series = { ...data.series, unit: `${data.series.unit} (constant ${real})` };
  }
  return json(
    {
      series: data.series,
      observations: data.observations.map((o) => ({
        year: o.year,
        value: Number(o.value),
        source: o.sourceKey,
        publisher: o.publisher,
        vintage: o.vintage || null,
        vintageDate: o.vintageDate,
        flags: o.flags,
        ...(all ? { headline: o.headline } : {}),
        ...(o.qualifier ? { qualifier: o.qualifier } : {}),
        ...(o.frequency !== "A" ? { period: o.period } : {}),
        ...(o.components
          ? {
              components: o.components.map((c) => ({
                series: c.seriesCode,
                sign: c.sign,
                value: Number(c.value),
                source: c.sourceKey,
                vintage: c.vintage || null,
                flags: c.flags,
              })),
            }
          : {}),
      })),
      sources: data.sources,
    },
    { headers: pinHeaders(pin) },
  );
});

// Anything but GET/HEAD: a JSON 405 (lib/http.ts).
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
