import type { NextRequest } from "next/server";
import { handle, json } from "@/lib/http";
import { parseEnum, rejectUnknown } from "@/lib/params";
import { listSeries } from "@/lib/series/queries";

export const GET = handle(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  rejectUnknown(params, ["domain", "products"]);
  const domain = parseEnum(params, "domain", ["all", "trade", "investment", "debt"] as const, "all");
  const products = parseEnum(params, "products", ["include", "exclude"] as const, "include");
  const series = await listSeries({
    domain: domain === "all" ? undefined : domain,
    productLevel: products === "exclude" ? "total" : "any",
  });
  return json({ series });
});

// Anything but GET/HEAD: a JSON 405 (lib/http.ts).
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
