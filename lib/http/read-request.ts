import type { z } from "zod";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { HttpError } from "@/lib/http/http-error";

/** The largest body any route reads: a title, a note and a few fields fit many times over. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * "json": any content type, parsed as JSON (empty: `undefined`). "form": urlencoded or multipart
 * fields (empty: `{}`). "json-or-form": a form when the content type says so, else JSON, for an
 * endpoint that a script calls and a page's form posts without script.
 */
export type BodyType = "json" | "form" | "json-or-form";

/** Whether the request's body is a form (what a page posts without script). */
export function isFormBody(request: Request): boolean {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/x-www-form-urlencoded" || type === "multipart/form-data";
}

/** The query string through `schema`. A repeated parameter is an error, not a guess; either is a 400. */
export function parseQuery<S extends z.ZodType>(params: URLSearchParams, schema: S): z.output<S> {
  return check(schema, fieldsOnce(params));
}

/** The body through `schema`, read as a stream that stops at `maxBytes` (413). */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  type: BodyType,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.output<S>> {
  const bytes = await readBodyBytes(request, maxBytes);
  const asForm = type === "form" || (type === "json-or-form" && isFormBody(request));
  const value = asForm ? await parseForm(bytes, request.headers.get("content-type")) : parseJson(bytes);
  return check(schema, value);
}

function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, firstZodMessage(parsed.error));
  return parsed.data;
}

function fieldsOnce(entries: Iterable<[string, FormDataEntryValue]>): Record<string, FormDataEntryValue> {
  const fields: Record<string, FormDataEntryValue> = {};
  const seen = new Set<string>();
  for (const [key, value] of entries) {
    if (seen.has(key)) throw new HttpError(400, `${key}: give it once`);
    seen.add(key);
    fields[key] = value;
  }
  return fields;
}

/**
 * Reads the body chunk by chunk and gives up as soon as it passes `maxBytes`: a declared
 * Content-Length over the cap is refused before anything is read, and a chunked body (no
 * Content-Length) or one longer than it claims is never held whole in memory. The stream is not
 * cancelled but left unread: on Node, cancelling destroys the socket before the 413 can be sent;
 * `Connection: close` on the answer ends the connection right after it instead, so the rest of
 * the body is never read either.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new HttpError(413, "body: too large", { Connection: "close" });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function parseJson(bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "body: must be JSON");
  }
}

async function parseForm(bytes: Uint8Array, contentType: string | null): Promise<Record<string, FormDataEntryValue>> {
  if (bytes.byteLength === 0) return {};
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return fieldsOnce(new URLSearchParams(new TextDecoder().decode(bytes)));
  if (type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { "Content-Type": contentType! } }).formData();
    } catch {
      throw new HttpError(400, "body: must be a form");
    }
    return fieldsOnce(form);
  }
  throw new HttpError(415, "body: must be a form (application/x-www-form-urlencoded or multipart/form-data)");
}
