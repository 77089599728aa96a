/**
 * Spaces requests to one service: each starts at least `intervalMs` after the previous one ended
 * (its answer read, or its failure). arXiv asks API clients for one request every 3 seconds;
 * counting from the end rather than the start keeps that true where the server sees it, even when
 * a request was slow to leave or to be answered. One pacer is shared by every request of a run,
 * retries included (fetchText waits for it before each attempt).
 */
export function createRequestPacer(intervalMs: number) {
  let lastEnd = -Infinity;
  return {
    async wait(signal?: AbortSignal): Promise<void> {
      const delay = lastEnd + intervalMs - Date.now();
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
    },
    done(): void {
      lastEnd = Date.now();
    },
  };
}

export type RequestPacer = ReturnType<typeof createRequestPacer>;
