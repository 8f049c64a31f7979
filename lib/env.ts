// Connection settings, read in one place.
//   DATABASE_URL      owner connection: migrations, importers, seed (never given to the web process by the launchers)
//   WEB_DATABASE_URL  read-only role the web app uses (set by the launchers; see lib/db/roles.ts)
//   ADMIN_DATABASE_URL a superuser connection used to create databases and roles (tests, dev tooling)
// A value that is not a postgres:// or postgresql:// URL is refused with a message naming the variable: pg would
// otherwise read `not-a-url` as a host name ("getaddrinfo ENOTFOUND base") and try a mysql:// URL as PostgreSQL.

const EXAMPLE = "postgresql://user:password@host:5432/database";

/** `value` if it is a PostgreSQL connection URL; otherwise an error naming `name` (the value is not echoed: it may hold a password). */
export function checkPostgresUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a valid URL; expected ${EXAMPLE}`);
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`${name} must be a postgresql:// URL (it starts with "${url.protocol}"): the monitor runs on PostgreSQL only`);
  }
  if (!url.hostname && !url.searchParams.get("host")) {
    throw new Error(`${name} names no host; expected ${EXAMPLE}`);
  }
  return value;
}

/** The variable's value, checked; undefined when it is unset or empty. */
export function optionalPostgresUrl(name: string): string | undefined {
  const value = process.env[name];
  return value ? checkPostgresUrl(name, value) : undefined;
}

export function databaseUrl(): string {
  const url = optionalPostgresUrl("DATABASE_URL");
  if (!url) {
    throw new Error(`DATABASE_URL is not set. Run \`npm run dev\` (it starts an embedded PostgreSQL) or set DATABASE_URL=${EXAMPLE}`);
  }
  return url;
}

export function webDatabaseUrl(): string {
  return optionalPostgresUrl("WEB_DATABASE_URL") ?? databaseUrl();
}

export function adminUrl(): string {
  return (
    optionalPostgresUrl("ADMIN_DATABASE_URL") ?? optionalPostgresUrl("DATABASE_URL") ?? "postgresql://postgres@127.0.0.1:5432/postgres"
  );
}

/**
 * PUBLIC_ORIGIN (e.g. https://monitor.example): the site's public origin, which share cards need for absolute image
 * URLs (Open Graph requires them). Unset: pages carry root-relative URLs and Next resolves them as it can.
 */
export function publicOrigin(): string | undefined {
  const value = process.env.PUBLIC_ORIGIN;
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_ORIGIN is not a valid URL; expected e.g. https://monitor.example`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("PUBLIC_ORIGIN must be an http:// or https:// origin");
  return url.origin;
}
