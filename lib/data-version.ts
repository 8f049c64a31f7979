// The current data version: a counter in "DataVersion" that every import changing data bumps inside its own
// transaction (lib/import/pipeline.ts). Pages are rendered once per version (proxy.ts), query results are cached per
// version (lib/cache.ts), and ETags derive from it (lib/http-cache.ts).
//
// One primary-key read of a one-row table per call; concurrent callers share one read in flight, so under load one
// query serves many requests. A caller joining a read already on its way may get the version from up to one round
// trip earlier — the same moment an uncached query sent then would have seen. When the database is unreachable the
// read fails and the caller answers 503: a cache never hides an outage behind stale data.
import "server-only";
import pg from "pg";
import { webDatabaseUrl } from "./env";

const g = globalThis as unknown as { monitorVersionPool?: pg.Pool; monitorVersionRead?: Promise<string> | null };

function versionPool(): pg.Pool {
  if (!g.monitorVersionPool) {
    const created = new pg.Pool({
      connectionString: webDatabaseUrl(),
      max: 2,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      application_name: "monitor-version",
    });
    created.on("error", (error) => console.error(`version pool: idle connection lost: ${error.message.split("\n")[0]}`));
    g.monitorVersionPool = created;
  }
  return g.monitorVersionPool;
}

export function currentDataVersion(): Promise<string> {
  const inFlight = g.monitorVersionRead;
  if (inFlight) return inFlight;
  const read = (async () => {
    try {
      const { rows } = await versionPool().query<{ version: string }>(`SELECT version::text AS version FROM "DataVersion" WHERE id = 1`);
      return rows[0]?.version ?? "0";
    } finally {
      g.monitorVersionRead = null;
    }
  })();
  g.monitorVersionRead = read;
  return read;
}
