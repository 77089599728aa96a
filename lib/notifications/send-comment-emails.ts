import { randomBytes } from "node:crypto";
import type { Transporter } from "nodemailer";
import { sqlTime } from "@/lib/comments/comment-time";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { commentEmail } from "@/lib/notifications/comment-email";
import { listCommentNotifications } from "@/lib/notifications/list-comment-notifications";

export type CommentEmailRun = { sent: number; rejected: string[] };

type Options = {
  appUrl: string;
  from: string;
  /** The run's clock: what counts as new, and whose claim has lapsed. */
  now?: Date;
  log?: (line: string) => void;
};

// Only what is this recent is emailed: someone who switches emails on gets what comes next, not a
// backlog; anything older is in their inbox.
const NEW_FOR_MS = 24 * 60 * 60 * 1000;
// As the digest's (lib/digest/send-digests.ts): longer than one message can take, so a live run
// never loses its claim; a claim left by a run that died is taken over after it.
export const COMMENT_EMAIL_LEASE_MS = 10 * 60 * 1000;

// A permanent refusal of one address must not stop everyone else's; anything else stops the run.
function isRecipientRejection(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600 && (error as { command?: unknown }).command !== "CONN";
}

/**
 * Emails each person who chose it (User.commentEmails) one message with their new, unread
 * replies and comments on their papers. Exactly once, as the digest does it: one statement claims a
 * batch (a new CommentEmailBatch row, and the person's unclaimed notifications moved into it, so a
 * run at the same moment finds nothing left to claim), the message is sent, then the batch is
 * marked sent. No transaction stays open while the mail server answers. A failed message releases
 * the claim, so the next run sends it; a run that dies between sending and marking leaves a claim
 * that a later run takes over once the lease has passed, re-sending with the same Message-ID.
 */
export async function sendCommentEmails(db: PrismaClient, transport: Transporter, options: Options): Promise<CommentEmailRun> {
  const { appUrl, from, log = () => {} } = options;
  const now = options.now ?? new Date();
  const run: CommentEmailRun = { sent: 0, rejected: [] };
  const owned = [...(await takeOverLapsedBatches(db, now)), ...(await claimNewBatches(db, now))];
  for (const batch of owned) {
    const notifications = await listCommentNotifications(db, batch.userId, { batchId: batch.id });
    // Everything in it was deleted or hidden since: nothing to say, and nothing to send again.
    if (notifications.length === 0 || !batch.email) {
      await db.commentEmailBatch.update({ where: { id: batch.id }, data: { sentAt: now } });
      continue;
    }
    const message = commentEmail({ to: batch.email, from, appUrl, batchId: batch.id, unsubscribeToken: batch.token, notifications });
    try {
      await transport.sendMail(message);
    } catch (error) {
      await db.commentEmailBatch.update({ where: { id: batch.id }, data: { claimedAt: new Date(0) } });
      if (!isRecipientRejection(error)) throw error;
      run.rejected.push(batch.email);
      log(`comment email to ${batch.email} was refused (${(error as Error).message}); it is tried again on the next run.`);
      continue;
    }
    await db.commentEmailBatch.update({ where: { id: batch.id }, data: { sentAt: new Date() } });
    run.sent += 1;
  }
  return run;
}

type OwnedBatch = { id: string; userId: string; email: string | null; token: string };

/**
 * One statement per person: a batch row, and their unclaimed notifications moved into it. Two runs
 * at once both add a batch, but the row locks let only one move each notification; the other's
 * batch is empty and is closed unsent.
 */
async function claimNewBatches(db: PrismaClient, now: Date): Promise<OwnedBatch[]> {
  const since = new Date(now.getTime() - NEW_FOR_MS);
  const people = await db.$queryRaw<{ userId: string; email: string | null; token: string }[]>`
    SELECT DISTINCT u."id" AS "userId", u."email", u."commentEmailToken" AS "token"
    FROM "CommentNotification" n JOIN "User" u ON u."id" = n."userId"
    WHERE n."emailBatchId" IS NULL AND n."readAt" IS NULL AND n."createdAt" > ${sqlTime(since)}
      AND u."commentEmails" AND u."email" IS NOT NULL`;
  const owned: OwnedBatch[] = [];
  for (const person of people) {
    const id = randomBytes(12).toString("hex");
    const moved = await db.$executeRaw`
      WITH batch AS (
        INSERT INTO "CommentEmailBatch" ("id", "userId", "claimedAt") VALUES (${id}, ${person.userId}, ${sqlTime(now)})
        RETURNING "id"
      )
      UPDATE "CommentNotification" n SET "emailBatchId" = b."id" FROM batch b
      WHERE n."userId" = ${person.userId} AND n."emailBatchId" IS NULL AND n."readAt" IS NULL AND n."createdAt" > ${sqlTime(since)}`;
    if (moved > 0) owned.push({ id, ...person });
    else await db.commentEmailBatch.update({ where: { id }, data: { sentAt: now } });
  }
  return owned;
}

/** Batches claimed by a run that died (never marked sent, lease passed): this run takes them, one statement each way. */
async function takeOverLapsedBatches(db: PrismaClient, now: Date): Promise<OwnedBatch[]> {
  const lapsed = new Date(now.getTime() - COMMENT_EMAIL_LEASE_MS);
  return db.$queryRaw<OwnedBatch[]>`
    UPDATE "CommentEmailBatch" b SET "claimedAt" = ${sqlTime(now)}
    FROM "User" u
    WHERE u."id" = b."userId" AND b."sentAt" IS NULL AND b."claimedAt" < ${sqlTime(lapsed)} AND u."commentEmails"
    RETURNING b."id", b."userId", u."email", u."commentEmailToken" AS "token"`;
}
