// The web app reads through a role that can only SELECT; migrations and importers use the owner.
import pg from "pg";

export const WEB_ROLE = "monitor_web";

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Creates (or refreshes) a LOGIN role with SELECT on every table of the public schema, now and in future
 * tables created by the owner, and returns a connection URL for it. Must run as the owner after migrations.
 */
export async function ensureReadOnlyRole(ownerUrl: string, options: { role?: string; password: string }): Promise<string> {
  const role = options.role ?? WEB_ROLE;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ db: string; owner: string }>("SELECT current_database() AS db, current_user AS owner");
    const { db, owner } = rows[0]!;
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const password = client.escapeLiteral(options.password);
    if (exists.rowCount === 0) {
      await client.query(`CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD ${password} NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    } else {
      await client.query(`ALTER ROLE ${quoteIdent(role)} LOGIN PASSWORD ${password}`);
    }
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(db)} TO ${quoteIdent(role)}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${quoteIdent(role)}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM ${quoteIdent(role)}`);
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${quoteIdent(role)}`);
    await client.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(owner)} IN SCHEMA public GRANT SELECT ON TABLES TO ${quoteIdent(role)}`,
    );
    const url = new URL(ownerUrl);
    url.username = role;
    url.password = options.password;
    return url.toString();
  } finally {
    await client.end();
  }
}
