"use client";

import { createContext, useContext } from "react";

/**
 * What a comment control calls after a write. The paper page's discussion provides one that
 * fetches the thread again (components/comments/discussion-live.tsx): not router.refresh(), whose
 * request for the page's payload the browser may answer from its own cache (the page's
 * Cache-Control allows stale-while-revalidate), showing the thread as it was. Elsewhere the page
 * is loaded again, which the browser always asks the server for.
 */
export const DiscussionRefreshContext = createContext<() => Promise<void>>(async () => {
  window.location.reload();
});

export function useDiscussionRefresh(): () => Promise<void> {
  return useContext(DiscussionRefreshContext);
}
