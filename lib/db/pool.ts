// A plain pg pool for streaming reads (CSV export of millions of rows), as the same read-only web role as Prisma.
import pg from "pg";
import { webDatabaseUrl } from "../env";

const globalForPool = globalThis as unknown as { exportPool?: pg.Pool };

export function pool(): pg.Pool {
  if (!globalForPool.exportPool) {
    const created = new pg.Pool({
      connectionString: webDatabaseUrl(),
      max: Number(process.env.EXPORT_POOL_SIZE ?? 4),
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      application_name: "monitor-export",
    });
    // An idle connection dropped by the server (restart, failover) is emitted here; unhandled, it would crash the
    // whole server process. The pool discards that connection and opens a new one on the next request.
    created.on("error", (error) => console.error(`export pool: idle connection lost: ${error.message.split("\n")[0]}`));
    globalForPool.exportPool = created;
  }
  return globalForPool.exportPool;
}
