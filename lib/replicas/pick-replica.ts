import type { ReplicaHealth } from "@/lib/replicas/judge-replica";

/**
 * Which replica serves the next read: the index of one whose last check found it usable and is
 * recent (`now - checkedAt <= trustForMs`), or null for the primary. A check that hangs (a replica
 * whose host vanished) or a replica never checked yet is as good as a failed one, so no request
 * waits on it. The usable ones take turns (`turn` counts reads), so each carries an equal share.
 */
export function pickReplica(healths: readonly (ReplicaHealth | undefined)[], now: number, trustForMs: number, turn: number): number | null {
  const usable: number[] = [];
  healths.forEach((health, index) => {
    if (health?.usable && now - health.checkedAt <= trustForMs) usable.push(index);
  });
  if (usable.length === 0) return null;
  return usable[turn % usable.length]!;
}
