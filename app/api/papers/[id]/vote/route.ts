import { revalidateTag } from "next/cache";
import { voteResponseSchema } from "@/lib/api/papers-schemas";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { PAPERS_TAG } from "@/lib/papers/cache-tags";
import { voteBodySchema } from "@/lib/validations/vote-body";
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
      revalidateTag(PAPERS_TAG, "max");
      return result;
    },
  );
}

/** Upvote: `{ voted: true, upvotes }`. Repeating it changes nothing. */
export const PUT = voteRoute(setVote);
/** Take the upvote back: `{ voted: false, upvotes }`. Repeating it changes nothing. */
export const DELETE = voteRoute(unsetVote);
