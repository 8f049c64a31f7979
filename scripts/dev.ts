// `npm run dev`: development server with a database that needs no setup.
//   DATABASE_URL unset → embedded PostgreSQL in .data/postgres (initialised on first run), migrated, seeded,
//                        read-only role monitor_web; then `next dev` with DATABASE_URL / WEB_DATABASE_URL.
//   DATABASE_URL set   → that database is migrated and seeded, then `next dev` against it.
// PORT (default 3000) is the web port; EMBEDDED_PG_PORT / EMBEDDED_PG_DIR override the embedded server's
// port (default: first free from 54329) and folder. Ctrl-C stops Next.js and PostgreSQL.
// Everything shared with `npm start` is in scripts/lib/launch.ts (timings and the seeding decision are there).
import { launch, log } from "./lib/launch.ts";

launch("dev").catch((error: unknown) => {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
