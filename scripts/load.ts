// npm run load -- [--url http://127.0.0.1:3000] [--clients 64] [--duration 60] [--pid N]
// Drives a running app on this machine with N concurrent clients for a bounded time (pages, JSON API, CSV export),
// then prints errors (5xx, timeouts, broken connections: must be 0), status counts per URL and the server's memory
// over time. Without --url it starts its own `next start` (production build in .next) against
// postgresql://postgres@127.0.0.1:5432/monitor_bench_pages (seeded on first use; --database to choose another).
// Only loopback addresses are accepted.
import { seededDatabase } from "../bench/pages.ts";
import { options, startNext } from "../bench/lib.ts";
import { formatLoadReport, pidListeningOn, runLoad } from "./lib/load.ts";

const opts = options();
const clients = Number(opts.get("clients") ?? 64);
const seconds = Number(opts.get("duration") ?? 60);
if (!(clients >= 1 && clients <= 256)) throw new Error("--clients must be 1–256");
if (!(seconds >= 1 && seconds <= 600)) throw new Error("--duration must be 1–600 seconds");

let stop: (() => Promise<void>) | undefined;
let baseUrl = opts.get("url");
let pid = opts.get("pid") ? Number(opts.get("pid")) : undefined;
if (baseUrl) {
  const host = new URL(baseUrl).hostname;
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host))
    throw new Error(`--url must be on this machine (127.0.0.1, localhost or [::1]), not ${host}`);
  pid ??= await pidListeningOn(Number(new URL(baseUrl).port || 80));
} else {
  const { owner, web } = await seededDatabase(opts.get("database") ?? "postgresql://postgres@127.0.0.1:5432/monitor_bench_pages");
  const server = await startNext({ DATABASE_URL: owner, WEB_DATABASE_URL: web });
  baseUrl = server.url;
  pid = server.serverPid;
  stop = server.stop;
  console.log(`[load] next start on ${baseUrl} (next-server pid ${pid})`);
}

try {
  console.log(`[load] ${clients} clients for ${seconds} s against ${baseUrl}${pid ? ` (server pid ${pid})` : ""}`);
  const report = await runLoad({
    baseUrl,
    clients,
    durationMs: seconds * 1000,
    serverPid: pid,
    onProgress: (l) => console.log(`[load] ${l}`),
  });
  console.log(`\n${formatLoadReport(report, clients)}\n`);
  process.exitCode = report.errors === 0 ? 0 : 1;
} finally {
  await stop?.();
}
