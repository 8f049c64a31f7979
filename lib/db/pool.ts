// A plain pg pool for streaming reads (CSV export of millions of rows), as the same read-only web role as Prisma.
import "server-only";
import pg from "pg";
import { webDatabaseUrl } from "../env";

const globalForPool = globalThis as unknown as { exportPool?: pg.Pool };

function max(): number {
  return Number(process.env.EXPORT_POOL_SIZE ?? 8);
}

export function pool(): pg.Pool {
  if (!globalForPool.exportPool) {
    const created = new pg.Pool({
      connectionString: webDatabaseUrl(),
      // Exports hold a connection for the whole download: room for several at once, and time to wait for a free one
      // under load (a refused connection still fails at once, so an outage is still a prompt 503).
      max: max(),
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

/** A connection held for one export. `release` is idempotent; with an error (or after the connection broke) it is discarded. */
export interface ExportLease {
  client: pg.PoolClient;
  release(error?: Error): void;
}

/**
 * Checks a connection out of the export pool for one download. pg-pool detaches its own 'error' listener while a
 * client is checked out, so a connection killed then (pg_terminate_backend, a failover, a restart) would emit
 * 'error' with no listener: an uncaughtException thrown from inside pg-copy-streams' parser, which then never ends
 * its stream — the download hangs and the connection is never returned (issue 16). The lease listens for the whole
 * time it holds the client: the error is kept, the query in flight fails by itself (pg errors it when the socket
 * ends), a later query on the dead client fails at once, and the client is discarded when released.
 */
export async function leaseExportConnection(): Promise<ExportLease> {
  const client = await pool().connect();
  let broken: Error | undefined;
  let released = false;
  const onError = (error: Error) => {
    broken ??= error;
    console.error(`export pool: connection lost during an export: ${error.message.split("\n")[0]}`);
  };
  client.on("error", onError);
  return {
    client,
    release(error?: Error) {
      if (released) return;
      released = true;
      client.off("error", onError); // pg-pool attaches its idle listener again in the same synchronous call
      client.release(error ?? broken);
    },
  };
}

/** What /api/health reports about the export pool: a connection that never comes back shows as `inUse` for good. */
export function exportPoolState(): { max: number; open: number; idle: number; inUse: number; waiting: number } {
  const p = globalForPool.exportPool;
  if (!p) return { max: max(), open: 0, idle: 0, inUse: 0, waiting: 0 };
  return { max: p.options.max, open: p.totalCount, idle: p.idleCount, inUse: p.totalCount - p.idleCount, waiting: p.waitingCount };
}
