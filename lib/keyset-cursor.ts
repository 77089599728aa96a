/**
 * Keyset cursor: the sort key and id of the last row of a page. Opaque to clients (base64url of
 * JSON), so pages stay stable while votes arrive and no page needs OFFSET or COUNT(*). The feed
 * and search each name their sorts; a cursor only decodes for the sort that made it.
 */
export type KeysetCursor<S extends string> = { sort: S; key: number | string; id: string };

export function encodeKeysetCursor<S extends string>(cursor: KeysetCursor<S>): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString("base64url");
}

/** Returns null for anything that is not a cursor this server made for `sort`. */
export function decodeKeysetCursor<S extends string>(raw: string, sort: S, keyKind: "date" | "number"): KeysetCursor<S> | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [s, key, id] = value as unknown[];
    if (s !== sort || typeof id !== "string" || id.length === 0 || id.length > 40) return null;
    if (keyKind === "date") return typeof key === "string" && !Number.isNaN(Date.parse(key)) ? { sort, key, id } : null;
    return typeof key === "number" && Number.isFinite(key) ? { sort, key, id } : null;
  } catch {
    return null;
  }
}
