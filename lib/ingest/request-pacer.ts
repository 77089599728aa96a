/**
 * Spaces requests to one service at least `intervalMs` apart, counted from the start of the
 * previous request: arXiv asks API clients for one request every 3 seconds. One pacer is shared
 * by every page of every day of a run.
 */
export function createRequestPacer(intervalMs: number) {
  let last = -Infinity;
  return {
    async wait(signal?: AbortSignal): Promise<void> {
      const delay = last + intervalMs - Date.now();
      if (delay > 0) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          }, delay);
          const onAbort = () => {
            clearTimeout(timer);
            reject(signal!.reason as Error);
          };
          signal?.addEventListener("abort", onAbort, { once: true });
        });
      }
      signal?.throwIfAborted();
      last = Date.now();
    },
  };
}

export type RequestPacer = ReturnType<typeof createRequestPacer>;
