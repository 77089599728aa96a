import { z } from "zod";

/** The reasons a reader can give, as the form and the API name them. */
export const REPORT_REASONS = ["spam", "harassment", "off-topic", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const MAX_REPORT_NOTE_LENGTH = 500;

/** POST /api/comments/{id}/report, as JSON or as the comment's form. */
export const reportCommentSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: "must be spam, harassment, off-topic or other" }),
  // The form sends an empty field when nothing was written.
  note: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() || null : value),
    z.string().max(MAX_REPORT_NOTE_LENGTH, `must be at most ${MAX_REPORT_NOTE_LENGTH} characters`).nullable().optional(),
  ),
});

export const MODERATION_ACTIONS = ["hide", "restore", "dismiss", "suspend", "unsuspend"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** POST /api/admin/reports/{commentId}: one action of /admin/reports' forms. */
export const moderationActionSchema = z.object({
  action: z.enum(MODERATION_ACTIONS, { error: "must be hide, restore, dismiss, suspend or unsuspend" }),
  reason: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() || null : value),
    z.string().max(500, "must be at most 500 characters").nullable().optional(),
  ),
});

/** POST /api/me/comment-emails: the Settings checkbox "Email me replies and comments on my papers". */
export const settingsCommentEmailsSchema = z.object({
  // A checkbox: present ("on") when ticked, absent when not.
  commentEmails: z.preprocess((value) => value === "on" || value === true || value === "true", z.boolean()),
});
