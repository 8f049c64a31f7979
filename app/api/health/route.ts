import { db } from "@/lib/db/client";
import { exportPoolState } from "@/lib/db/pool";
import { errorResponse, json } from "@/lib/http";

export const dynamic = "force-dynamic";

// exportPool: the streamed exports' own connections (lib/db/pool.ts); `inUse` that stays up with no download running
// would be connections never given back.
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return json({ status: "ok", database: "ok", exportPool: exportPoolState() }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error(`health: database unreachable: ${(error as Error).message?.split("\n")[0]}`);
    return errorResponse(503, "database unreachable", { status: "unavailable", database: "unreachable", exportPool: exportPoolState() });
  }
}

// Anything but GET/HEAD: a JSON 405 (lib/http.ts).
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/http";
