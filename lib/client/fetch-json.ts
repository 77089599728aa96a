// The browser's one way to call our API. Every failure becomes an ApiError whose message can be
// shown to the reader as is, so components only add what was being done ("Not saved: …").

/** A request that failed. `status` is 0 when the server could not be reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Seconds to wait before trying again, from a 429's Retry-After; null otherwise. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Options = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON, or as a form when it is URLSearchParams (Auth.js's endpoints). */
  body?: unknown;
  headers?: Record<string, string>;
};

/** Calls `url` and answers its JSON body, or throws an ApiError. Answers are never taken from the HTTP cache. */
export async function fetchJson<T>(url: string, { method = "GET", body, headers }: Options = {}): Promise<T> {
  const form = body instanceof URLSearchParams;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: "no-store",
      headers: body === undefined || form ? headers : { "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch {
    // fetch rejects only when no answer came: offline, DNS, refused, reset.
    throw new ApiError(0, "Could not reach the server. Check your connection and try again.");
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (response.status === 401) throw new ApiError(401, "Your session has ended. Sign in again.");
  const error =
    typeof answer === "object" && answer !== null && "error" in answer && typeof answer.error === "string" ? answer.error : null;
  if (response.status === 429) {
    const wait = retryAfterSeconds(response.headers.get("Retry-After"));
    // Our limits already say when in their message; a proxy's 429 may say nothing.
    const when = wait === null ? "later" : `in ${formatWait(wait)}`;
    throw new ApiError(429, error ?? `Too many requests; try again ${when}.`, wait);
  }
  if (!response.ok || answer === undefined) throw new ApiError(response.status, error ?? `Something went wrong (HTTP ${response.status}).`);
  return answer as T;
}

/** Retry-After is either seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
