// `npm run db:seed`: loads the data pack in prisma/seed-data into DATABASE_URL (idempotent: a second run
// reports every row as unchanged). Run `npm run db:migrate` first.
import { loadSeed, redact } from "./lib/launch.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/monitor npm run db:seed");
  process.exit(1);
}
const t = performance.now();
try {
  const seedDatabase = await loadSeed();
  if (!seedDatabase) throw new Error("lib/import/seed.ts does not exist");
  console.log(`seeding ${redact(url)} from prisma/seed-data`);
  const s = await seedDatabase(url, { log: (line) => console.log(`  ${line}`) });
  console.log(
    `${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected (${((performance.now() - t) / 1000).toFixed(2)} s)`,
  );
  if (s.rejected > 0) console.log("note: rejected rows are listed above, under their file; they were not loaded");
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
