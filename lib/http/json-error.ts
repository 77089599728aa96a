/** Every API error has one shape: `{ "error": "a sentence a person can act on" }`. */
export function jsonError(status: number, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: message }, { status, headers });
}
