"use client";

import { useState } from "react";

/**
 * `items` kept in the order they were first shown, with `pinned` ones first and new ones after
 * the rest. For a list someone is clicking in while it refetches: "Save to…" lists collections by
 * their last change, so each checkbox click, once refetched, moved that collection to the top,
 * and the row under the pointer was suddenly another one.
 */
export function useStableOrder<T extends { id: string }>(items: T[] | undefined, pinned: (item: T) => boolean): T[] | undefined {
  const [seen, setSeen] = useState<string[]>([]);
  const fresh = items?.filter((item) => !seen.includes(item.id)).map((item) => item.id) ?? [];
  // Adjusting state while rendering: React renders again at once, before anything is shown.
  if (fresh.length > 0) setSeen([...seen, ...fresh]);
  const order = [...seen, ...fresh];
  return items?.toSorted((a, b) => Number(pinned(b)) - Number(pinned(a)) || order.indexOf(a.id) - order.indexOf(b.id));
}
