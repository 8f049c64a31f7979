// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (Prisma-compatible bookkeeping in
// _prisma_migrations; see lib/migrate/apply.ts for why not `prisma migrate deploy`).
import { applyMigrations } from "../lib/migrate/apply.ts";
import { MIGRATIONS_DIR, redact } from "./lib/launch.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/monitor npm run db:migrate");
  console.error("(`npm run dev` migrates its embedded database by itself.)");
  process.exit(1);
}
const t = performance.now();
try {
  const { applied, alreadyApplied } = await applyMigrations(url, MIGRATIONS_DIR);
  console.log(`database ${redact(url)}`);
  for (const name of alreadyApplied) console.log(`  already applied  ${name}`);
  for (const name of applied) console.log(`  applied          ${name}`);
  console.log(
    applied.length
      ? `${applied.length} migration(s) applied, ${alreadyApplied.length} already applied (${((performance.now() - t) / 1000).toFixed(2)} s)`
      : `database schema is up to date: ${alreadyApplied.length} migration(s) already applied`,
  );
} catch (error) {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
