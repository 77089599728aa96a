// Read state, as the browser calls it: marking a paper read or unread. Opening a paper's page
// marks it through the page's batched state request instead (load-paper-state.ts).
import type { ReadPage, ReadStateResponse } from "@/lib/api/reads-schemas";
import { fetchJson } from "@/lib/client/fetch-json";

const readUrl = (paperId: string) => `/api/me/reads/${encodeURIComponent(paperId)}`;

export const readsApi = {
  /** Marks the paper read (true) or unread (false); idempotent. */
  set: (paperId: string, read: boolean) => fetchJson<ReadStateResponse>(readUrl(paperId), { method: read ? "PUT" : "DELETE" }),
  /** A page of what I read, last read first. */
  list: (cursor?: string) => fetchJson<ReadPage>(`/api/me/reads${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
};
