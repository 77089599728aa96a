import type { Transporter } from "nodemailer";
import { digestEmail } from "@/lib/digest/digest-email";
import { digestKey as keyOf } from "@/lib/digest/digest-period";
import { listDigestPapers } from "@/lib/digest/list-digest-papers";
import { listMatchedInPeriod } from "@/lib/inbox/list-matched-in-period";
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

// How long a claimed delivery belongs to the run that claimed it. Longer than one message can take
// (the transport's connection, greeting and socket timeouts add up to 90 s), so a live run never
// loses its claim; a run that died leaves a claim that a re-run takes over after this.
const CLAIM_LEASE_SECONDS = 10 * 60;

/**
 * Sends one digest to every ACTIVE subscriber of `frequency` who has not had it yet.
 *
 * Exactly once, even when interrupted and re-run, or run twice at the same time: for each
 * subscriber one statement claims the (subscriber, digest) row, the message is sent, and the row
 * is then marked sent. No transaction stays open while the mail server answers: on the embedded
 * database every connection shares one session, and holding it for an SMTP round trip would stall
 * the whole site. A refused or failed message releases the claim, so a re-run sends it. A run that
 * dies between claim and mark leaves a claim that a re-run takes over once its lease has passed;
 * the Message-ID is the same on that re-send, so receivers can drop a duplicate if the first one
 * had in fact been accepted. A period without papers sends nothing.
 *
 * A subscriber with an account also gets what their alerts matched during the period, first:
 * read by period, so a re-send lists the same papers and each match is in one digest.
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
    const leaseStart = new Date(Date.now() - CLAIM_LEASE_SECONDS * 1000);
    const batch = await db.subscription.findMany({
      where: {
        status: "ACTIVE",
        frequency: frequency === "weekly" ? "WEEKLY" : "DAILY",
        id: { gt: after },
        deliveries: { none: { digestKey, OR: [{ sentAt: { not: null } }, { claimedAt: { gte: leaseStart } }] } },
      },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, email: true, unsubscribeToken: true, userId: true },
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    for (const subscriber of batch) {
      if (!(await claimDelivery(db, subscriber.id, digestKey))) continue;
      const matched = subscriber.userId ? await listMatchedInPeriod(db, subscriber.userId, period) : [];
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
        matched,
      });
      try {
        await transport.sendMail(message);
      } catch (error) {
        await db.digestDelivery.deleteMany({ where: { subscriptionId: subscriber.id, digestKey, sentAt: null } });
        if (!isRecipientRejection(error)) throw error;
        run.rejected.push(subscriber.email);
        log(`${digestKey}: ${subscriber.email} was refused (${(error as Error).message}); it is tried again on the next run.`);
        continue;
      }
      await db.digestDelivery.update({
        where: { subscriptionId_digestKey: { subscriptionId: subscriber.id, digestKey } },
        data: { sentAt: new Date() },
      });
      run.sent += 1;
    }
  }
  log(
    `${digestKey}: sent ${run.sent} message${run.sent === 1 ? "" : "s"} with ${papers.length} papers${run.rejected.length ? `, ${run.rejected.length} refused` : ""}.`,
  );
  return run;
}

/**
 * Claims one delivery in one statement: a new row, or a claim whose lease has run out and which was
 * never sent. Two runs racing for the same row both reach the row lock; the second then sees the
 * first's fresh claim and gets nothing, so exactly one of them sends.
 */
async function claimDelivery(db: PrismaClient, subscriptionId: string, digestKey: string): Promise<boolean> {
  const claimed = await db.$executeRaw`
    INSERT INTO "DigestDelivery" ("subscriptionId", "digestKey", "claimedAt") VALUES (${subscriptionId}, ${digestKey}, now() AT TIME ZONE 'UTC')
    ON CONFLICT ("subscriptionId", "digestKey") DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt"
    WHERE "DigestDelivery"."sentAt" IS NULL
      AND "DigestDelivery"."claimedAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${CLAIM_LEASE_SECONDS})`;
  return claimed === 1;
}
