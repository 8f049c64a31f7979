// A bounded load generator for the running app on 127.0.0.1: N concurrent clients loop over a mix of pages, JSON API
// and CSV export requests for a fixed time, then stop. Errors are network failures, timeouts and 5xx answers; every
// status is counted per URL; the server's memory (VmRSS) is sampled every second when its pid is known.
// Used by `npm run load` (scripts/load.ts) and, shortened, by e2e/load.spec.ts.
import { readFile, readdir, readlink } from "node:fs/promises";

export const DEFAULT_MIX = [
  "/",
  "/about",
  "/trade",
  "/mirror",
  "/investment",
  "/debt",
  "/notes",
  "/sources",
  "/api/health",
  "/api/series",
  "/api/series?domain=trade&products=exclude",
  "/api/series/trade.CHN.KAZ.X?all=1",
  "/api/series/trade.KAZ.CHN.M?from=2010&to=2020",
  "/api/mirror?exporter=CHN&importer=KAZ",
  "/api/export?series=trade.CHN.KAZ.X,trade.KAZ.CHN.M&format=csv&all=1",
  "/api/export?series=trade.CHN.KAZ.X&format=json",
  "/api/export?group=hs-chapters&format=csv",
];

export interface LoadOptions {
  baseUrl: string;
  clients: number;
  durationMs: number;
  paths?: string[];
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Hard cap on requests, whatever the duration. */
  maxRequests?: number;
  /** Server process whose memory is sampled. */
  serverPid?: number;
  onProgress?: (line: string) => void;
}

export interface LoadReport {
  requests: number;
  errors: number;
  seconds: number;
  byPath: Record<string, { statuses: Record<string, number>; errors: number; p50: number; p95: number; maxMs: number }>;
  errorSamples: string[];
  /** Requests that got no complete answer (connection error, timeout, body cut short), first 20. */
  networkErrors: string[];
  memory: { t: number; rssMb: number }[];
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export async function rssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return null;
  }
}

/** The pid of the process listening on a TCP port of this machine (Linux /proc), or undefined. */
export async function pidListeningOn(port: number): Promise<number | undefined> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const text = await readFile(table, "utf8").catch(() => "");
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const localPort = parseInt(cols[1]!.split(":")[1]!, 16);
      if (localPort === port && cols[3] === "0A") inodes.add(cols[9]!);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const pid of (await readdir("/proc")).filter((d) => /^\d+$/.test(d))) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      const m = /^socket:\[(\d+)\]$/.exec(target);
      if (m && inodes.has(m[1]!)) return Number(pid);
    }
  }
  return undefined;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const paths = options.paths ?? DEFAULT_MIX;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRequests = options.maxRequests ?? 2_000_000;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const byPath = new Map(paths.map((p) => [p, { statuses: {} as Record<string, number>, errors: 0, times: [] as number[] }]));
  const errorSamples: string[] = [];
  const networkErrors: string[] = [];
  const memory: { t: number; rssMb: number }[] = [];
  let requests = 0;
  let errors = 0;
  let next = 0;

  const sampler = options.serverPid
    ? setInterval(() => {
        void rssMb(options.serverPid!).then((mb) => mb !== null && memory.push({ t: (performance.now() - started) / 1000, rssMb: mb }));
      }, 1000)
    : undefined;
  const progress = setInterval(
    () => options.onProgress?.(`${((performance.now() - started) / 1000).toFixed(0)} s: ${requests} requests, ${errors} errors`),
    10_000,
  );

  const client = async () => {
    while (performance.now() < deadline && requests < maxRequests) {
      const path = paths[next++ % paths.length]!;
      const stats = byPath.get(path)!;
      const t = performance.now();
      requests++;
      let res: Response | undefined;
      try {
        res = await fetch(options.baseUrl + path, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
        // Read the whole body: a streamed export that breaks half-way is an error too.
        await res.arrayBuffer();
        stats.statuses[res.status] = (stats.statuses[res.status] ?? 0) + 1;
        if (res.status >= 500) {
          errors++;
          stats.errors++;
          if (errorSamples.length < 20) errorSamples.push(`${res.status} ${path}`);
        }
      } catch (error) {
        errors++;
        stats.errors++;
        // "cut": the status line arrived but the body broke off (a stream interrupted); "error": no answer at all.
        const kind = res ? "cut" : "error";
        stats.statuses[kind] = (stats.statuses[kind] ?? 0) + 1;
        const why = `${path} (${kind}${res ? ` after ${res.status}` : ""}) after ${((performance.now() - t) / 1000).toFixed(1)} s: ${(error as Error).message}${(error as { cause?: Error }).cause ? ` (${(error as { cause?: Error }).cause!.message})` : ""}`;
        if (errorSamples.length < 20) errorSamples.push(why);
        if (networkErrors.length < 20) networkErrors.push(why);
      }
      stats.times.push(performance.now() - t);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.clients }, client));
  } finally {
    if (sampler) clearInterval(sampler);
    clearInterval(progress);
  }
  return {
    requests,
    errors,
    seconds: (performance.now() - started) / 1000,
    byPath: Object.fromEntries(
      [...byPath].map(([p, s]) => [
        p,
        {
          statuses: s.statuses,
          errors: s.errors,
          p50: percentile(s.times, 50),
          p95: percentile(s.times, 95),
          maxMs: Math.max(0, ...s.times),
        },
      ]),
    ),
    errorSamples,
    networkErrors,
    memory,
  };
}

export function formatLoadReport(r: LoadReport, clients: number): string {
  const lines = [
    `${r.requests} requests from ${clients} clients in ${r.seconds.toFixed(1)} s (${(r.requests / r.seconds).toFixed(0)} req/s), ${r.errors} errors`,
    "",
    "| path | statuses | p50 ms | p95 ms | max ms |",
    "|---|---|--:|--:|--:|",
    ...Object.entries(r.byPath).map(
      ([p, s]) =>
        `| ${p} | ${Object.entries(s.statuses)
          .map(([k, v]) => `${k}×${v}`)
          .join(" ")} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)} | ${s.maxMs.toFixed(0)} |`,
    ),
  ];
  if (r.memory.length) {
    const step = Math.max(1, Math.floor(r.memory.length / 12));
    const picked = r.memory.filter((_, i) => i % step === 0 || i === r.memory.length - 1);
    lines.push("", `server memory (VmRSS, MB) over time: ${picked.map((m) => `${m.t.toFixed(0)} s ${m.rssMb.toFixed(0)}`).join(" · ")}`);
    lines.push(
      `min ${Math.min(...r.memory.map((m) => m.rssMb)).toFixed(0)} MB, max ${Math.max(...r.memory.map((m) => m.rssMb)).toFixed(0)} MB`,
    );
  }
  if (r.errorSamples.length) lines.push("", "errors (first 20):", ...r.errorSamples.map((e) => `  ${e}`));
  return lines.join("\n");
}
