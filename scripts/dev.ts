// `npm run dev`: development server with a database that needs no setup.
//   DATABASE_URL unset → embedded PostgreSQL in .data/postgres (initialised on first run), migrated, seeded,
//                        read-only role <database>_web; then `next dev` with WEB_DATABASE_URL only.
//   DATABASE_URL set   → that database is migrated and seeded, then `next dev` against it (read-only role too).
// PORT (default 3000) and HOST (default 127.0.0.1; 0.0.0.0 to serve the network) are where Next listens;
// EMBEDDED_PG_PORT / EMBEDDED_PG_DIR override the embedded server's port (default: first free from 54329) and
// folder. Ctrl-C stops Next.js and PostgreSQL.
// Everything shared with `npm start` is in scripts/lib/launch.ts (timings and the seeding decision are there).
import { launch, log } from "./lib/launch.ts";

launch("dev").catch((error: unknown) => {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
