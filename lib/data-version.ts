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

/** A committed data version and when it was committed (DataVersionLog): what "data as of <date>" names. */
export interface DataVersionInfo {
  version: string;
  /** ISO timestamp of the commit. */
  committedAt: string;
}

// Log rows never change once written: a version found once is kept (a handful of versions per process).
const g2 = globalThis as unknown as { monitorVersionInfo?: Map<string, DataVersionInfo> };
const knownVersions: Map<string, DataVersionInfo> = (g2.monitorVersionInfo ??= new Map());

/** The log row of a data version, or null when no import committed that version. */
export async function dataVersionInfo(version: string): Promise<DataVersionInfo | null> {
  const hit = knownVersions.get(version);
  if (hit) return hit;
  const { rows } = await versionPool().query<{ version: string; committed_at: Date }>(
    `SELECT version::text AS version, "committedAt" AS committed_at FROM "DataVersionLog" WHERE version = $1::bigint`,
    [version],
  );
  const row = rows[0];
  if (!row) return null;
  const info = { version: row.version, committedAt: row.committed_at.toISOString() };
  knownVersions.set(version, info);
  return info;
}
