// Connection settings, read in one place.
//   DATABASE_URL      owner connection: migrations, importers, seed (and the app when WEB_DATABASE_URL is unset)
//   WEB_DATABASE_URL  read-only role the web app uses (set by the launchers; see lib/db/roles.ts)
//   ADMIN_DATABASE_URL a superuser connection used to create databases and roles (tests, dev tooling)

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Run `npm run dev` (it starts an embedded PostgreSQL) or set DATABASE_URL=postgresql://…");
  }
  return url;
}

export function webDatabaseUrl(): string {
  return process.env.WEB_DATABASE_URL || databaseUrl();
}

export function adminUrl(): string {
  return process.env.ADMIN_DATABASE_URL || process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
}
