"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState, type ReactNode } from "react";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentList } from "@/components/comments/comment-list";
import { DiscussionRefreshContext } from "@/components/comments/discussion-refresh";
import type { CommentPage } from "@/lib/api/comments-schemas";
import { commentsApi } from "@/lib/client/comments-api";
import { queryKeys } from "@/lib/client/query-keys";
import type { CommentSort } from "@/lib/comments/comment-limits";

type Props = {
  paper: { id: string; slug: string };
  sort: CommentSort;
  commentCount: number;
  showForm: boolean;
  /** The thread as the cached page rendered it, shown until a write here brings a fresh one. */
  children: ReactNode;
  moreHref?: string | null;
};

/**
 * The discussion's heading, box and thread. The thread comes rendered from the server; after a
 * write from this page (post, reply, edit, delete) it is fetched again from the API and rendered
 * here in its place, so the writer sees it at once without reloading the page.
 */
export function DiscussionLive({ paper, sort, commentCount, showForm, children, moreHref }: Props) {
  const client = useQueryClient();
  const [fresh, setFresh] = useState<CommentPage | null>(null);
  const base = `/papers/${paper.slug}`;
  const refresh = useCallback(async () => {
    void client.invalidateQueries({ queryKey: queryKeys.commentState(paper.id) });
    setFresh(await commentsApi.page(paper.id, sort));
  }, [client, paper.id, sort]);
  const count = fresh?.commentCount ?? commentCount;
  const hasComments = fresh ? fresh.comments.length > 0 : commentCount > 0;
  return (
    <DiscussionRefreshContext.Provider value={refresh}>
      <h2 id="discussion-heading" className="text-lg font-semibold">
        Discussion <span className="meta font-normal">({count})</span>
      </h2>
      {showForm && <CommentForm paperId={paper.id} />}
      {hasComments && (
        <nav aria-label="Sort comments" className="mt-4 flex gap-3 text-sm">
          <a href={`${base}#discussion`} aria-current={sort === "best" ? "page" : undefined} className="comment-sort">
            Best
          </a>
          <a href={`${base}/comments?sort=new`} aria-current={sort === "new" ? "page" : undefined} className="comment-sort">
            New
          </a>
        </nav>
      )}
      {fresh ? <CommentList comments={fresh.comments} paper={paper} /> : children}
      {(fresh ? fresh.nextCursor : moreHref) && (
        <a
          href={fresh?.nextCursor ? `${base}/comments?sort=${sort}&cursor=${fresh.nextCursor}` : (moreHref ?? undefined)}
          className="mt-4 inline-block text-sm underline"
        >
          More comments
        </a>
      )}
    </DiscussionRefreshContext.Provider>
  );
}
