import { redirectTo, route } from "@/lib/http/route";
import { isFormBody } from "@/lib/http/read-request";
import { setCommentEmails } from "@/lib/notifications/set-comment-emails";
import { settingsCommentEmailsSchema } from "@/lib/validations/moderation";

/** Settings' "Email me replies and comments on my papers": a form (no script needed) or JSON. */
export const POST = route(
  { auth: "required", body: settingsCommentEmailsSchema, bodyType: "json-or-form", rateLimit: "settingsEdit" },
  async ({ body, user, request }) => {
    await setCommentEmails(user.id, body.commentEmails);
    if (isFormBody(request)) return redirectTo(`/settings?${new URLSearchParams({ saved: "comment-emails" })}#comment-emails-heading`);
    return Response.json({ commentEmails: body.commentEmails });
  },
);
