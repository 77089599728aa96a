import { describe, expect, test } from "vitest";
import { MIN_POSITION_GAP, planMove, type PositionedItem } from "@/lib/collections/plan-move";

function items(...positions: number[]): PositionedItem[] {
  return positions.map((position, i) => ({ paperId: String.fromCharCode(97 + i), position }));
}

/** The order after applying a plan, computed independently of planMove's own bookkeeping. */
function orderAfter(list: PositionedItem[], paperId: string, plan: ReturnType<typeof planMove>): string[] {
  if (plan.kind === "renumber") return plan.order;
  if (plan.kind !== "position") return list.map((i) => i.paperId);
  return list
    .map((item) => (item.paperId === paperId ? { ...item, position: plan.position } : item))
    .sort((x, y) => x.position - y.position)
    .map((i) => i.paperId);
}

describe("planMove", () => {
  test.each([
    { name: "down one", list: items(1, 2, 3), move: "a", after: "b", expected: ["b", "a", "c"], kind: "position" },
    { name: "up one", list: items(1, 2, 3), move: "c", after: "a", expected: ["a", "c", "b"], kind: "position" },
    { name: "to the top", list: items(1, 2, 3), move: "c", after: null, expected: ["c", "a", "b"], kind: "position" },
    { name: "to the bottom", list: items(1, 2, 3), move: "a", after: "c", expected: ["b", "c", "a"], kind: "position" },
    { name: "top item to the top", list: items(1, 2, 3), move: "a", after: null, expected: ["a", "b", "c"], kind: "unchanged" },
    { name: "after its own predecessor", list: items(1, 2, 3), move: "b", after: "a", expected: ["a", "b", "c"], kind: "unchanged" },
    { name: "after itself", list: items(1, 2, 3), move: "b", after: "b", expected: ["a", "b", "c"], kind: "unchanged" },
    { name: "the only item", list: items(5), move: "a", after: null, expected: ["a"], kind: "unchanged" },
    { name: "negative positions", list: items(-3, -2.5, 0), move: "c", after: "a", expected: ["a", "c", "b"], kind: "position" },
    {
      name: "a gap too small to halve",
      list: items(1, 1 + MIN_POSITION_GAP / 2, 3),
      move: "c",
      after: "a",
      expected: ["a", "c", "b"],
      kind: "renumber",
    },
    {
      name: "equal positions (two appends at once)",
      list: items(1, 2, 2, 3),
      move: "d",
      after: "b",
      expected: ["a", "b", "d", "c"],
      kind: "renumber",
    },
  ] as const)("$name", ({ list, move, after, expected, kind }) => {
    const plan = planMove([...list], move, after);
    expect(plan.kind).toBe(kind);
    expect(orderAfter([...list], move, plan)).toEqual(expected);
  });

  test.each([
    { name: "an unknown item", move: "x", after: "a", which: "item" },
    { name: "an unknown neighbour", move: "a", after: "x", which: "after" },
  ] as const)("refuses $name", ({ move, after, which }) => {
    expect(planMove(items(1, 2), move, after)).toEqual({ kind: "not-found", which });
  });

  test("a thousand random moves keep a strict order, renumbering only now and then", () => {
    let list = items(1, 2, 3, 4, 5, 6);
    let renumbers = 0;
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let step = 0; step < 1000; step++) {
      const ids = list.map((i) => i.paperId);
      const move = ids[Math.floor(random() * ids.length)]!;
      // Mostly into the same spot (between the first two), which halves one gap again and again.
      const after = random() < 0.8 ? ids.find((id) => id !== move)! : random() < 0.5 ? null : ids[Math.floor(random() * ids.length)]!;
      const plan = planMove(list, move, after);
      const expected = orderAfter(list, move, plan);
      if (plan.kind === "renumber") {
        renumbers += 1;
        list = plan.order.map((paperId, i) => ({ paperId, position: i + 1 }));
      } else if (plan.kind === "position") {
        list = list
          .map((item) => (item.paperId === move ? { ...item, position: plan.position } : item))
          .sort((x, y) => x.position - y.position);
      }
      expect(list.map((i) => i.paperId)).toEqual(expected);
      const positions = list.map((i) => i.position);
      expect(new Set(positions).size).toBe(positions.length);
    }
    expect(renumbers).toBeGreaterThan(0);
    expect(renumbers).toBeLessThan(100);
  });
});
