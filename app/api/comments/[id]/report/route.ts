import { reportResponseSchema } from "@/lib/api/moderation-schemas";
import { signInHref } from "@/lib/auth/callback-url";
import { HttpError } from "@/lib/http/http-error";
import { isFormBody } from "@/lib/http/read-request";
import { redirectTo, route } from "@/lib/http/route";
import { checkReportLimits } from "@/lib/moderation/check-report-limits";
import { reportComment } from "@/lib/moderation/report-comment";
import { isIdShape } from "@/lib/validations/collection";
import { reportCommentSchema } from "@/lib/validations/moderation";

type Context = RouteContext<"/api/comments/[id]/report">;

const REASON = { spam: "SPAM", harassment: "HARASSMENT", "off-topic": "OFF_TOPIC", other: "OTHER" } as const;

/**
 * Reports a comment to the moderators. JSON answers 200 `{ reported: true }`, also for a repeat
 * (one open report per person and comment). The report page's form (/comments/{id}/report) posts
 * here without script: signed out it goes to sign-in and back; signed in, back to that page, which
 * then thanks the reader and links back to the comment.
 */
export const POST = route(
  { auth: "optional", body: reportCommentSchema, bodyType: "json-or-form", rateLimit: "commentReport", response: reportResponseSchema },
  async ({ body, user, request }, { params }: Context) => {
    const { id } = await params;
    const fromForm = isFormBody(request);
    if (!user) {
      if (fromForm) return redirectTo(signInHref(`/comments/${encodeURIComponent(id)}/report`));
      throw new HttpError(401, "Sign in to report a comment.");
    }
    if (!isIdShape(id)) throw new HttpError(404, "no comment has this id");
    await checkReportLimits(user.id);
    const result = await reportComment({ commentId: id, reporterId: user.id, reason: REASON[body.reason], note: body.note ?? null });
    if (result.status === "not-found") throw new HttpError(404, "no comment you can report has this id");
    if (fromForm) return redirectTo(`/comments/${encodeURIComponent(id)}/report?sent=1`);
    return { reported: true as const };
  },
);
