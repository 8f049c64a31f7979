import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { errorResponse, handle } from "@/lib/http";
import { renderFigurePng } from "@/lib/figure/png";
import { renderFigureSvg } from "@/lib/figure/render";
import { FIGURE_SIZES, PNG_SCALE, buildFigureSpec, parseFigureView } from "@/lib/figure/views";

export const dynamic = "force-dynamic";

// GET /api/figure?figure=trade-totals[&from=YYYY&to=YYYY&scale=linear|log&format=png|svg&size=download|card]
export const GET = handle(async (request: NextRequest) => {
  const view = parseFigureView(request.nextUrl.searchParams);
  const spec = await buildFigureSpec(view, request.nextUrl.origin);
  if (!spec) return errorResponse(404, `no values for ${view.figure} in ${view.from}–${view.to}`, { parameter: "from" });
  const svg = renderFigureSvg(spec, FIGURE_SIZES[view.size]);
  // The SVG fixes every pixel of the PNG too: its hash is the ETag, and a repeat request skips the rasterising.
  const etag = `"${createHash("sha256").update(`${view.format}:${view.size}:`).update(svg).digest("base64url").slice(0, 32)}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=0, must-revalidate",
    "Content-Disposition": `inline; filename="china-kazakhstan-monitor_${view.figure}_${view.from}-${view.to}.${view.format}"`,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  if (view.format === "svg") return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  const png = renderFigurePng(svg, { scale: PNG_SCALE[view.size] });
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
});

// Anything but GET/HEAD: a JSON 405 (lib/http.ts).
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
