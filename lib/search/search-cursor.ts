import type { SearchSort } from "@/lib/search/search-sort";

/**
 * Keyset cursor of a search page: the sort key and id of its last row (relevance: the rank, a
 * float8 that survives JSON exactly). Opaque to clients, like the feed's cursor.
 */
export type SearchCursor = { sort: SearchSort; key: number | string; id: string };

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString("base64url");
}

/** Returns null for anything that is not a cursor this server made for `sort`. */
export function decodeSearchCursor(raw: string, sort: SearchSort): SearchCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [s, key, id] = value as unknown[];
    if (s !== sort || typeof id !== "string" || id.length === 0 || id.length > 40) return null;
    if (sort === "new") return typeof key === "string" && !Number.isNaN(Date.parse(key)) ? { sort, key, id } : null;
    return typeof key === "number" && Number.isFinite(key) ? { sort, key, id } : null;
  } catch {
    return null;
  }
}
