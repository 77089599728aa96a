"use client";

import {
  partialMatchKey,
  useMutation,
  useQueryClient,
  type Mutation,
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
} from "@tanstack/react-query";

/** A change to one cached query, shown at once and undone if the server refuses. */
export type CacheUpdate = { queryKey: QueryKey; update: (data: unknown) => unknown };

/** A typed CacheUpdate: `update` only runs when the query has data. */
export function cacheUpdate<T>(queryKey: QueryKey, update: (data: T) => T): CacheUpdate {
  return { queryKey, update: update as (data: unknown) => unknown };
}

export type OptimisticMutation<TVariables, TData> = {
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** What to change in the cache at once, applied in order (a later update may read what an earlier one wrote). */
  optimistic?: (variables: TVariables) => CacheUpdate[];
  /** What the server's answer changes in the cache (its count, its new fields), once it has answered. */
  answered?: (data: TData, variables: TVariables) => CacheUpdate[];
  /** Refetched once the server has answered, unless another mutation still waiting for its answer will refetch them. */
  invalidates?: (variables: TVariables) => QueryKey[];
  /** Mutations of one scope reach the server one after another, so the last click wins; each still shows at once. */
  scope?: string;
  onMutate?: (variables: TVariables) => void;
  onSuccess?: (data: TData, variables: TVariables) => void;
  onError?: (error: Error, variables: TVariables) => void;
};

type Snapshot = { queryKey: QueryKey; data: unknown }[];

function invalidatedBy(mutation: Mutation<unknown, unknown, unknown, unknown>): QueryKey[] {
  const invalidates = mutation.options.meta?.invalidates as ((variables: unknown) => QueryKey[]) | undefined;
  return invalidates?.(mutation.state.variables) ?? [];
}

/**
 * The options `useOptimisticMutation` gives `useMutation`, for a client of one's own (tests).
 *
 * Before the request: cancel the refetches of the queries it changes (an answer from before the
 * change would overwrite it), keep a snapshot, apply the updates. On failure: put the snapshots
 * back and refetch those queries, since another change may have landed meanwhile. Once settled:
 * refetch `invalidates`, but only when no other mutation that refetches them is still waiting for
 * the server; a refetch now could read the database before that one's write and briefly undo
 * its optimistic change on screen. Invalidation is not awaited, so this mutation stops counting
 * as pending as soon as its refetch has started.
 */
export function optimisticMutationOptions<TVariables, TData>(
  client: QueryClient,
  options: OptimisticMutation<TVariables, TData>,
): UseMutationOptions<TData, Error, TVariables, Snapshot> {
  return {
    mutationFn: options.mutationFn,
    scope: options.scope ? { id: options.scope } : undefined,
    meta: { invalidates: options.invalidates },
    onMutate: async (variables) => {
      options.onMutate?.(variables);
      const updates = options.optimistic?.(variables) ?? [];
      await Promise.all(updates.map(({ queryKey }) => client.cancelQueries({ queryKey, exact: true })));
      const snapshot: Snapshot = [];
      for (const { queryKey, update } of updates) {
        const data = client.getQueryData(queryKey);
        if (data === undefined) continue;
        snapshot.push({ queryKey, data });
        client.setQueryData(queryKey, update(data));
      }
      return snapshot;
    },
    onError: (error, variables, snapshot) => {
      for (const { queryKey, data } of [...(snapshot ?? [])].reverse()) client.setQueryData(queryKey, data);
      for (const { queryKey } of snapshot ?? []) void client.invalidateQueries({ queryKey, exact: true });
      options.onError?.(error, variables);
    },
    onSuccess: (data, variables) => {
      for (const { queryKey, update } of options.answered?.(data, variables) ?? []) {
        client.setQueryData(queryKey, (current: unknown) => (current === undefined ? current : update(current)));
      }
      options.onSuccess?.(data, variables);
    },
    onSettled: (_data, _error, variables) => {
      for (const queryKey of options.invalidates?.(variables) ?? []) {
        // This mutation is still pending while it settles, so it always counts itself once.
        const waiting = client.isMutating({ predicate: (m) => invalidatedBy(m).some((key) => partialMatchKey(queryKey, key)) });
        if (waiting <= 1) void client.invalidateQueries({ queryKey });
      }
    },
  };
}

/**
 * The one way to write a mutation that touches cached data: shown at once, rolled back if the
 * server refuses, refetched afterwards (see optimisticMutationOptions). Without `optimistic`,
 * a mutation still takes part in the refetch rule.
 */
export function useOptimisticMutation<TVariables = void, TData = unknown>(options: OptimisticMutation<TVariables, TData>) {
  return useMutation(optimisticMutationOptions(useQueryClient(), options));
}
