// Papers, as the browser calls them: votes, the viewer's per-paper state, submitting by arXiv id.
// Response types are imported here only (see collections-api.ts).
import { fetchJson } from "@/lib/client/fetch-json";
import type { SavedPaper } from "@/lib/import/save-imported-papers";
import type { PaperStateResponse } from "@/lib/me/get-paper-state";

export type { PaperStateResponse, SavedPaper };

export const papersApi = {
  /** Upvotes (true) or takes the upvote back (false); idempotent. */
  vote: (paperId: string, voted: boolean) =>
    fetchJson<{ voted: boolean; upvotes: number }>(`/api/papers/${encodeURIComponent(paperId)}/vote`, { method: voted ? "PUT" : "DELETE" }),
  /** The viewer's votes and saves and fresh counts, for up to 100 papers at once. */
  states: (paperIds: string[]) => fetchJson<PaperStateResponse>(`/api/me/paper-state?ids=${paperIds.map(encodeURIComponent).join(",")}`),
  /** Fetches a paper from arXiv and adds it (or brings it up to date), credited to the viewer. */
  import: (arxiv: string) =>
    fetchJson<{ paper: SavedPaper }>("/api/papers/import", { method: "POST", body: { arxiv } }).then((r) => r.paper),
};
