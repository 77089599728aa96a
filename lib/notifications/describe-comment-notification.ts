import type { CommentNotificationKind } from "@/lib/generated/prisma/enums";

/**
 * "Ada replied to your comment on <paper>" / "Ada commented on your paper <paper>": the email's
 * subject and the inbox's line. A module of its own so the inbox's client code does not bring the
 * email's HTML sanitiser into the browser.
 */
export function describeCommentNotification(n: { kind: CommentNotificationKind; actor: string; paperTitle: string }): string {
  return n.kind === "REPLY"
    ? `${n.actor} replied to your comment on ${n.paperTitle}`
    : `${n.actor} commented on your paper ${n.paperTitle}`;
}
