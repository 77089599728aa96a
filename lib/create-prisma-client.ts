import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one way to open the database, for the app and for scripts alike (same adapter, same SQL).
 * `pool` adds node-postgres settings, such as a short connection timeout for read replicas.
 */
export function createPrismaClient(url: string, poolSize = 5, pool: Omit<PoolConfig, "connectionString" | "max"> = {}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ ...pool, connectionString: url, max: poolSize }) });
}
