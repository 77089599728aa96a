"use client";

import { useOptimistic, useTransition } from "react";

/**
 * The value of a checkbox or radio group that follows its cache (or props), shown changed in the
 * same frame as the click. React puts a controlled input back to its rendered value right after
 * the change event, and an optimistic cache update only renders a task later (TanStack Query
 * batches its notifications on a timer), so without this a click looks undone for a moment, and
 * a test's check() can read that moment. `change(next, commit)` shows `next` until `commit` (the
 * mutation) settles, then the source again: useOptimistic renders in the click's own frame.
 */
export function useInstantValue<T>(source: T): [T, (next: T, commit: () => Promise<unknown>) => void] {
  const [shown, show] = useOptimistic(source);
  const [, startTransition] = useTransition();
  function change(next: T, commit: () => Promise<unknown>) {
    startTransition(async () => {
      show(next);
      // The mutation reports its own failure; here it only ends the transition.
      await commit().catch(() => undefined);
    });
  }
  return [shown, change];
}
