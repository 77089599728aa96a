/**
 * Items are ordered by a float `position`. A move gives the moved item the midpoint of its new
 * neighbours, so one row changes. Halving a gap again and again runs out of float precision after
 * ~50 moves into the same spot, so when the gap gets this small every item is renumbered 1..n.
 */
export const MIN_POSITION_GAP = 1e-6;

export type PositionedItem = { paperId: string; position: number };

export type MovePlan =
  | { kind: "position"; position: number }
  | { kind: "renumber"; order: string[] }
  | { kind: "unchanged" }
  | { kind: "not-found"; which: "item" | "after" };

/**
 * Where `paperId` goes when moved to just after `after` (null: to the top). `items` must be in
 * their stored order.
 */
export function planMove(items: PositionedItem[], paperId: string, after: string | null): MovePlan {
  const index = items.findIndex((item) => item.paperId === paperId);
  if (index === -1) return { kind: "not-found", which: "item" };
  if (after === paperId) return { kind: "unchanged" };
  const others = items.filter((item) => item.paperId !== paperId);
  const afterIndex = after === null ? -1 : others.findIndex((item) => item.paperId === after);
  if (after !== null && afterIndex === -1) return { kind: "not-found", which: "after" };
  // Already there: the item right before it is `after` (or it is first and goes to the top).
  if (afterIndex === index - 1) return { kind: "unchanged" };

  const previous = others[afterIndex];
  const next = others[afterIndex + 1];
  if (!previous && !next) return { kind: "position", position: 1 };
  if (!previous) return { kind: "position", position: next!.position - 1 };
  if (!next) return { kind: "position", position: previous.position + 1 };
  const middle = (previous.position + next.position) / 2;
  if (next.position - previous.position >= MIN_POSITION_GAP && middle > previous.position && middle < next.position) {
    return { kind: "position", position: middle };
  }
  const order = others.map((item) => item.paperId);
  order.splice(afterIndex + 1, 0, paperId);
  return { kind: "renumber", order };
}
