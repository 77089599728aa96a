import "server-only";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { env } from "@/lib/env.js";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const globalForDb = globalThis as unknown as { papershelfDb?: PrismaClient };

/**
 * The app's Prisma client. Created on first use, never at import, because `next build` imports
 * every route and must not need a database.
 */
export function getDb(): PrismaClient {
  if (!globalForDb.papershelfDb) {
    if (!env.DATABASE_URL) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database");
    }
    globalForDb.papershelfDb = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  }
  return globalForDb.papershelfDb;
}
