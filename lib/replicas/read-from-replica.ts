import "server-only";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getReplicaSet } from "@/lib/replicas/get-replica-set";
import type { ReadMode } from "@/lib/replicas/replica-set";

/**
 * Runs a public read on a read replica when DATABASE_REPLICA_URLS names one that is up and close
 * enough for `mode` (see ReadMode), else on the primary; without replicas, on the primary with no
 * extra query. Each read says here which it may be: writes, per-person reads, auth and jobs keep
 * calling getDb(). `run` may run twice (on the primary after a replica failed), so it only reads.
 */
export function readFromReplica<T>(mode: ReadMode, run: (db: PrismaClient) => Promise<T>): Promise<T> {
  const replicas = getReplicaSet();
  return replicas ? replicas.read(mode, run) : run(getDb());
}
