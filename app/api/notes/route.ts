import type { NextRequest } from "next/server";
import { handle, json } from "@/lib/http";
import { getNotes } from "@/lib/notes/queries";
import { parseLocaleParam, rejectUnknown } from "@/lib/params";
import { toNoteDetail } from "@/lib/panel/load-series";

export const dynamic = "force-dynamic";

/**
 * GET /api/notes — every note (events, statements on the discrepancy, methodology, caveats) with its stable reference,
 * full text and source. Charts carry only their notes' titles; a reader who opens a note gets its text from here.
 * `?locale=ru|kk|zh`: the project's translations of its own notes for that locale, each with its original.
 */
export const GET = handle(async (request: NextRequest) => {
  rejectUnknown(request.nextUrl.searchParams, ["locale"]);
  const locale = parseLocaleParam(request.nextUrl.searchParams);
  const notes = await getNotes({ locale });
  return json({ notes: notes.map((n) => ({ ...toNoteDetail(n), domains: n.domains, seriesCodes: n.seriesCodes })) });
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
