// A plain pg pool for streaming reads (CSV export of millions of rows), as the same read-only web role as Prisma.
import pg from "pg";
import { webDatabaseUrl } from "../env";

const globalForPool = globalThis as unknown as { exportPool?: pg.Pool };

export function pool(): pg.Pool {
  globalForPool.exportPool ??= new pg.Pool({
    connectionString: webDatabaseUrl(),
    max: Number(process.env.EXPORT_POOL_SIZE ?? 4),
    connectionTimeoutMillis: 3000,
    application_name: "monitor-export",
  });
  return globalForPool.exportPool;
}
