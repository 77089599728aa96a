import { describe, expect, test } from "vitest";
import { judgeReplica, type PrimarySample, type ReplicaProbe } from "@/lib/replicas/judge-replica";

const MAX_LAG = 10_000;

/** The primary's position at each second (ms, lsn): `[0, 100], [1000, 100], …`. */
function samples(...points: [number, number][]): PrimarySample[] {
  return points.map(([at, lsn]) => ({ at, lsn: BigInt(lsn) }));
}

function replayed(lsn: number | null, at: number, inRecovery = true): ReplicaProbe {
  return { ok: true, at, inRecovery, replayedLsn: lsn === null ? null : BigInt(lsn) };
}

describe("judgeReplica", () => {
  test.each([
    {
      name: "caught up with the newest position",
      history: samples([0, 100], [1000, 200]),
      probe: replayed(200, 1010),
      expected: { usable: true, lagMs: 0 },
    },
    {
      name: "ahead of the newest position (writes since the sample)",
      history: samples([0, 100], [1000, 200]),
      probe: replayed(250, 1010),
      expected: { usable: true, lagMs: 0 },
    },
    {
      name: "an idle primary: nothing written for an hour, replica current",
      history: samples([0, 500], [1000, 500], [3_600_000, 500]),
      probe: replayed(500, 3_600_010),
      expected: { usable: true, lagMs: 0 },
    },
    {
      name: "one write after an idle hour, not replayed yet: stale since the last sample before it",
      history: samples([0, 500], [3_599_000, 500], [3_600_000, 620]),
      probe: replayed(500, 3_600_010),
      expected: { usable: true, lagMs: 1010 },
    },
    {
      name: "behind, within the bound",
      history: samples([0, 100], [1000, 200], [2000, 300], [3000, 400]),
      probe: replayed(250, 3010),
      expected: { usable: true, lagMs: 2010 },
    },
    {
      name: "exactly at the bound",
      history: samples([0, 100], [10_000, 200]),
      probe: replayed(100, 10_000),
      expected: { usable: true, lagMs: 10_000 },
    },
    {
      name: "past the bound (replay paused)",
      history: samples([0, 100], [5000, 200], [11_000, 300]),
      probe: replayed(100, 11_010),
      expected: { usable: false, lagMs: 11_010, reason: "11010 ms behind (bound 10000 ms)" },
    },
    {
      name: "behind every position seen",
      history: samples([20_000, 700], [21_000, 800]),
      probe: replayed(600, 21_010),
      expected: { usable: false, lagMs: 1010, reason: "behind every position seen in the last 1010 ms" },
    },
    {
      name: "the primary not sampled yet",
      history: [],
      probe: replayed(600, 10),
      expected: { usable: false, lagMs: null, reason: "the primary's position is not known yet" },
    },
    {
      name: "not in recovery (promoted, or a primary's URL)",
      history: samples([0, 100]),
      probe: replayed(null, 10, false),
      expected: { usable: false, lagMs: null, reason: "not a standby" },
    },
    {
      name: "in recovery but no position (not consistent yet)",
      history: samples([0, 100]),
      probe: replayed(null, 10, true),
      expected: { usable: false, lagMs: null, reason: "not a standby" },
    },
    {
      name: "unreachable",
      history: samples([0, 100]),
      probe: { ok: false, at: 10, error: "connect ECONNREFUSED 127.0.0.1:5441" } as const,
      expected: { usable: false, lagMs: null, reason: "unreachable: connect ECONNREFUSED 127.0.0.1:5441" },
    },
  ])("$name", ({ history, probe, expected }) => {
    expect(judgeReplica(probe, history, MAX_LAG)).toEqual({ ...expected, checkedAt: probe.at });
  });

  test("a replica's lag never goes down while replay is paused and the primary writes", () => {
    const history: PrimarySample[] = [];
    let previous = -1;
    for (let second = 0; second < 30; second++) {
      history.push({ at: second * 1000, lsn: BigInt(100 + second * 10) });
      const health = judgeReplica(replayed(100, second * 1000 + 5), history, MAX_LAG);
      const lag = health.lagMs ?? Infinity;
      expect(lag).toBeGreaterThanOrEqual(previous);
      // Skipped from the moment the bound is passed, never before.
      expect(health.usable).toBe(second * 1000 + 5 <= MAX_LAG);
      previous = lag;
    }
  });
});
