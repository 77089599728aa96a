import { env } from "@/lib/env.js";
import type { RecurringJob } from "@/lib/jobs/recurring-jobs";
import { createMailTransport } from "@/lib/mail/create-mail-transport";
import { sendCommentEmails } from "@/lib/notifications/send-comment-emails";

/**
 * Reply and comment emails, batched: every 15 minutes, one message per person with all that is new
 * since their last (lib/notifications/send-comment-emails.ts). Often enough for a conversation,
 * rare enough that a busy thread is one email, not twenty.
 */
export const commentEmailsJob: RecurringJob = {
  name: "send-comment-emails",
  description: "Emails: new replies and comments on people's papers, one message per person",
  cron: "*/15 * * * *",
  runAtStart: false,
  timeoutSeconds: 30 * 60,
  retryLimit: 5,
  retryDelaySeconds: 60,
  run: async ({ db, log }) => {
    const transport = createMailTransport(env.SMTP_URL);
    try {
      const run = await sendCommentEmails(db, transport, { appUrl: env.APP_URL.replace(/\/$/, ""), from: env.MAIL_FROM, log });
      return { summary: `${run.sent} sent${run.rejected.length ? `, ${run.rejected.length} refused` : ""}` };
    } finally {
      transport.close();
    }
  },
};
