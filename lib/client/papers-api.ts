// Papers, as the browser calls them: votes, the viewer's per-paper state, submitting by arXiv id.
// Answers are typed by the server's response schemas (lib/api/), as in collections-api.ts.
import type { PaperStateResponse } from "@/lib/api/me-schemas";
import type { ImportPaperResponse, PaperDetail, VoteResponse } from "@/lib/api/papers-schemas";
import { fetchJson } from "@/lib/client/fetch-json";

export type SavedPaper = ImportPaperResponse["paper"];
export type { PaperStateResponse };

export const papersApi = {
  /** One paper, whole (a card's "more" loads the rest of its abstract from here). */
  get: (paperId: string) => fetchJson<PaperDetail>(`/api/papers/${encodeURIComponent(paperId)}`),
  /** Upvotes (true) or takes the upvote back (false); idempotent. */
  vote: (paperId: string, voted: boolean) =>
    fetchJson<VoteResponse>(`/api/papers/${encodeURIComponent(paperId)}/vote`, { method: voted ? "PUT" : "DELETE" }),
  /** The viewer's votes, saves and reads and fresh counts, for up to 100 papers at once. */
  /** `comments`: the paper whose discussion the page shows, for the viewer's votes and own comments there. */
  states: (paperIds: string[], comments?: string) => fetchJson<PaperStateResponse>(paperStateUrl(paperIds, comments)),
  /** The same, from a paper's own page: also marks `opened` read for a signed-in viewer (so a POST). */
  statesOpening: (paperIds: string[], opened: string, comments?: string) =>
    fetchJson<PaperStateResponse>(paperStateUrl(paperIds, comments), { method: "POST", body: { opened } }),
  /** Fetches a paper from arXiv and adds it (or brings it up to date), credited to the viewer. */
  import: (arxiv: string) => fetchJson<ImportPaperResponse>("/api/papers/import", { method: "POST", body: { arxiv } }).then((r) => r.paper),
};

function paperStateUrl(paperIds: string[], comments?: string): string {
  const query = [
    ...(paperIds.length ? [`ids=${paperIds.map(encodeURIComponent).join(",")}`] : []),
    ...(comments ? [`comments=${encodeURIComponent(comments)}`] : []),
  ];
  return query.length ? `/api/me/paper-state?${query.join("&")}` : "/api/me/paper-state";
}
