"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signInHref } from "@/lib/auth/callback-url";
import type { PaperState } from "@/lib/client/load-paper-state";
import { paperStateQuery } from "@/lib/client/use-paper-state";

/**
 * For a paper's buttons that need an account (upvote, save). The returned check answers the
 * paper's current state, loading it if the page's batch has not answered yet; for a signed-out
 * reader it opens the sign-in page instead (coming back here afterwards) and answers null. When
 * the state cannot be loaded it answers undefined: go ahead, and the server will say if it refuses.
 */
export function useRequireSignIn(paperId: string): () => Promise<PaperState | undefined | null> {
  const client = useQueryClient();
  const router = useRouter();
  return async () => {
    const state = await client.ensureQueryData(paperStateQuery(paperId)).catch(() => undefined);
    if (state?.signedIn !== false) return state;
    router.push(signInHref(window.location.pathname + window.location.search));
    return null;
  };
}
