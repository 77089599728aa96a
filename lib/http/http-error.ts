/**
 * Thrown anywhere below a `route()` handler to answer with a JSON error of this status, e.g. 404
 * for an unknown id or 429 with `Retry-After`. The message is shown to people: say what to do.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}
