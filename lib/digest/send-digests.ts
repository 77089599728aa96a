import type { Transporter } from "nodemailer";
import { digestEmail } from "@/lib/digest/digest-email";
import { digestKey as keyOf } from "@/lib/digest/digest-period";
import { listDigestPapers } from "@/lib/digest/list-digest-papers";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Period } from "@/lib/periods";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

export type DigestRun = { digestKey: string; papers: number; sent: number; rejected: string[] };

type Options = {
  frequency: DigestFrequencyName;
  period: Period;
  appUrl: string;
  from: string;
  paperLimit?: number;
  /** Subscribers read per query. */
  batchSize?: number;
  log?: (line: string) => void;
};

// A permanent refusal of one address (5xx to RCPT/DATA) must not stop everyone else's digest;
// anything else (connection lost, timeouts, 4xx) stops the run, which a re-run then resumes.
function isRecipientRejection(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600 && (error as { command?: unknown }).command !== "CONN";
}

/**
 * Sends one digest to every ACTIVE subscriber of `frequency` who has not had it yet.
 *
 * Exactly once, even when interrupted and re-run, or run twice at the same time: for each
 * subscriber, a transaction inserts the (subscriber, digest) row, sends the message while that
 * row is still uncommitted, and commits only after the SMTP server accepted it. A crash or a
 * refused message rolls the row back, so a re-run sends it; a concurrent run waits on the row
 * and then skips it. The only gap left is a crash between the server's acceptance and the commit
 * (milliseconds); the Message-ID is the same on a re-send, so receivers can drop the duplicate.
 * A period without papers sends nothing.
 */
export async function sendDigests(db: PrismaClient, transport: Transporter, options: Options): Promise<DigestRun> {
  const { frequency, period, appUrl, from, batchSize = 100, log = () => {} } = options;
  const digestKey = keyOf(frequency, period);
  const papers = await listDigestPapers(db, period, options.paperLimit ?? 10);
  const run: DigestRun = { digestKey, papers: papers.length, sent: 0, rejected: [] };
  if (papers.length === 0) {
    log(`${digestKey}: no papers were listed in ${period.label}; nothing to send.`);
    return run;
  }
  let after = "";
  for (;;) {
    const batch = await db.subscription.findMany({
      where: {
        status: "ACTIVE",
        frequency: frequency === "weekly" ? "WEEKLY" : "DAILY",
        id: { gt: after },
        deliveries: { none: { digestKey } },
      },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, email: true, unsubscribeToken: true },
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    for (const subscriber of batch) {
      const message = digestEmail({
        to: subscriber.email,
        from,
        appUrl,
        subscriptionId: subscriber.id,
        unsubscribeToken: subscriber.unsubscribeToken,
        frequency,
        digestKey,
        period,
        papers,
      });
      try {
        const sent = await db.$transaction(
          async (tx) => {
            const claimed = await tx.$executeRaw`
              INSERT INTO "DigestDelivery" ("subscriptionId", "digestKey") VALUES (${subscriber.id}, ${digestKey})
              ON CONFLICT DO NOTHING`;
            if (claimed === 0) return false;
            await transport.sendMail(message);
            return true;
          },
          { maxWait: 60_000, timeout: 120_000 },
        );
        if (sent) run.sent += 1;
      } catch (error) {
        if (!isRecipientRejection(error)) throw error;
        run.rejected.push(subscriber.email);
        log(`${digestKey}: ${subscriber.email} was refused (${(error as Error).message}); it is tried again on the next run.`);
      }
    }
  }
  log(
    `${digestKey}: sent ${run.sent} message${run.sent === 1 ? "" : "s"} with ${papers.length} papers${run.rejected.length ? `, ${run.rejected.length} refused` : ""}.`,
  );
  return run;
}
