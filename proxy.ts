// Runs before routing. A path whose percent-encoding is not valid UTF-8 (e.g. /api/series/%C0%AE) cannot name
// anything, and Next.js would answer it with a bare 500 while decoding route parameters: answer it here instead —
// 400 JSON for the API, the not-found page for pages. Everything else passes through untouched.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname;
  if (!path.includes("%")) return NextResponse.next();
  try {
    decodeURIComponent(path);
    return NextResponse.next();
  } catch {
    if (path.startsWith("/api/")) {
      return NextResponse.json(
        { error: "malformed URL: the path is not valid percent-encoded UTF-8" },
        { status: 400, headers: { "Cache-Control": "no-store" } },
      );
    }
    return NextResponse.rewrite(new URL("/_malformed-path", request.url), { status: 404 });
  }
}

export const config = {
  // Not for build assets: their names never need decoding.
  matcher: ["/((?!_next/static|_next/image|icon.svg).*)"],
};
