import { defineConfig } from "prisma/config";

// Prisma 7 reads connection URLs from here (CLI only); the app connects through @prisma/adapter-pg (lib/db.ts).
// `prisma generate` needs no database. Migrations are applied by scripts/migrate.ts (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/monitor" },
});
