import { planMove } from "@/lib/collections/plan-move";

/**
 * The list after moving `paperId` to just after `after` (null: to the top), as the server will
 * order it: decided by the server's own planMove, not by a second copy of the rules. The browser
 * has the order but not the stored positions, so it numbers the items 1..n for the plan.
 */
export function moveInList<T extends { paperId: string }>(items: T[], paperId: string, after: string | null): T[] {
  const positions = new Map(items.map((item, index) => [item.paperId, index + 1]));
  const plan = planMove(
    items.map((item) => ({ paperId: item.paperId, position: positions.get(item.paperId)! })),
    paperId,
    after,
  );
  if (plan.kind === "renumber") {
    const byId = new Map(items.map((item) => [item.paperId, item]));
    return plan.order.map((id) => byId.get(id)!);
  }
  if (plan.kind !== "position") return items;
  positions.set(paperId, plan.position);
  return items.toSorted((a, b) => positions.get(a.paperId)! - positions.get(b.paperId)!);
}
