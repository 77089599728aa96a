import type { FeedSort } from "@/lib/papers/feed-sort";

/**
 * Keyset cursor: the sort key and id of the last row of a page. Opaque to clients (base64url of
 * JSON), so pages stay stable while votes arrive and no page needs OFFSET or COUNT(*).
 */
export type FeedCursor = { sort: FeedSort; key: number | string; id: string };

export function encodeFeedCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString("base64url");
}

/** Returns null for anything that is not a cursor this server made for `sort`. */
export function decodeFeedCursor(raw: string, sort: FeedSort): FeedCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [s, key, id] = value as unknown[];
    if (s !== sort || typeof id !== "string" || id.length === 0 || id.length > 40) return null;
    if (sort === "new") {
      if (typeof key !== "string" || Number.isNaN(Date.parse(key))) return null;
    } else if (typeof key !== "number" || !Number.isFinite(key)) {
      return null;
    }
    return { sort, key, id };
  } catch {
    return null;
  }
}
