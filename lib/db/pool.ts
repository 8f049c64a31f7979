// A plain pg pool for streaming reads (CSV export of millions of rows), as the same read-only web role as Prisma.
import pg from "pg";
import { webDatabaseUrl } from "../env";

const globalForPool = globalThis as unknown as { exportPool?: pg.Pool };

export function pool(): pg.Pool {
  if (!globalForPool.exportPool) {
    const created = new pg.Pool({
      connectionString: webDatabaseUrl(),
      // Exports hold a connection for the whole download: room for several at once, and time to wait for a free one
      // under load (a refused connection still fails at once, so an outage is still a prompt 503).
      max: Number(process.env.EXPORT_POOL_SIZE ?? 8),
      connectionTimeoutMillis: 10_000,
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
