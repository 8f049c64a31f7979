// `npm run db:seed`: loads the data pack in prisma/seed-data into DATABASE_URL (idempotent: a second run
// reports every row as unchanged). Run `npm run db:migrate` first. With no DATABASE_URL: into the embedded
// PostgreSQL of `npm run dev`, running or not (scripts/lib/owner-database.ts; migrated first when started here).
import { loadSeed, redact } from "./lib/launch.ts";
import { withOwnerDatabase } from "./lib/owner-database.ts";

const t = performance.now();
try {
  const seedDatabase = await loadSeed();
  if (!seedDatabase) throw new Error("lib/import/seed.ts does not exist");
  const s = await withOwnerDatabase(
    (url) => {
      console.log(`seeding ${redact(url)} from prisma/seed-data`);
      return seedDatabase(url, { log: (line) => console.log(`  ${line}`) });
    },
    (line) => console.log(line),
  );
  console.log(
    `${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected (${((performance.now() - t) / 1000).toFixed(2)} s)`,
  );
  if (s.rejected > 0) console.log("note: rejected rows are listed above, under their file; they were not loaded");
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
