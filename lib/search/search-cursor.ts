import { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor } from "@/lib/keyset-cursor";
import type { SearchSort } from "@/lib/search/search-sort";

/** Search's keyset cursor; for relevance the key is the rank, a float8 that survives JSON exactly. */
export type SearchCursor = KeysetCursor<SearchSort>;

export const encodeSearchCursor = encodeKeysetCursor<SearchSort>;

export function decodeSearchCursor(raw: string, sort: SearchSort): SearchCursor | null {
  return decodeKeysetCursor(raw, sort, sort === "new" ? "date" : "number");
}
