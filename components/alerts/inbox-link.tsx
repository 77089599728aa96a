"use client";

import Link from "next/link";
import { useInboxUnread } from "@/lib/client/use-inbox-unread";
import { useMe } from "@/lib/client/use-me";

/**
 * The header's way to the inbox, with the unread count. The link is there for everyone (signed
 * out, /inbox leads to sign-in), so the header keeps its size whoever is signed in; the count, a
 * badge over the link's corner that takes no room, comes from the page's one per-viewer request,
 * so the header itself stays the same for everyone (cached pages). On a phone it lives in the
 * account menu, like Collections.
 */
export function InboxLink() {
  const me = useMe();
  const unread = useInboxUnread();
  const count = me.data ? (unread.data ?? 0) : 0;
  return (
    <Link
      prefetch={false}
      href="/inbox"
      className="nav-link relative hidden sm:block"
      aria-label={count > 0 ? `Inbox, ${count} unread` : "Inbox"}
    >
      Inbox
      {count > 0 && (
        <span
          aria-hidden="true"
          className="absolute -top-1.5 -right-1.5 rounded-full bg-accent-600 px-1.5 text-[0.65rem] leading-4 font-semibold text-white dark:bg-accent-500 dark:text-zinc-950"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
