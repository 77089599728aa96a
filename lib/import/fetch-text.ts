import { ImportError } from "@/lib/import/import-error";

export type FetchTextOptions = {
  /** What is being fetched, for messages: "the arXiv API". */
  source: string;
  timeoutMs?: number;
  /** Retries after the first attempt, for 429, 502, 503, 504 and network errors. */
  retries?: number;
  /** First backoff; doubles on each retry, with jitter. */
  baseDelayMs?: number;
  /** A Retry-After longer than this fails at once instead of stalling the import. */
  maxRetryAfterMs?: number;
  accept?: string;
  /** A body longer than this is refused (read no further), as not what was asked for. */
  maxBytes?: number;
  /** Stops the request and any wait for a retry (a job's timeout or shutdown). */
  signal?: AbortSignal;
  /** Spaces every attempt, retries included, from the end of the previous request (see request-pacer). */
  pacer?: { wait: (signal?: AbortSignal) => Promise<void>; done: () => void };
};

const RETRYABLE = new Set([429, 502, 503, 504]);
const USER_AGENT = "Papershelf/0.1 (self-hosted research paper reader)";

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The body as text, refusing it (and reading no further) once it passes maxBytes. */
async function readBody(response: Response, maxBytes: number, what: string): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new ImportError(`${what} is ${declared} bytes, more than the ${megabytes(maxBytes)} allowed`);
  }
  if (!response.body) return "";
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    length += chunk.byteLength;
    if (length > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw new ImportError(`${what} is more than the ${megabytes(maxBytes)} allowed`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date), or null without one. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === "") return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * GETs a URL and returns its body as text. Waits `timeoutMs` per attempt, retries transient
 * failures with exponential backoff (honouring Retry-After), and turns every failure into an
 * ImportError whose message names the source and what went wrong.
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<string> {
  const {
    source,
    timeoutMs = 20_000,
    retries = 3,
    baseDelayMs = 1000,
    maxRetryAfterMs = 120_000,
    maxBytes = Infinity,
    signal,
    pacer,
  } = options;
  for (let attempt = 0; ; attempt++) {
    let problem: string;
    let wait: number | null = null;
    await pacer?.wait(signal);
    try {
      signal?.throwIfAborted();
      const timeout = AbortSignal.timeout(timeoutMs);
      const response = await fetch(url, {
        headers: { accept: options.accept ?? "*/*", "user-agent": USER_AGENT },
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
        redirect: "follow",
      });
      if (response.ok) {
        const body = await readBody(response, maxBytes, `the answer of ${source} (${describeUrl(url)})`);
        pacer?.done();
        return body;
      }
      await response.body?.cancel();
      pacer?.done();
      problem = `${source} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""} for ${describeUrl(url)}`;
      if (!RETRYABLE.has(response.status)) throw new ImportError(problem);
      wait = retryAfterMs(response.headers.get("retry-after"));
      if (wait !== null && wait > maxRetryAfterMs) {
        throw new ImportError(`${problem}, and asked to retry in ${Math.ceil(wait / 1000)} s; try again later`);
      }
    } catch (error) {
      pacer?.done();
      if (error instanceof ImportError) throw error;
      // Whoever aborted (a job's timeout, a shutdown) gets their own reason back, not a retry.
      if (signal?.aborted) throw signal.reason;
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      problem = timedOut
        ? `${source} did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`} (${describeUrl(url)})`
        : `could not reach ${source} at ${describeUrl(url)}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`;
    }
    if (attempt >= retries) throw new ImportError(`${problem} (gave up after ${attempt + 1} attempts)`);
    // Full jitter keeps several importers from retrying in lockstep.
    await sleep(wait ?? Math.round(baseDelayMs * 2 ** attempt * (0.5 + Math.random() / 2)), signal);
  }
}
