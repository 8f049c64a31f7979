import { db } from "@/lib/db/client";
import { errorResponse, json } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return json({ status: "ok", database: "ok" });
  } catch (error) {
    console.error(`health: database unreachable: ${(error as Error).message?.split("\n")[0]}`);
    return errorResponse(503, "database unreachable", { status: "unavailable", database: "unreachable" });
  }
}
