import "server-only";
import { getDb } from "@/lib/db";
import { dismissReports } from "@/lib/moderation/dismiss-reports";
import { setCommentHidden } from "@/lib/moderation/set-comment-hidden";
import { setUserSuspended } from "@/lib/moderation/set-user-suspended";
import type { ModerationAction } from "@/lib/validations/moderation";

export type ModerateResult =
  | { status: "ok"; paperId: string; countChanged: boolean; message: string }
  | { status: "not-found" }
  | { status: "forbidden" }
  | { status: "no-author" };

/**
 * One action of /admin/reports on a reported comment: hide, restore, dismiss its reports, or
 * suspend (or unsuspend) its author. Each write checks the moderator in its own statement; this
 * only picks the write and says what happened in words the page shows.
 */
export async function moderateComment(input: {
  commentId: string;
  actorId: string;
  action: ModerationAction;
  reason?: string | null;
}): Promise<ModerateResult> {
  const { commentId, actorId, action } = input;
  if (action === "hide" || action === "restore") {
    const result = await setCommentHidden({ commentId, actorId, hidden: action === "hide" });
    if (result.status !== "ok") return result;
    const message = action === "hide" ? "The comment is hidden." : "The comment is restored.";
    return { status: "ok", paperId: result.paperId, countChanged: result.changed, message };
  }
  const comment = await getDb().comment.findUnique({ where: { id: commentId }, select: { paperId: true, authorId: true } });
  if (!comment) return { status: "not-found" };
  if (action === "dismiss") {
    const dismissed = await dismissReports({ commentId, actorId });
    if (dismissed === null) return { status: "forbidden" };
    return {
      status: "ok",
      paperId: comment.paperId,
      countChanged: false,
      message: `Dismissed ${dismissed} report${dismissed === 1 ? "" : "s"}.`,
    };
  }
  if (!comment.authorId) return { status: "no-author" };
  const suspended = action === "suspend";
  const result = await setUserSuspended({ userId: comment.authorId, actorId, suspended, reason: input.reason });
  if (result.status !== "ok") return result;
  const message = suspended ? "The author is suspended and signed out everywhere." : "The author's suspension is lifted.";
  return { status: "ok", paperId: comment.paperId, countChanged: false, message };
}
