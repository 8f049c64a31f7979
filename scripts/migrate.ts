// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (Prisma-compatible bookkeeping in
// _prisma_migrations; see lib/migrate/apply.ts for why not `prisma migrate deploy`). With no DATABASE_URL: the
// embedded PostgreSQL of `npm run dev`, running or not (scripts/lib/owner-database.ts).
import { applyMigrations } from "../lib/migrate/apply.ts";
import { MIGRATIONS_DIR, redact } from "./lib/launch.ts";
import { withOwnerDatabase } from "./lib/owner-database.ts";

const t = performance.now();
try {
  const { applied, alreadyApplied } = await withOwnerDatabase(
    async (url) => {
      console.log(`database ${redact(url)}`);
      return applyMigrations(url, MIGRATIONS_DIR);
    },
    (line) => console.log(line),
  );
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
