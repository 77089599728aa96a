import { HttpError } from "@/lib/http/http-error";

/**
 * Keyset cursor: the sort key and id of the last row of a page. Opaque to clients (base64url of
 * JSON), so pages stay stable while votes arrive and no page needs OFFSET or COUNT(*). The feed
 * and search name their sorts, and a cursor only decodes for the sort that made it; a listing
 * with a single order (public collections) uses the sort `null`.
 */
export type KeysetCursor<S extends string | null> = { sort: S; key: number | string; id: string };

/** What every cursor this server makes looks like; query schemas and the OpenAPI document use it. */
export const CURSOR_PATTERN = "^[A-Za-z0-9_-]{1,200}$";
const CURSOR = new RegExp(CURSOR_PATTERN);

/** A cursor the server did not make (or made for another sort) is the client's mistake: 400. */
export class InvalidCursorError extends HttpError {
  constructor(hasSorts: boolean) {
    super(400, `cursor: cursor is not valid${hasSorts ? " for this sort" : ""}; use the nextCursor of a previous page`);
  }
}

export function encodeKeysetCursor<S extends string | null>(cursor: KeysetCursor<S>): string {
  return writeCursorParts([cursor.sort, cursor.key, cursor.id]);
}

/** Every cursor this server makes: its parts as a JSON array, in base64url. */
export function writeCursorParts(parts: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/** The `count` parts of a cursor written by writeCursorParts, unchecked; null when `raw` is not one. */
export function readCursorParts(raw: string, count: number): unknown[] | null {
  if (!CURSOR.test(raw)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  return Array.isArray(value) && value.length === count ? (value as unknown[]) : null;
}

/** The cursor `raw`, made for `sort` with a key of `keyKind`; throws InvalidCursorError for anything else. */
export function decodeKeysetCursor<S extends string | null>(raw: string, sort: S, keyKind: "date" | "number"): KeysetCursor<S> {
  const cursor = parse(raw, sort, keyKind);
  if (!cursor) throw new InvalidCursorError(sort !== null);
  return cursor;
}

function parse<S extends string | null>(raw: string, sort: S, keyKind: "date" | "number"): KeysetCursor<S> | null {
  const parts = readCursorParts(raw, 3);
  if (!parts) return null;
  const [s, key, id] = parts;
  if (s !== sort || typeof id !== "string" || id.length === 0 || id.length > 40) return null;
  if (keyKind === "date") return typeof key === "string" && !Number.isNaN(Date.parse(key)) ? { sort, key, id } : null;
  return typeof key === "number" && Number.isFinite(key) ? { sort, key, id } : null;
}
