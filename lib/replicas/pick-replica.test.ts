import { describe, expect, test } from "vitest";
import type { ReplicaHealth } from "@/lib/replicas/judge-replica";
import { pickReplica } from "@/lib/replicas/pick-replica";

const TRUST_FOR = 3000;
const NOW = 100_000;
const up = (checkedAt = NOW - 500): ReplicaHealth => ({ usable: true, lagMs: 0, checkedAt });
const down = (reason = "unreachable: connect ECONNREFUSED"): ReplicaHealth => ({
  usable: false,
  lagMs: null,
  checkedAt: NOW - 500,
  reason,
});

describe("pickReplica", () => {
  test.each([
    { name: "no replicas", healths: [], turn: 0, expected: null },
    { name: "one usable", healths: [up()], turn: 0, expected: 0 },
    { name: "one usable, any turn", healths: [up()], turn: 7, expected: 0 },
    { name: "not checked yet", healths: [undefined], turn: 0, expected: null },
    { name: "down", healths: [down()], turn: 0, expected: null },
    { name: "lagging past the bound", healths: [down("12000 ms behind (bound 10000 ms)")], turn: 0, expected: null },
    { name: "last check too old (a hung probe)", healths: [up(NOW - TRUST_FOR - 1)], turn: 0, expected: null },
    { name: "last check just recent enough", healths: [up(NOW - TRUST_FOR)], turn: 0, expected: 0 },
    { name: "the usable one of two", healths: [down(), up()], turn: 0, expected: 1 },
    { name: "the usable one of two, another turn", healths: [down(), up()], turn: 1, expected: 1 },
    { name: "two usable, first turn", healths: [up(), up()], turn: 0, expected: 0 },
    { name: "two usable, second turn", healths: [up(), up()], turn: 1, expected: 1 },
    { name: "two usable of three, turns skip the down one", healths: [up(), down(), up()], turn: 1, expected: 2 },
    { name: "two usable of three, third turn", healths: [up(), down(), up()], turn: 2, expected: 0 },
  ])("$name", ({ healths, turn, expected }) => {
    expect(pickReplica(healths, NOW, TRUST_FOR, turn)).toBe(expected);
  });

  test("usable replicas share reads equally", () => {
    const healths = [up(), down(), up(), up()];
    const counts = [0, 0, 0, 0];
    for (let turn = 0; turn < 300; turn++) counts[pickReplica(healths, NOW, TRUST_FOR, turn)!]! += 1;
    expect(counts).toEqual([100, 0, 100, 100]);
  });
});
