// The owner connection for the CLI scripts (`npm run import`, `db:seed`, `db:migrate`): DATABASE_URL when set;
// otherwise the embedded PostgreSQL that `npm run dev` uses, in the same data folder (.data/postgres, or
// EMBEDDED_PG_DIR). If a launcher runs it, the command connects to that server; if not, the command starts it,
// migrates it (a fresh folder is initialised, as `npm run dev` would) and stops it again when done or interrupted.
import path from "node:path";
import { optionalPostgresUrl } from "../../lib/env.ts";
import { DEFAULT_DATA_DIR, runningEmbeddedPostgres, startEmbeddedPostgres } from "./embedded-db.ts";
import { migrate } from "./launch.ts";

export async function withOwnerDatabase<T>(fn: (url: string) => Promise<T>, say: (line: string) => void): Promise<T> {
  const external = optionalPostgresUrl("DATABASE_URL");
  if (external) return fn(external);

  const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR || DEFAULT_DATA_DIR);
  const relative = path.relative(process.cwd(), dataDir);
  const where = relative && !relative.startsWith("..") ? relative : dataDir;
  const running = await runningEmbeddedPostgres(dataDir);
  if (running) {
    say(`database: the embedded PostgreSQL in ${where} that process ${running.ownerPid} runs (127.0.0.1:${running.port})`);
    return fn(running.url);
  }

  say(`database: no DATABASE_URL — starting the embedded PostgreSQL in ${where} for this command`);
  const server = await startEmbeddedPostgres({ dataDir, log: say });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= server.stop().then(() => say("database: embedded PostgreSQL stopped")));
  // Interrupted: the server stops (ending the command's transaction: nothing is written), then the process exits.
  const onSignal = (signal: NodeJS.Signals) => void stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, onSignal);
  try {
    await migrate(server.url, (line) => say(`database: ${line}`));
    return await fn(server.url);
  } finally {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(signal, onSignal);
    await stop();
  }
}
