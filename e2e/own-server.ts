// A `next start` of the production build owned by one spec (its own port, its own environment, its log readable),
// for tests that must read the server's output or point it at their own database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { findFreePort } from "../scripts/lib/embedded-db";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface OwnServer {
  url: string;
  pid: number;
  log: () => string;
  stop: () => Promise<void>;
}

/** The server gets WEB_DATABASE_URL (inherited, or in `env`) and never the owner's or the admin's URL, as from the launchers. */
export async function startOwnServer(env: Record<string, string> = {}, firstPort = 3600): Promise<OwnServer> {
  const serverEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env };
  delete serverEnv.DATABASE_URL;
  delete serverEnv.ADMIN_DATABASE_URL;
  const port = await findFreePort(firstPort);
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      detached: true, // own process group: next start forks next-server, and both must go
      stdio: ["ignore", "pipe", "pipe"],
      env: serverEnv,
    },
  );
  let log = "";
  const append = (d: Buffer) => {
    log = (log + d.toString()).slice(-2_000_000);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
      throw new Error(`next start did not come up:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    log: () => log,
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      for (let i = 0; i < 50 && child.exitCode === null && child.signalCode === null; i++) await new Promise((r) => setTimeout(r, 100));
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
    },
  };
}
