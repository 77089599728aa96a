import type { PrismaClient } from "@/lib/generated/prisma/client";
import { judgeReplica, type PrimarySample, type ReplicaHealth, type ReplicaProbe } from "@/lib/replicas/judge-replica";
import { pickReplica } from "@/lib/replicas/pick-replica";

/**
 * How fresh a read on a replica must be.
 * - "fresh": it sees every write committed before the read began, as the primary would. For reads
 *   whose result is kept (Next's data cache) or that decide who may see something: a cached page
 *   refilled after a write is never refilled with what the write replaced.
 * - "recent": it may miss the last DATABASE_REPLICA_MAX_LAG_SECONDS of writes. For public reads made
 *   afresh on every request (search, the API's single paper).
 */
export type ReadMode = "fresh" | "recent";

export type Replica = { name: string; client: PrismaClient };

export type ReplicaSetOptions = {
  primary: PrismaClient;
  replicas: Replica[];
  maxLagMs: number;
  /** How often each replica (and the primary's position) is checked. */
  checkEveryMs?: number;
  /** How long a "fresh" read waits for a replica to replay the primary's position before reading the primary. */
  freshWaitMs?: number;
  log?: (line: string) => void;
};

export type ReplicaStatus = { name: string; usable: boolean; lagMs: number | null; reason: string | null; checkedAt: number | null };

/** Where reads went: to a replica, to the primary (no replica fit), or to the primary after a replica failed. */
export type ReadCounts = { replica: number; primary: number; fallback: number };

export type ReplicaSet = {
  read<T>(mode: ReadMode, run: (db: PrismaClient) => Promise<T>): Promise<T>;
  status(): { replicas: ReplicaStatus[]; reads: ReadCounts };
  close(): Promise<void>;
};

type ReplicaState = Replica & { health?: ReplicaHealth; replayedLsn: bigint | null };

async function readPrimaryLsn(primary: PrismaClient): Promise<bigint> {
  const [row] = await primary.$queryRaw<{ lsn: string }[]>`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::text AS "lsn"`;
  return BigInt(row!.lsn);
}

async function probeReplica(client: PrismaClient): Promise<{ inRecovery: boolean; replayedLsn: bigint | null }> {
  const [row] = await client.$queryRaw<{ inRecovery: boolean; replayed: string | null }[]>`
    SELECT pg_is_in_recovery() AS "inRecovery", pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::text AS "replayed"`;
  return { inRecovery: row!.inRecovery, replayedLsn: row!.replayed === null ? null : BigInt(row!.replayed) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n").at(-1)!.trim();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Routes reads to streaming replicas that are up and within `maxLagMs` of the primary, else to the
 * primary. Health is checked in the background every `checkEveryMs` (one position query on the
 * primary, one on each replica), so a request never waits on a replica's check; a replica whose
 * check is overdue is not used. A read that fails on a replica runs again on the primary, and the
 * replica is skipped until its next check passes.
 */
export function createReplicaSet(options: ReplicaSetOptions): ReplicaSet {
  const { primary, maxLagMs, checkEveryMs = 1000, freshWaitMs = 200 } = options;
  const log = options.log ?? ((line: string) => console.warn(line));
  const replicas: ReplicaState[] = options.replicas.map((replica) => ({ ...replica, replayedLsn: null }));
  const counts: ReadCounts = { replica: 0, primary: 0, fallback: 0 };
  // Two missed checks and a replica is no longer trusted: a hung check must not keep it in use.
  const trustForMs = 3 * checkEveryMs;
  let samples: PrimarySample[] = [];
  let turn = 0;
  let checking: Promise<void> | null = null;

  function setHealth(replica: ReplicaState, health: ReplicaHealth) {
    const wasUsable = replica.health?.usable;
    replica.health = health;
    if (!health.usable && wasUsable !== false) log(`read replica ${replica.name} skipped: ${health.reason}`);
    if (health.usable && wasUsable === false) log(`read replica ${replica.name} in use again (${health.lagMs} ms behind)`);
  }

  function markDown(replica: ReplicaState, error: unknown) {
    setHealth(replica, { usable: false, lagMs: null, checkedAt: Date.now(), reason: `a read failed: ${describeError(error)}` });
  }

  async function checkReplica(replica: ReplicaState) {
    let probe: ReplicaProbe;
    try {
      const found = await withTimeout(probeReplica(replica.client), checkEveryMs);
      replica.replayedLsn = found.replayedLsn;
      probe = { ok: true, at: Date.now(), ...found };
    } catch (error) {
      probe = { ok: false, at: Date.now(), error: describeError(error) };
    }
    setHealth(replica, judgeReplica(probe, samples, maxLagMs));
  }

  async function checkAll() {
    try {
      // Everything committed before the question was sent is within the answer. No time limit:
      // while this waits no check runs, and replicas not checked for a while are not used.
      const at = Date.now();
      samples.push({ at, lsn: await readPrimaryLsn(primary) });
    } catch {
      // The primary did not answer: replicas are judged against the positions already seen.
    }
    // Older samples only matter to tell how far past the bound a replica is, which changes nothing.
    const horizon = Date.now() - maxLagMs - 2 * checkEveryMs;
    samples = samples.filter((sample, i) => sample.at >= horizon || i === samples.length - 1);
    await Promise.all(replicas.map(checkReplica));
  }

  function check(): Promise<void> {
    checking ??= checkAll().finally(() => {
      checking = null;
    });
    return checking;
  }

  /** Whether the replica has replayed all the primary had written when this was called, waiting up to freshWaitMs. */
  async function hasReplayedPrimary(replica: ReplicaState): Promise<boolean> {
    const target = await readPrimaryLsn(primary);
    const deadline = Date.now() + freshWaitMs;
    let pause = 2;
    for (;;) {
      if (replica.replayedLsn !== null && replica.replayedLsn >= target) return true;
      try {
        // Replay only moves forward, so a read that starts after this answer sees at least this much.
        replica.replayedLsn = (await probeReplica(replica.client)).replayedLsn;
      } catch (error) {
        markDown(replica, error);
        return false;
      }
      if (replica.replayedLsn !== null && replica.replayedLsn >= target) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await sleep(Math.min(pause, left));
      pause *= 2;
    }
  }

  async function read<T>(mode: ReadMode, run: (db: PrismaClient) => Promise<T>): Promise<T> {
    const index = pickReplica(
      replicas.map((replica) => replica.health),
      Date.now(),
      trustForMs,
      turn++,
    );
    const replica = index === null ? null : replicas[index]!;
    if (!replica || (mode === "fresh" && !(await hasReplayedPrimary(replica)))) {
      counts.primary += 1;
      return run(primary);
    }
    try {
      const result = await run(replica.client);
      counts.replica += 1;
      return result;
    } catch (error) {
      // Again on the primary: if it fails there too, the read itself is at fault (its error is the
      // one thrown), not the replica, which stays in use.
      const result = await run(primary);
      counts.fallback += 1;
      markDown(replica, error);
      return result;
    }
  }

  void check();
  const timer = setInterval(() => void check(), checkEveryMs);
  timer.unref();

  return {
    read,
    status: () => ({
      replicas: replicas.map(({ name, health }) => ({
        name,
        usable: health?.usable ?? false,
        lagMs: health?.lagMs ?? null,
        reason: health ? (health.usable ? null : health.reason) : "not checked yet",
        checkedAt: health?.checkedAt ?? null,
      })),
      reads: { ...counts },
    }),
    async close() {
      clearInterval(timer);
      await checking;
      await Promise.all(replicas.map((replica) => replica.client.$disconnect()));
    },
  };
}
