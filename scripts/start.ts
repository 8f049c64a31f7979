// `npm start`: production server (`next start`) on an existing build (`npm run build`).
// Same database logic as `npm run dev` (scripts/lib/launch.ts): DATABASE_URL if set (Docker, a real server),
// otherwise the embedded PostgreSQL in .data/postgres. Migrations and the idempotent seed run before Next starts;
// Next gets only WEB_DATABASE_URL and listens on HOST (default 127.0.0.1; the Docker image sets 0.0.0.0).
import { launch, log } from "./lib/launch.ts";

launch("start").catch((error: unknown) => {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
