// One Prisma client per process (adapter-pg, JS query compiler: no native engine), reading as the web role.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { webDatabaseUrl } from "../env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: webDatabaseUrl(),
    // Fail fast while the database is down so pages and the API answer 503 instead of hanging.
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    application_name: "monitor-web",
  });
  return new PrismaClient({ adapter });
}

/** Lazily created so that `next build` never connects. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}
