import "server-only";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env.js";
import { createReplicaSet, type ReplicaSet } from "@/lib/replicas/replica-set";

// A dead replica must cost a request little: the connection attempt gives up quickly, and the read
// goes to the primary (lib/replicas/replica-set.ts).
const REPLICA_CONNECT_TIMEOUT_MS = 1000;

const globalForReplicas = globalThis as unknown as { papershelfReplicas?: ReplicaSet | null };

/** A URL's host, port and database, never its password: how logs name a replica. */
function replicaName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

/**
 * The read replicas of DATABASE_REPLICA_URLS, or null when there are none. Created on first use,
 * like getDb(), so that `next build` opens no database.
 */
export function getReplicaSet(): ReplicaSet | null {
  if (globalForReplicas.papershelfReplicas === undefined) {
    const urls = env.DATABASE_REPLICA_URLS;
    globalForReplicas.papershelfReplicas =
      urls.length === 0
        ? null
        : createReplicaSet({
            primary: getDb(),
            replicas: urls.map((url) => ({
              name: replicaName(url),
              client: createPrismaClient(url, env.DATABASE_POOL_SIZE, { connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS }),
            })),
            maxLagMs: env.DATABASE_REPLICA_MAX_LAG_SECONDS * 1000,
          });
  }
  return globalForReplicas.papershelfReplicas;
}
