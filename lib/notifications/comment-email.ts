import type { SendMailOptions } from "nodemailer";
import { commentAnchor } from "@/lib/comments/comment-anchor";
import { escapeHtml } from "@/lib/mail/escape-html";
import { commentPlainText } from "@/lib/notifications/comment-plain-text";
import { describeCommentNotification } from "@/lib/notifications/describe-comment-notification";
import type { CommentNotificationView } from "@/lib/notifications/list-comment-notifications";

export type CommentEmailInput = {
  to: string;
  from: string;
  appUrl: string;
  batchId: string;
  unsubscribeToken: string;
  notifications: CommentNotificationView[];
};

/**
 * One person's batch of replies and comments on their papers, as plain text and HTML. Comment
 * bodies go in as plain text only (commentPlainText, then escaped in the HTML part), so nothing a
 * commenter wrote can become markup in a mail client. One-click unsubscribe (RFC 8058) in the
 * headers and a link in the footer; the Message-ID is the batch's, so a re-send after a crash
 * carries the same one and receivers can drop the duplicate.
 */
export function commentEmail(input: CommentEmailInput): SendMailOptions {
  const { appUrl, notifications } = input;
  const host = new URL(appUrl).hostname;
  const token = encodeURIComponent(input.unsubscribeToken);
  const oneClick = `${appUrl}/api/notifications/unsubscribe?token=${token}`;
  const unsubscribePage = `${appUrl}/unsubscribe/comments?token=${token}`;
  const link = (n: CommentNotificationView) => `${appUrl}/papers/${n.paperSlug}#${commentAnchor(n.commentId)}`;
  const count = notifications.length;
  // Names and titles are other people's words: folded to one line, so a header holds one header.
  const subject = (
    count === 1 ? describeCommentNotification(notifications[0]!) : `${count} new replies and comments on Papershelf`
  ).replace(/\s+/g, " ");

  const text = [
    ...notifications.flatMap((n) => [describeCommentNotification(n), `  "${commentPlainText(n.bodyHtml)}"`, `  ${link(n)}`, ""]),
    `Your inbox: ${appUrl}/inbox`,
    "",
    "--",
    `You get these emails because you chose them in your settings at ${appUrl}/settings.`,
    `Unsubscribe: ${unsubscribePage}`,
  ].join("\n");

  const items = notifications
    .map(
      (n) => `<tr><td style="padding: 12px 0; border-bottom: 1px solid #e4e4e7;">
<div style="font-size: 16px; font-weight: 600; line-height: 1.35;"><a href="${escapeHtml(link(n))}" style="color: #3730a3; text-decoration: none;">${escapeHtml(describeCommentNotification(n))}</a></div>
<div style="font-size: 14px; line-height: 1.5; margin-top: 6px; color: #27272a;">${escapeHtml(commentPlainText(n.bodyHtml))}</div>
</td></tr>`,
    )
    .join("\n");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin: 0; padding: 16px; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #18181b; background: #ffffff;">
<table role="presentation" width="100%" style="max-width: 640px; margin: 0 auto; border-collapse: collapse;">
${items}
<tr><td style="padding-top: 16px; font-size: 14px;"><a href="${escapeHtml(appUrl)}/inbox" style="color: #3730a3;">Your inbox</a></td></tr>
<tr><td style="padding-top: 24px; color: #52525b; font-size: 12px;">You get these emails because you chose them in your settings at ${escapeHtml(host)}. <a href="${escapeHtml(unsubscribePage)}" style="color: #52525b;">Unsubscribe</a></td></tr>
</table>
</body></html>`;

  return {
    from: input.from,
    to: input.to,
    subject,
    text,
    html,
    messageId: `<comments.${input.batchId}@${host}>`,
    headers: {
      "List-Unsubscribe": `<${oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": `Papershelf replies <comments.${host}>`,
    },
  };
}
