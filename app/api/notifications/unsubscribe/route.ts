import { oneClickUnsubscribeRoute } from "@/lib/http/one-click-unsubscribe-route";
import { unsubscribeCommentEmails } from "@/lib/notifications/unsubscribe-comment-emails";

const TOKEN = /^[0-9a-f-]{36}$/;

/** One-click unsubscribe from the reply and comment emails (RFC 8058), and the unsubscribe page's button. */
export const POST = oneClickUnsubscribeRoute({
  isToken: (token): token is string => token !== undefined && TOKEN.test(token),
  unsubscribe: unsubscribeCommentEmails,
  page: "/unsubscribe/comments",
});
