import { z } from "zod";

/** Answers of the account routes: who is signed in, their state on a page of papers, sign-up. */

/** GET /api/me: the signed-in person for the header's menu, or null. */
const sessionUserSchema = z.strictObject({ id: z.string(), username: z.string(), name: z.string() });

export const meResponseSchema = z.strictObject({ user: sessionUserSchema.nullable() });
export type MeResponse = z.infer<typeof meResponseSchema>;

/**
 * GET /api/me/paper-state?ids=…: everything a cached page needs to know about its viewer, in one
 * request: who is signed in (the header's menu) and their state of the papers shown.
 */
export const paperStateResponseSchema = z.strictObject({
  signedIn: z.boolean(),
  /** Who is signed in, as GET /api/me says; null: nobody. */
  user: sessionUserSchema.nullable(),
  /** Ids (of those asked) the viewer upvoted. */
  votes: z.array(z.string()),
  /** Ids (of those asked) in any collection the viewer owns. */
  saved: z.array(z.string()),
  /** Ids (of those asked) the viewer has read (opened, and not marked unread since). */
  read: z.array(z.string()),
  /** Current upvote counts: the cached page may be a little behind. Unknown ids are left out. */
  counts: z.record(z.string(), z.number().int().min(0)),
  /** Papers in the viewer's inbox not yet read (the header's "Inbox, 3 unread"); 0 when signed out. */
  inboxUnread: z.number().int().min(0),
  /**
   * Asked with `comments=<paperId>`: the viewer's upvotes among that paper's comments, and their
   * own comments there (which they may delete) with the time until which each may be edited.
   */
  comments: z
    .strictObject({
      voted: z.array(z.string()),
      mine: z.array(z.strictObject({ id: z.string(), editableUntil: z.string(), body: z.string().optional() })),
      /** The viewer's own comments there that a moderator hid: only they (and moderators) see them. Left out when none. */
      hidden: z.array(z.strictObject({ id: z.string(), bodyHtml: z.string(), createdAt: z.string() })).optional(),
    })
    .optional(),
});
export type PaperStateResponse = z.infer<typeof paperStateResponseSchema>;

/** POST /api/auth/signup (201), whether or not the email already had an account. */
export const signUpResponseSchema = z.strictObject({ ok: z.literal(true) });
export type SignUpResponse = z.infer<typeof signUpResponseSchema>;
