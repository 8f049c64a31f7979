import type { NextRequest } from "next/server";
import { csvStream, jsonStream } from "@/lib/export/observations";
import { errorResponse, handle } from "@/lib/http";
import { ParamError } from "@/lib/errors";
import { single, parseEnum, parseFlag, parseRealBase, parseSeriesList, parseYear, parseYearRange, rejectUnknown } from "@/lib/params";
import { loadCpi } from "@/lib/convert/queries";
import { HEADLINE_RULE_TEXT } from "@/lib/series/headline";
import { findSeries, listSeriesCodes } from "@/lib/series/queries";
import { mirrorCsv, mirrorFileName } from "@/lib/export/mirror";
import { mirrorChapterCsv, mirrorChapterRows, mirrorChapterViews } from "@/lib/export/mirror-chapters";
import { mirrorDataPackageZip } from "@/lib/export/mirror-package";
import { getMirrorView } from "@/lib/mirror/get-mirror-view";
import { MIRROR_PARAMS, parseMirrorQuery } from "@/lib/mirror/params";
import { asOfOf, pinHeaders, resolvePin, type Pin } from "@/lib/pinned";

export const dynamic = "force-dynamic";

/** A file name built only from validated codes and years: nothing a user typed can reach a header unchecked. */
function fileName(codes: string[], from: number | undefined, to: number | undefined, ext: string): string {
  const what = codes.length === 1 ? codes[0]! : `${codes[0]}-and-${codes.length - 1}-more`;
  const years = from !== undefined || to !== undefined ? `_${from ?? "start"}-${to ?? "end"}` : "_all-years";
  return `china-kazakhstan-monitor_${what}${years}.${ext}`.replace(/[^A-Za-z0-9._-]/g, "_");
}

export const GET = handle(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const view = parseEnum(params, "view", ["series", "mirror"] as const, "series");
  // v=<data version>: the values as they were then (a pinned citation's download); the file is named after it.
  const pin = await resolvePin(params);
  const response = view === "mirror" ? await mirrorExport(withoutParam(params, "v"), pin) : await seriesExport(params, pin, request.signal);
  for (const [k, v] of Object.entries(pinHeaders(pin))) response.headers.set(k, v);
  const disposition = response.headers.get("Content-Disposition");
  if (pin.kind === "pinned" && disposition)
    response.headers.set("Content-Disposition", disposition.replace(/(\.[a-z]+)"$/, `_v${pin.version}$1"`));
  return response;
});

const SERIES_EXPORT_PARAMS = ["view", "series", "group", "from", "to", "format", "all", "periods", "real"];

async function seriesExport(params: URLSearchParams, pin: Pin, signal: AbortSignal): Promise<Response> {
  rejectUnknown(params, [...SERIES_EXPORT_PARAMS, "v"]);
  // group=hs-chapters: every HS chapter series (the /trade product table), too many codes to list in a URL.
  const group = single(params, "group");
  if (group !== undefined && group !== "hs-chapters") throw new ParamError("group", "must be hs-chapters");
  if (group && params.has("series")) throw new ParamError("group", "give either series or group, not both");
  const codes = group ? await listSeriesCodes({ productLevel: 2 }) : parseSeriesList(params);
  const range = parseYearRange(params);
  const format = parseEnum(params, "format", ["csv", "json", "datapackage"] as const, "csv");
  const all = parseFlag(params, "all");
  // periods=all: dated and range statements too (debt, investment statements); default: annual values.
  const allPeriods = parseEnum(params, "periods", ["annual", "all"] as const, "annual") === "all";
  const found = await findSeries(codes);
  const foundCodes = new Set(found.map((s) => s.code)); // a Set: group=hs-chapters can name thousands of series
  const missing = codes.filter((c) => !foundCodes.has(c));
  if (missing.length > 0) return errorResponse(404, `unknown series: ${missing.join(", ")}`, { parameter: "series", missing });
  // real=2024: US-dollar series in constant 2024 dollars (CPI-U); computed row by row, so for listed series only.
  const real = parseRealBase(params);
  if (real !== undefined && group) throw new ParamError("real", "applies to listed series (series=…), not to group=hs-chapters");
  if (real !== undefined && !(await loadCpi()).has(real))
    throw new ParamError("real", `no CPI-U annual average for ${real}: choose a year with one`);
  const query = { codes, ...range, all, allPeriods, real, ...asOfOf(pin) };
  if (format === "datapackage") {
    const { dataPackageZip } = await import("@/lib/export/datapackage");
    const zip = await dataPackageZip(query, found);
    return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${fileName(codes, range.from, range.to, "zip")}"`,
      },
    });
  }
  if (format === "json") {
    const meta = {
      series: found,
      from: range.from ?? null,
      to: range.to ?? null,
      values: all ? "every source" : "headline value per year",
      headlineRule: HEADLINE_RULE_TEXT,
    };
    return new Response(await jsonStream(query, meta, signal), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName(codes, range.from, range.to, "json")}"`,
      },
    });
  }
  return new Response(await csvStream(query, signal), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(codes, range.from, range.to, "csv")}"`,
    },
  });
}

/**
 * view=mirror: the rows of /api/mirror for the same parameters, as CSV, JSON (the /api/mirror body) or a data package
 * (the yearly rows and the HS-chapter rows of the range). hs=all: the HS-chapter table instead (CSV), for `year` or
 * for every year of the range with chapters from both reporters.
 */
async function mirrorExport(params: URLSearchParams, pin: Pin): Promise<Response> {
  const chapterTable = single(params, "hs") === "all";
  rejectUnknown(params, ["view", "format", ...MIRROR_PARAMS, ...(chapterTable ? ["year"] : [])]);
  const format = chapterTable
    ? parseEnum(params, "format", ["csv"] as const, "csv")
    : parseEnum(params, "format", ["csv", "json", "datapackage"] as const, "csv");
  const query = parseMirrorQuery(chapterTable ? withoutParam(params, "hs") : params);
  const { asOf } = asOfOf(pin);
  const { view } = await getMirrorView(query, { asOf });
  if (chapterTable) {
    const year = params.has("year") ? parseYear(params, "year") : null;
    const csv = mirrorChapterCsv(mirrorChapterRows(await mirrorChapterViews(query, year, asOf), view));
    const name = mirrorFileName(year === null ? view : { ...view, from: year, to: year }, "csv").replace(/\.csv$/, "_hs-chapters.csv");
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` },
    });
  }
  if (format === "datapackage") {
    const zip = await mirrorDataPackageZip(view, await mirrorChapterViews(query, null, asOf), new Date().getUTCFullYear());
    return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), {
      headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${mirrorFileName(view, "zip")}"` },
    });
  }
  if (format === "json") {
    return new Response(`${JSON.stringify(view)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${mirrorFileName(view, "json")}"`,
      },
    });
  }
  return new Response(mirrorCsv(view), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${mirrorFileName(view, "csv")}"`,
    },
  });
}

function withoutParam(params: URLSearchParams, name: string): URLSearchParams {
  const copy = new URLSearchParams(params);
  copy.delete(name);
  return copy;
}

/**
 * HEAD: the GET's status and headers. Next answers HEAD with the GET handler but never reads or cancels its body, which
 * would hold the export's pooled connection for good; cancelling it returns the connection at once.
 */
export async function HEAD(request: NextRequest): Promise<Response> {
  const res = await GET(request);
  await res.body?.cancel();
  return new Response(null, { status: res.status, headers: res.headers });
}

// Anything but GET/HEAD: a JSON 405 (lib/http.ts).
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
