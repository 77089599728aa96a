// Alerts and the inbox, as the browser calls them.
import type { AlertListResponse, AlertResponse, InboxResponse, MarkInboxResponse } from "@/lib/api/alerts-schemas";
import { fetchJson } from "@/lib/client/fetch-json";

/** What a Follow button follows (the body of POST /api/me/alerts). */
export type FollowTarget =
  { kind: "search"; q: string; has_code: boolean } | { kind: "category"; category: string } | { kind: "author"; name: string };

export const alertsApi = {
  list: () => fetchJson<AlertListResponse>("/api/me/alerts"),
  follow: (target: FollowTarget) => fetchJson<AlertResponse>("/api/me/alerts", { method: "POST", body: target }),
  unfollow: (id: string) => fetchJson<{ deleted: true }>(`/api/me/alerts/${encodeURIComponent(id)}`, { method: "DELETE" }),
  /** A new private feed address; the old one stops working. */
  revokeFeed: (id: string) => fetchJson<AlertResponse>(`/api/me/alerts/${encodeURIComponent(id)}/token`, { method: "POST" }),
  /** A page of the inbox: the first, or the one after `cursor` (a previous page's nextCursor). */
  inbox: (cursor: string | null = null) =>
    fetchJson<InboxResponse>(cursor ? `/api/me/inbox?cursor=${encodeURIComponent(cursor)}` : "/api/me/inbox"),
  markRead: (body: { paperIds: string[]; read: boolean } | { all: true }) =>
    fetchJson<MarkInboxResponse>("/api/me/inbox", { method: "POST", body }),
};
