import { z } from "zod";
import { isoDate } from "@/lib/api/api-registry";
import { paperSummarySchema } from "@/lib/api/papers-schemas";

/**
 * Answers of the alert and inbox routes, all under /api/me (signed-in only, so not in the public
 * OpenAPI document, like the rest of /api/me).
 */

export const ALERT_KINDS = ["search", "category", "author"] as const;
export type AlertKindName = (typeof ALERT_KINDS)[number];

/** What an inbox item says about the alert that matched it. */
export const alertRefSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  /** The search text, the category or the author's name. */
  query: z.string(),
  hasCode: z.boolean(),
});
export type AlertRef = z.infer<typeof alertRefSchema>;

/** One of my alerts, with its private Atom feed's address (a secret: whoever has it reads the feed). */
export const alertSchema = alertRefSchema.extend({ feedUrl: z.string(), createdAt: isoDate });
export type AlertView = z.infer<typeof alertSchema>;

export const alertListResponseSchema = z.strictObject({ alerts: z.array(alertSchema), limit: z.number().int() });
export type AlertListResponse = z.infer<typeof alertListResponseSchema>;

/** POST /api/me/alerts: 201 with the new alert, or 200 with the one that already followed the same. */
export const alertResponseSchema = z.strictObject({ alert: alertSchema });
export type AlertResponse = z.infer<typeof alertResponseSchema>;

/** A paper my alerts matched; `id` is the paper's, `createdAt` when the newest of its alerts matched it. */
export const paperInboxEntrySchema = z.strictObject({
  kind: z.literal("paper"),
  id: z.string(),
  createdAt: isoDate,
  /** Once each of its alerts' items is. */
  read: z.boolean(),
  paper: paperSummarySchema,
  alerts: z.array(alertRefSchema),
});
export type PaperInboxEntry = z.infer<typeof paperInboxEntrySchema>;

/** A reply to my comment, or a comment on a paper I submitted; `id` is the notification's. */
export const commentInboxEntrySchema = z.strictObject({
  kind: z.literal("comment"),
  id: z.string(),
  createdAt: isoDate,
  read: z.boolean(),
  reason: z.enum(["REPLY", "PAPER_COMMENT"]),
  commentId: z.string(),
  /** Who wrote the comment: their name, or their username. */
  actor: z.string(),
  paperTitle: z.string(),
  paperSlug: z.string(),
});
export type CommentInboxEntry = z.infer<typeof commentInboxEntrySchema>;

export const inboxEntrySchema = z.discriminatedUnion("kind", [paperInboxEntrySchema, commentInboxEntrySchema]);
export type InboxEntry = z.infer<typeof inboxEntrySchema>;

/** GET /api/me/inbox: one page of both kinds, newest first, and how many entries of all pages are unread. */
export const inboxResponseSchema = z.strictObject({
  entries: z.array(inboxEntrySchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int().min(0),
});
export type InboxResponse = z.infer<typeof inboxResponseSchema>;

/** POST /api/me/inbox: how many entries changed (a paper counts once), and the unread count after it. */
export const markInboxResponseSchema = z.strictObject({ changed: z.number().int().min(0), unread: z.number().int().min(0) });
export type MarkInboxResponse = z.infer<typeof markInboxResponseSchema>;

/** DELETE /api/me/alerts/{id}. */
export const deleteAlertResponseSchema = z.strictObject({ deleted: z.literal(true) });
