/**
 * The primary's WAL position (bytes since 0/0) at a moment: a replica that has replayed this far
 * shows everything committed on the primary before that moment.
 */
export type PrimarySample = { at: number; lsn: bigint };

/** What one health check learned from a replica (`at`: when it answered, or gave up). */
export type ReplicaProbe =
  { ok: true; at: number; inRecovery: boolean; replayedLsn: bigint | null } | { ok: false; at: number; error: string };

export type ReplicaHealth =
  { usable: true; lagMs: number; checkedAt: number } | { usable: false; lagMs: number | null; checkedAt: number; reason: string };

/**
 * How stale reads on a replica are, and whether that is within `maxLagMs`.
 *
 * The lag is measured against `samples` of the primary's position taken by earlier checks (oldest
 * first, all taken before the probe), on this process's clock only: a replica that has replayed
 * the newest sample is current (lag 0), however long ago its last transaction was, so an idle
 * primary never makes a replica look behind (`pg_last_xact_replay_timestamp()` would). Otherwise it
 * lacks something written after the newest sample it has replayed, so its reads are at most
 * `probe.at - that sample's time` old: an upper bound, too high by at most one check interval.
 * A replica behind every sample is behind by more than we can tell, and is not used.
 */
export function judgeReplica(probe: ReplicaProbe, samples: readonly PrimarySample[], maxLagMs: number): ReplicaHealth {
  const checkedAt = probe.at;
  if (!probe.ok) return { usable: false, lagMs: null, checkedAt, reason: `unreachable: ${probe.error}` };
  // A promoted replica, or a URL that names a primary, has its own history: reading it could show
  // writes that never happened on the primary, or miss ones that did.
  if (!probe.inRecovery || probe.replayedLsn === null) return { usable: false, lagMs: null, checkedAt, reason: "not a standby" };
  const newest = samples.at(-1);
  if (!newest) return { usable: false, lagMs: null, checkedAt, reason: "the primary's position is not known yet" };
  if (probe.replayedLsn >= newest.lsn) return { usable: true, lagMs: 0, checkedAt };
  const reached = samples.findLast((sample) => sample.lsn <= probe.replayedLsn!);
  if (!reached) {
    const lagMs = Math.max(0, probe.at - samples[0]!.at);
    return { usable: false, lagMs, checkedAt, reason: `behind every position seen in the last ${lagMs} ms` };
  }
  const lagMs = Math.max(0, probe.at - reached.at);
  if (lagMs > maxLagMs) return { usable: false, lagMs, checkedAt, reason: `${lagMs} ms behind (bound ${maxLagMs} ms)` };
  return { usable: true, lagMs, checkedAt };
}
