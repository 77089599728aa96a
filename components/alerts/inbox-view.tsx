"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeAlert } from "@/lib/alerts/describe-alert";
import type { CommentInboxEntry, InboxResponse, PaperInboxEntry } from "@/lib/api/alerts-schemas";
import { alertsApi } from "@/lib/client/alerts-api";
import { announce } from "@/lib/client/announce";
import { queryKeys } from "@/lib/client/query-keys";
import { formatAuthors, formatDate } from "@/lib/format";
import { describeCommentNotification } from "@/lib/notifications/describe-comment-notification";

/**
 * One page of my inbox, newest first: replies and comments on my papers, and papers my alerts
 * matched (with which alert matched each). `cursor` is the page's own (null for the newest);
 * Newest and Older are plain links, so paging works before script loads or without it.
 */
export function InboxView({ initial, cursor }: { initial: InboxResponse; cursor: string | null }) {
  const client = useQueryClient();
  const inbox = useQuery({
    queryKey: queryKeys.inboxPage(cursor),
    queryFn: () => alertsApi.inbox(cursor),
    initialData: initial,
    staleTime: 0,
  });
  const [error, setError] = useState<string | null>(null);
  const { entries, unread, nextCursor } = inbox.data;

  async function mark(body: Parameters<typeof alertsApi.markRead>[0], message: string) {
    setError(null);
    try {
      const answer = await alertsApi.markRead(body);
      client.setQueryData(queryKeys.inboxUnread(), answer.unread);
      await client.invalidateQueries({ queryKey: queryKeys.inboxPages() });
      announce(message);
    } catch (caught) {
      setError(`Not changed: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  }

  if (entries.length === 0 && cursor === null) {
    return (
      <div className="empty-state text-center">
        <p className="empty-state-lead">Nothing here yet.</p>
        <p className="mt-1">
          Follow a search, a category or an author, and new papers that match will show here; so will replies to your comments.
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="inbox-entries-heading">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="inbox-entries-heading" className="text-lg font-semibold">
          {unread > 0 ? `${unread} unread` : "All read"}
        </h2>
        <button
          type="button"
          className="btn"
          disabled={unread === 0}
          onClick={() => void mark({ all: true }, "Everything in the inbox marked read.")}
        >
          Mark all read
        </button>
      </div>
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="meta py-3">Nothing older.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {entries.map((entry) =>
            entry.kind === "comment" ? (
              <CommentRow key={`comment-${entry.id}`} entry={entry} />
            ) : (
              <PaperRow
                key={`paper-${entry.id}`}
                entry={entry}
                onMark={(read) => void mark({ paperIds: [entry.id], read }, read ? "Marked read." : "Marked unread.")}
              />
            ),
          )}
        </ul>
      )}
      <InboxPages cursor={cursor} nextCursor={nextCursor} />
    </section>
  );
}

function InboxPages({ cursor, nextCursor }: { cursor: string | null; nextCursor: string | null }) {
  if (cursor === null && nextCursor === null) return null;
  return (
    <nav aria-label="Inbox pages" className="mt-4 flex flex-wrap justify-between gap-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      {cursor !== null ? (
        <a href="/inbox" className="btn">
          <span aria-hidden="true">←</span> Newest
        </a>
      ) : (
        <span />
      )}
      {nextCursor !== null && (
        <a href={`/inbox?before=${encodeURIComponent(nextCursor)}`} rel="next" className="btn">
          Older <span aria-hidden="true">→</span>
        </a>
      )}
    </nav>
  );
}

/** Its link goes through /api/me/notifications/{id}, which marks it read and lands on the comment. */
function CommentRow({ entry }: { entry: CommentInboxEntry }) {
  return (
    <li className="py-3" data-read={entry.read} data-kind="comment">
      {!entry.read && <span className="sr-only">Unread: </span>}
      <a
        href={`/api/me/notifications/${encodeURIComponent(entry.id)}`}
        className={`block break-words hover:underline ${entry.read ? "font-normal" : "font-semibold"}`}
      >
        <bdi>{describeCommentNotification({ kind: entry.reason, actor: entry.actor, paperTitle: entry.paperTitle })}</bdi>
      </a>
      <p className="meta text-sm">
        <time dateTime={entry.createdAt}>{formatDate(entry.createdAt)}</time>
      </p>
    </li>
  );
}

function PaperRow({ entry, onMark }: { entry: PaperInboxEntry; onMark: (read: boolean) => void }) {
  const { paper } = entry;
  const authors = formatAuthors(paper.authors, paper.authorCount);
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3" data-read={entry.read} data-kind="paper">
      <article aria-labelledby={`inbox-${paper.id}`} className="min-w-0 flex-1">
        <h3 id={`inbox-${paper.id}`} className={`break-words ${entry.read ? "font-normal" : "font-semibold"}`}>
          {!entry.read && <span className="sr-only">Unread: </span>}
          <a href={`/papers/${paper.slug}`} className="hover:underline">
            {paper.title}
          </a>
        </h3>
        <p className="meta text-sm">
          {authors && <>{authors} · </>}
          Matched {formatDate(entry.createdAt)} by {entry.alerts.map(describeAlert).join(", ")}
        </p>
      </article>
      <button
        type="button"
        className="btn"
        onClick={() => onMark(!entry.read)}
        aria-label={`Mark “${paper.title}” ${entry.read ? "unread" : "read"}`}
      >
        {entry.read ? "Mark unread" : "Mark read"}
      </button>
    </li>
  );
}
