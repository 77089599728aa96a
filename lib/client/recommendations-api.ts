// "For you", as the browser calls it: "Not interested" and its undo.
import type { DismissalResponse } from "@/lib/api/recommendations-schemas";
import { fetchJson } from "@/lib/client/fetch-json";

export const recommendationsApi = {
  /** Turns a paper down (true) or takes that back (false); idempotent. */
  dismiss: (paperId: string, dismissed: boolean) =>
    fetchJson<DismissalResponse>(`/api/me/dismissals/${encodeURIComponent(paperId)}`, { method: dismissed ? "PUT" : "DELETE" }),
};
