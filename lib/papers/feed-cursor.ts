import { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor } from "@/lib/keyset-cursor";
import type { FeedSort } from "@/lib/papers/feed-sort";

/** The feed's keyset cursor: "new" pages by date, the other sorts by a number. */
export type FeedCursor = KeysetCursor<FeedSort>;

export const encodeFeedCursor = encodeKeysetCursor<FeedSort>;

export function decodeFeedCursor(raw: string, sort: FeedSort): FeedCursor | null {
  return decodeKeysetCursor(raw, sort, sort === "new" ? "date" : "number");
}
