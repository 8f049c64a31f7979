import type { NextRequest } from "next/server";
import { errorResponse, handle } from "@/lib/http";
import { renderFigurePng } from "@/lib/figure/png";
import { renderFigureSvg } from "@/lib/figure/render";
import { asOfOf, pinHeaders, resolvePin } from "@/lib/pinned";
import { publicOrigin } from "@/lib/env";
import { FIGURE_SIZES, PNG_SCALE, buildFigureSpec, parseFigureView } from "@/lib/figure/views";

export const dynamic = "force-dynamic";

// GET /api/figure?figure={panel id}[&from=YYYY&to=YYYY&scale=linear|log&pct=true&real=true&format=png|svg&size=download|card&v=N]
export const GET = handle(async (request: NextRequest) => {
  const view = parseFigureView(request.nextUrl.searchParams);
  const pin = await resolvePin(request.nextUrl.searchParams);
  // The permalink printed on the figure names the data version it shows, so a printed chart can be traced back.
  const spec = await buildFigureSpec(view, publicOrigin() ?? request.nextUrl.origin, { ...asOfOf(pin), version: pin.version });
  if (!spec)
    return errorResponse(404, `no values for ${view.figure} in ${view.from ?? "the first year"}–${view.to ?? "the last year"}`, {
      parameter: "from",
    });
  const svg = renderFigureSvg(spec, FIGURE_SIZES[view.size]);
  // The ETag (the data version and the request, lib/http.ts) lets a repeat request skip the rasterising.
  const years = spec.chart.kind === "time" && spec.chart.years ? `${spec.chart.years[0]}-${spec.chart.years[1]}` : "all";
  const headers = {
    "Content-Disposition": `inline; filename="china-kazakhstan-monitor_${view.figure}_${years}_v${pin.version}.${view.format}"`,
    ...pinHeaders(pin),
  };
  if (view.format === "svg") return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  const png = renderFigurePng(svg, { scale: PNG_SCALE[view.size] });
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
});

// Anything but GET/HEAD: a JSON 405 (lib/http.ts).
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
