import type { NextRequest } from "next/server";
import { csvStream, jsonStream } from "@/lib/export/observations";
import { errorResponse, handle } from "@/lib/http";
import { parseEnum, parseFlag, parseSeriesList, parseYearRange, rejectUnknown } from "@/lib/params";
import { HEADLINE_RULE_TEXT } from "@/lib/series/headline";
import { findSeries } from "@/lib/series/queries";

export const dynamic = "force-dynamic";

/** A file name built only from validated codes and years: nothing a user typed can reach a header unchecked. */
function fileName(codes: string[], from: number | undefined, to: number | undefined, ext: string): string {
  const what = codes.length === 1 ? codes[0]! : `${codes[0]}-and-${codes.length - 1}-more`;
  const years = from !== undefined || to !== undefined ? `_${from ?? "start"}-${to ?? "end"}` : "_all-years";
  return `china-kazakhstan-monitor_${what}${years}.${ext}`.replace(/[^A-Za-z0-9._-]/g, "_");
}

export const GET = handle(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  rejectUnknown(params, ["series", "from", "to", "format", "all"]);
  const codes = parseSeriesList(params);
  const range = parseYearRange(params);
  const format = parseEnum(params, "format", ["csv", "json", "datapackage"] as const, "csv");
  const all = parseFlag(params, "all");
  const found = await findSeries(codes);
  const missing = codes.filter((c) => !found.some((s) => s.code === c));
  if (missing.length > 0) return errorResponse(404, `unknown series: ${missing.join(", ")}`, { parameter: "series", missing });
  const query = { codes, ...range, all };
  if (format === "datapackage") {
    const { dataPackageZip } = await import("@/lib/export/datapackage");
    const zip = await dataPackageZip(query, found);
    return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), {
      headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${fileName(codes, range.from, range.to, "zip")}"`, "Cache-Control": "no-store" },
    });
  }
  if (format === "json") {
    const meta = { series: found, from: range.from ?? null, to: range.to ?? null, values: all ? "every source" : "headline value per year", headlineRule: HEADLINE_RULE_TEXT };
    return new Response(jsonStream(query, meta), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName(codes, range.from, range.to, "json")}"`, "Cache-Control": "no-store" },
    });
  }
  return new Response(csvStream(query), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName(codes, range.from, range.to, "csv")}"`, "Cache-Control": "no-store" },
  });
});
