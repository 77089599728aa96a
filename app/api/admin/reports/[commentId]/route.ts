import { refreshAfterComment } from "@/lib/comments/refresh-after-comment";
import { HttpError } from "@/lib/http/http-error";
import { redirectTo, route } from "@/lib/http/route";
import { moderateComment } from "@/lib/moderation/moderate-comment";
import { isIdShape } from "@/lib/validations/collection";
import { moderationActionSchema } from "@/lib/validations/moderation";

type Context = RouteContext<"/api/admin/reports/[commentId]">;

/**
 * The forms of /admin/reports (no script needed): hide, restore, dismiss, suspend or unsuspend,
 * then back to the page, which says what was done. Anyone not a moderator gets a 404, as the page
 * does; the write itself checks it again.
 */
export const POST = route(
  { auth: "optional", body: moderationActionSchema, bodyType: "json-or-form", rateLimit: "moderation" },
  async ({ body, user }, { params }: Context) => {
    const { commentId } = await params;
    if (!user || !isIdShape(commentId)) throw new HttpError(404, "not found");
    const result = await moderateComment({ commentId, actorId: user.id, action: body.action, reason: body.reason });
    if (result.status === "forbidden" || result.status === "not-found") throw new HttpError(404, "not found");
    if (result.status === "no-author") throw new HttpError(409, "This comment's author has deleted their account.");
    // The public thread and the count change on every server; the author's own view and the
    // sessions follow from the database.
    if (body.action === "hide" || body.action === "restore")
      await refreshAfterComment(result.paperId, { countChanged: result.countChanged });
    return redirectTo(`/admin/reports?${new URLSearchParams({ done: result.message })}`);
  },
);
