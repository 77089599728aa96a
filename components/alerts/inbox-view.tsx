"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeAlert } from "@/lib/alerts/describe-alert";
import type { InboxEntry, InboxResponse } from "@/lib/api/alerts-schemas";
import { alertsApi } from "@/lib/client/alerts-api";
import { announce } from "@/lib/client/announce";
import { queryKeys } from "@/lib/client/query-keys";
import { formatAuthors, formatDate } from "@/lib/format";

const INBOX_KEY = ["inbox"] as const;

/** The papers my alerts matched, newest first, with which alert matched each; read, unread, all read. */
export function InboxView({ initial }: { initial: InboxResponse }) {
  const client = useQueryClient();
  const inbox = useQuery({ queryKey: INBOX_KEY, queryFn: alertsApi.inbox, initialData: initial, staleTime: 0 });
  const [error, setError] = useState<string | null>(null);
  const { entries, unread } = inbox.data;

  async function mark(body: Parameters<typeof alertsApi.markRead>[0], message: string) {
    setError(null);
    try {
      const answer = await alertsApi.markRead(body);
      client.setQueryData(queryKeys.inboxUnread(), answer.unread);
      await client.invalidateQueries({ queryKey: INBOX_KEY });
      announce(message);
    } catch (caught) {
      setError(`Not changed: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  }

  if (entries.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-8 dark:border-zinc-700">
        Nothing here yet. Follow a search, a category or an author, and new papers that match will show here.
      </p>
    );
  }
  return (
    <section aria-labelledby="inbox-papers-heading">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="inbox-papers-heading" className="text-lg font-semibold">
          {unread > 0 ? `${unread} unread` : "All read"}
        </h2>
        <button type="button" className="btn" disabled={unread === 0} onClick={() => void mark({ all: true }, "Every paper marked read.")}>
          Mark all read
        </button>
      </div>
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {entries.map((entry) => (
          <InboxRow
            key={entry.paper.id}
            entry={entry}
            onMark={(read) => void mark({ paperIds: [entry.paper.id], read }, read ? "Marked read." : "Marked unread.")}
          />
        ))}
      </ul>
    </section>
  );
}

function InboxRow({ entry, onMark }: { entry: InboxEntry; onMark: (read: boolean) => void }) {
  const { paper } = entry;
  const authors = formatAuthors(paper.authors, paper.authorCount);
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3" data-read={entry.read}>
      <article aria-labelledby={`inbox-${paper.id}`} className="min-w-0 flex-1">
        <h3 id={`inbox-${paper.id}`} className={entry.read ? "font-normal" : "font-semibold"}>
          {!entry.read && <span className="sr-only">Unread: </span>}
          <a href={`/papers/${paper.slug}`} className="hover:underline">
            {paper.title}
          </a>
        </h3>
        <p className="meta text-sm">
          {authors && <>{authors} · </>}
          Matched {formatDate(entry.matchedAt)} by {entry.alerts.map(describeAlert).join(", ")}
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
