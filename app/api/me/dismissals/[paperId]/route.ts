import { dismissalResponseSchema } from "@/lib/api/recommendations-schemas";
import { HttpError } from "@/lib/http/http-error";
import { redirectTo, route } from "@/lib/http/route";
import { setDismissal } from "@/lib/recommendations/set-dismissal";
import { isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/dismissals/[paperId]">;

function dismissalRoute(dismissed: boolean) {
  return route(
    { auth: "required", rateLimit: "recommendationInput", response: dismissalResponseSchema },
    async ({ user }, { params }: Context) => {
      const { paperId } = await params;
      if (!isIdShape(paperId) || (await setDismissal(user.id, paperId, dismissed)) === "no-paper")
        throw new HttpError(404, "no paper has this id");
      return { dismissed };
    },
  );
}

/** "Not interested": never recommended again, and a negative example for the reader's model. Idempotent. */
export const PUT = dismissalRoute(true);
/** Undo "Not interested". Idempotent. */
export const DELETE = dismissalRoute(false);

/** The "Not interested" button without script: dismisses, then back to "For you" (a personal page). */
export const POST = route({ auth: "required", rateLimit: "recommendationInput" }, async ({ user }, { params }: Context) => {
  const { paperId } = await params;
  if (!isIdShape(paperId) || (await setDismissal(user.id, paperId, true)) === "no-paper") throw new HttpError(404, "no paper has this id");
  return redirectTo("/for-you");
});
