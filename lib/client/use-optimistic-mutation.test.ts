import { MutationObserver, QueryClient, QueryObserver, type QueryKey } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { cacheUpdate, optimisticMutationOptions, type OptimisticMutation } from "@/lib/client/use-optimistic-mutation";

// A real QueryClient and TanStack's own observers (what useMutation and useQuery use); only the
// server is stood in for, by promises the test settles when it chooses.
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
type List = { id: string; checked: boolean }[];
const LIST: QueryKey = ["list", null];

let client: QueryClient;
afterEach(() => client.clear());

/** A query with an observer (like a mounted component), whose server answers `answer()` and counts the calls. */
function watch<T>(queryKey: QueryKey, answer: () => T | Promise<T>) {
  const calls = { count: 0 };
  const observer = new QueryObserver(client, {
    queryKey,
    queryFn: () => {
      calls.count += 1;
      return answer();
    },
    staleTime: Infinity,
  });
  const stop = observer.subscribe(() => {});
  return { calls, stop };
}

function mutate<V, D>(options: OptimisticMutation<V, D>, variables: V) {
  return new MutationObserver(client, optimisticMutationOptions(client, options)).mutate(variables);
}

const check = (id: string) => cacheUpdate<List>(LIST, (list) => list.map((c) => (c.id === id ? { ...c, checked: true } : c)));

describe("optimisticMutationOptions", () => {
  it("shows the change before the server answers, then writes in what the server answered", async () => {
    client = new QueryClient();
    client.setQueryData(LIST, [{ id: "a", checked: false }]);
    const server = deferred<string>();
    const succeeded: string[] = [];
    const done = mutate(
      {
        mutationFn: () => server.promise,
        optimistic: () => [check("a")],
        answered: (id) => [cacheUpdate<List>(LIST, (list) => [...list, { id, checked: false }])],
        onSuccess: (data) => succeeded.push(data),
      },
      null,
    );
    await tick();
    expect(client.getQueryData(LIST)).toEqual([{ id: "a", checked: true }]);
    server.resolve("b");
    await done;
    expect(client.getQueryData(LIST)).toEqual([
      { id: "a", checked: true },
      { id: "b", checked: false },
    ]);
    expect(succeeded).toEqual(["b"]);
  });

  it("puts every changed query back when the server refuses, and refetches them", async () => {
    client = new QueryClient();
    const state = ["state", "p1"];
    client.setQueryData(LIST, [{ id: "a", checked: false }]);
    client.setQueryData(state, { saved: false });
    const { calls } = watch(LIST, () => [{ id: "a", checked: false }]);
    const errors: string[] = [];
    const failed = mutate(
      {
        mutationFn: () => Promise.reject(new Error("Too many requests")),
        // The second update reads what the first wrote.
        optimistic: () => [
          check("a"),
          cacheUpdate<{ saved: boolean }>(state, () => ({ saved: client.getQueryData<List>(LIST)!.some((c) => c.checked) })),
        ],
        onError: (error) => errors.push(error.message),
      },
      null,
    );
    await expect(failed).rejects.toThrow("Too many requests");
    expect(client.getQueryData(state)).toEqual({ saved: false });
    expect(client.getQueryData(LIST)).toEqual([{ id: "a", checked: false }]);
    expect(errors).toEqual(["Too many requests"]);
    await tick();
    expect(calls.count).toBe(1);
  });

  it("applies the second update on top of the first, and leaves queries without data alone", async () => {
    client = new QueryClient();
    client.setQueryData(LIST, [{ id: "a", checked: false }]);
    await mutate(
      {
        mutationFn: async () => null,
        optimistic: () => [check("a"), cacheUpdate<List>(LIST, (list) => [...list, { id: "b", checked: true }])],
      },
      null,
    );
    expect(client.getQueryData(LIST)).toEqual([
      { id: "a", checked: true },
      { id: "b", checked: true },
    ]);
    // Nothing to show yet: the query stays unloaded rather than holding a made-up value.
    await mutate({ mutationFn: async () => null, optimistic: () => [cacheUpdate<List>(["never", "loaded"], () => [])] }, null);
    expect(client.getQueryData(["never", "loaded"])).toBeUndefined();
  });

  it("cancels a refetch in flight, so its older answer cannot overwrite the change", async () => {
    client = new QueryClient();
    client.setQueryData(LIST, [{ id: "a", checked: false }]);
    const stale = deferred<List>();
    watch(LIST, () => stale.promise);
    void client.refetchQueries({ queryKey: LIST });
    await tick();
    await mutate({ mutationFn: async () => null, optimistic: () => [check("a")] }, null);
    stale.resolve([{ id: "a", checked: false }]);
    await tick();
    expect(client.getQueryData(LIST)).toEqual([{ id: "a", checked: true }]);
  });

  it("refetches once the last of overlapping mutations has its answer", async () => {
    client = new QueryClient();
    client.setQueryData(LIST, [
      { id: "a", checked: false },
      { id: "b", checked: false },
    ]);
    const { calls } = watch(LIST, () => client.getQueryData<List>(LIST)!);
    const first = deferred<null>();
    const second = deferred<null>();
    const options = (server: Promise<null>, id: string): OptimisticMutation<null, null> => ({
      mutationFn: () => server,
      optimistic: () => [check(id)],
      // The prefix of LIST: refreshes every list.
      invalidates: () => [["list"]],
    });
    const a = mutate(options(first.promise, "a"), null);
    const b = mutate(options(second.promise, "b"), null);
    first.resolve(null);
    await a;
    await tick();
    // The second is still waiting: a refetch now could read the database before its write.
    expect(calls.count).toBe(0);
    second.resolve(null);
    await b;
    await tick();
    expect(calls.count).toBe(1);
    // A mutation that refreshes an unrelated key does not hold this one back.
    const other = deferred<null>();
    const unrelated = mutate({ mutationFn: () => other.promise, invalidates: () => [["elsewhere"]] }, null);
    await mutate(options(Promise.resolve(null), "a"), null);
    await tick();
    expect(calls.count).toBe(2);
    other.resolve(null);
    await unrelated;
  });

  it("runs one scope's requests one after another, while showing each change at once", async () => {
    client = new QueryClient();
    client.setQueryData(LIST, [
      { id: "a", checked: false },
      { id: "b", checked: false },
    ]);
    const order: string[] = [];
    const first = deferred<null>();
    const options = (id: string, server: () => Promise<null>): OptimisticMutation<null, null> => ({
      scope: "list",
      mutationFn: () => {
        order.push(`start ${id}`);
        return server().finally(() => order.push(`end ${id}`));
      },
      optimistic: () => [check(id)],
    });
    const a = mutate(
      options("a", () => first.promise),
      null,
    );
    const b = mutate(
      options("b", async () => null),
      null,
    );
    await tick();
    expect(client.getQueryData(LIST)).toEqual([
      { id: "a", checked: true },
      { id: "b", checked: true },
    ]);
    expect(order).toEqual(["start a"]);
    first.resolve(null);
    await Promise.all([a, b]);
    expect(order).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
