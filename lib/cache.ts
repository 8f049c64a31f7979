// Query results cached by data version. Data changes only when an import commits, and every import that changes
// something bumps "DataVersion".version in its own transaction (lib/import/pipeline.ts). A cached result is used only
// while the version it was computed at is still the current one, so a committed import is visible on the very next
// request, without a restart and without any explicit invalidation; several server processes stay correct on their own.
//
// Cost per request: one primary-key read of a one-row table, shared by all cached calls that run concurrently. When
// the database is unreachable that read fails and the caller gets the same error as without the cache (503 / error
// page): a cache never hides an outage behind stale data.
//
// Results are copied (structuredClone) on the way in and out, so a caller that mutates what it got cannot corrupt
// what the next request sees. Bounded: at most MAX_ENTRIES results, and results above MAX_ROWS rows are not kept.
// MONITOR_CACHE=off disables it (benchmarks of the raw queries).
import { currentDataVersion } from "./data-version";

const MAX_ENTRIES = Number(process.env.MONITOR_CACHE_ENTRIES ?? 500);
const MAX_ROWS = 20_000;

interface Entry {
  version: string;
  value: unknown;
}

const globalForCache = globalThis as unknown as { monitorCache?: Map<string, Entry> };
const entries: Map<string, Entry> = (globalForCache.monitorCache ??= new Map());

export function cacheEnabled(): boolean {
  return process.env.MONITOR_CACHE !== "off";
}

function size(value: unknown): number {
  return Array.isArray(value) ? value.length : 1;
}

/**
 * Wraps a query function: the same arguments at the same data version return a copy of the cached result.
 * `name` must be unique per function; arguments must be JSON-serialisable (they form the key).
 */
export function cachedByDataVersion<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    if (!cacheEnabled()) return fn(...args);
    const version = await currentDataVersion();
    const key = `${name}:${JSON.stringify(args)}`;
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      // Most recently used last: Map keeps insertion order, so re-inserting makes eviction least-recently-used.
      entries.delete(key);
      entries.set(key, hit);
      return structuredClone(hit.value) as R;
    }
    const value = await fn(...args);
    if (size(value) <= MAX_ROWS) {
      entries.delete(key);
      entries.set(key, { version, value: structuredClone(value) });
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    }
    return value;
  };
}

/** Empties the cache (tests). */
export function clearCache(): void {
  entries.clear();
}
