"use client";

import Link from "next/link";
import { useInboxUnread } from "@/lib/client/use-inbox-unread";
import { useMe } from "@/lib/client/use-me";

/**
 * The header's way to the inbox, for a signed-in reader, with the unread count. Both come from the
 * page's one per-viewer request, so the header itself stays the same for everyone (cached pages).
 */
export function InboxLink() {
  const me = useMe();
  const unread = useInboxUnread();
  if (!me.data) return null;
  const count = unread.data ?? 0;
  return (
    <Link prefetch={false} href="/inbox" className="nav-link" aria-label={count > 0 ? `Inbox, ${count} unread` : "Inbox"}>
      Inbox
      {count > 0 && (
        <span
          aria-hidden="true"
          className="ml-1 rounded-full bg-accent-600 px-1.5 text-xs font-semibold text-white dark:bg-accent-500 dark:text-zinc-950"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
