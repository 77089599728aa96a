import { voteResponseSchema } from "@/lib/api/papers-schemas";
import { signInHref } from "@/lib/auth/callback-url";
import { HttpError } from "@/lib/http/http-error";
import { pageBackHref } from "@/lib/http/page-back-href";
import { redirectTo, route } from "@/lib/http/route";
import { paperAnchor } from "@/lib/papers/paper-anchor";
import { PAPER_CARDS_TAG, PAPERS_TAG, profileTag } from "@/lib/cache/cache-tags";
import { revalidateEverywhere } from "@/lib/cache/revalidate-everywhere";
import { voteBodySchema } from "@/lib/validations/vote-body";
import { refreshAfterVote } from "@/lib/votes/refresh-after-vote";
import { setVote, type VoteResult } from "@/lib/votes/set-vote";
import { unsetVote } from "@/lib/votes/unset-vote";

type Context = RouteContext<"/api/papers/[id]/vote">;

function voteRoute(operation: (userId: string, paperId: string) => Promise<VoteResult>) {
  return route(
    { auth: "required", body: voteBodySchema, rateLimit: "vote", response: voteResponseSchema },
    async ({ user }, { params }: Context) => {
      const { id } = await params;
      const result = id.length <= 100 ? await operation(user.id, id) : null;
      if (!result) throw new HttpError(404, "no paper has this id");
      await refreshAfterVote(user.username);
      return result;
    },
  );
}

/** Upvote: `{ voted: true, upvotes }`. Repeating it changes nothing. */
export const PUT = voteRoute(setVote);
/** Take the upvote back: `{ voted: false, upvotes }`. Repeating it changes nothing. */
export const DELETE = voteRoute(unsetVote);

/**
 * The Upvote button is a form, so a press before the page's script runs (or without script)
 * still counts: it upvotes (never takes back: the cached page cannot show whether the reader
 * had voted, so a toggle could undo what they meant) and returns to the card. Signed out, it
 * goes to sign-in and back to the page.
 */
export const POST = route({ auth: "optional", rateLimit: "vote" }, async ({ user, request }, { params }: Context) => {
  const { id } = await params;
  const back = pageBackHref(request, "/");
  if (!user) return redirectTo(signInHref(back));
  const result = id.length <= 100 ? await setVote(user.id, id) : null;
  if (!result) throw new HttpError(404, "no paper has this id");
  // The page this goes back to must show the new count: without script it has no other source.
  // Presses without script are rare, so an immediate refresh of the lists costs little.
  await revalidateEverywhere({ now: [PAPERS_TAG, profileTag(user.username)], background: [PAPER_CARDS_TAG] });
  return redirectTo(pageBackHref(request, "/", paperAnchor(id)));
});
