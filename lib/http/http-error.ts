/** Thrown inside a `mutationRoute` handler to answer with a JSON error, e.g. 404 for an unknown id. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
