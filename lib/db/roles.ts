// The web app reads through a role of its own per database, `<database>_web`, that can connect to that database
// only and there only SELECT; migrations and importers use the owner. See docs/security.md for what the
// PUBLIC revocations below mean for other users of a shared server.
import { createHash } from "node:crypto";
import pg from "pg";

/** PostgreSQL truncates identifiers longer than this many bytes (NAMEDATALEN - 1) without an error. */
const MAX_IDENTIFIER_BYTES = 63;

/** The role before roles were per database: one for every deployment on a server. Its rights here are revoked. */
export const LEGACY_SHARED_ROLE = "monitor_web";

/**
 * `<database>_web`. A name that would pass 63 bytes keeps as much of the database name as fits (whole characters)
 * and a hash of the full name, so two long names that share a prefix still get two roles.
 */
export function webRoleName(database: string): string {
  const name = `${database}_web`;
  if (Buffer.byteLength(name) <= MAX_IDENTIFIER_BYTES) return name;
  const suffix = `_${createHash("sha256").update(database).digest("hex").slice(0, 8)}_web`;
  const chars = Array.from(database);
  while (Buffer.byteLength(chars.join("") + suffix) > MAX_IDENTIFIER_BYTES) chars.pop();
  return chars.join("") + suffix;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export interface ReadOnlyRoleOptions {
  password: string;
  /** Default: webRoleName(the database's name). */
  role?: string;
  /** Told about what could not be locked down (e.g. the owner connection is not the database's owner). */
  warn?: (message: string) => void;
  /** Role whose rights in this database are revoked (default LEGACY_SHARED_ROLE); tests name their own. */
  legacyRole?: string;
}

/**
 * Creates (or refreshes) the database's read-only LOGIN role and returns a connection URL for it. Must run as the
 * owner (the database's owner or a superuser) after migrations. The role gets CONNECT on this database, USAGE on
 * schema public and SELECT on its tables (now and future ones created by the owner) — nothing else: PUBLIC's
 * default CONNECT and TEMPORARY on this database and CREATE on schema public are revoked, so no role without an
 * explicit grant (another deployment's web role included) can connect here, and the web role cannot make temp tables.
 */
export async function ensureReadOnlyRole(ownerUrl: string, options: ReadOnlyRoleOptions): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ db: string; owner: string }>("SELECT current_database() AS db, current_user AS owner");
    const { db, owner } = rows[0]!;
    const role = options.role ?? webRoleName(db);
    const [r, d, o] = [quoteIdent(role), quoteIdent(db), quoteIdent(owner)];
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const password = client.escapeLiteral(options.password);
    if (exists.rowCount === 0) {
      await client.query(`CREATE ROLE ${r} LOGIN PASSWORD ${password} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION`);
    } else {
      await client.query(`ALTER ROLE ${r} LOGIN PASSWORD ${password} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION`);
    }
    // The owner keeps what it had through PUBLIC (it may not be the database's owner), then PUBLIC loses it.
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${d} TO ${o}`);
    await client.query(`REVOKE CONNECT, TEMPORARY ON DATABASE ${d} FROM PUBLIC`);
    await client.query(`REVOKE ALL ON DATABASE ${d} FROM ${r}`);
    await client.query(`GRANT CONNECT ON DATABASE ${d} TO ${r}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`); // PostgreSQL ≤ 14 granted it by default
    await client.query(`REVOKE CREATE ON SCHEMA public FROM ${r}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${r}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT SELECT ON TABLES TO ${r}`);

    const legacy = options.legacyRole ?? LEGACY_SHARED_ROLE;
    if (legacy !== role && (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [legacy])).rowCount) {
      const l = quoteIdent(legacy);
      await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${l}`);
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public REVOKE ALL ON TABLES FROM ${l}`);
      await client.query(`REVOKE ALL ON SCHEMA public FROM ${l}`);
      await client.query(`REVOKE ALL ON DATABASE ${d} FROM ${l}`);
    }

    // A REVOKE by someone who is neither the database's owner nor a superuser only warns: check what holds.
    const open = await client.query<{ privilege: string }>(
      `SELECT a.privilege_type AS privilege FROM pg_database, aclexplode(coalesce(datacl, acldefault('d', datdba))) a
        WHERE datname = current_database() AND a.grantee = 0 AND a.privilege_type IN ('CONNECT', 'TEMPORARY')`,
    );
    if (open.rowCount) {
      options.warn?.(
        `PUBLIC still has ${open.rows.map((x) => x.privilege).join(" and ")} on database ${db} (${owner} is not its owner): any ` +
          `role on this server can connect to it. Ask its owner to run REVOKE CONNECT, TEMPORARY ON DATABASE ${d} FROM PUBLIC.`,
      );
    }
    const url = new URL(ownerUrl);
    url.username = role;
    url.password = options.password;
    return url.toString();
  } finally {
    await client.end();
  }
}
