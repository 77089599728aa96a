import { signInHref } from "@/lib/auth/callback-url";
import { commentAnchor } from "@/lib/comments/comment-anchor";
import { getDb } from "@/lib/db";
import { HttpError } from "@/lib/http/http-error";
import { redirectTo, route } from "@/lib/http/route";
import { openCommentNotification } from "@/lib/notifications/open-comment-notification";
import { isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/notifications/[id]">;

/**
 * An inbox entry's link: marks it read and goes to the comment. A link, not a form, so it opens in
 * a new tab like any other; what it changes is only the person's own read mark, and the same
 * again changes nothing.
 */
export const GET = route({ auth: "optional" }, async ({ user }, { params }: Context) => {
  const { id } = await params;
  if (!user) return redirectTo(signInHref(`/api/me/notifications/${encodeURIComponent(id)}`));
  const found = isIdShape(id) ? await openCommentNotification(getDb(), user.id, id) : null;
  if (!found) throw new HttpError(404, "This notification is not in your inbox, or its comment is gone.");
  return redirectTo(`/papers/${found.paperSlug}#${commentAnchor(found.commentId)}`);
});
