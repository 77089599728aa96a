import { planDigests } from "@/lib/digest/plan-digests";
import { sendDigests, type DigestRun } from "@/lib/digest/send-digests";
import { env } from "@/lib/env.js";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMailTransport } from "@/lib/mail/create-mail-transport";

/** Sends the planned digests (see planDigests) through SMTP_URL: `npm run digest` and the digest job. */
export async function runDigests(
  db: PrismaClient,
  args: { frequency?: string; date?: string; now: Date; log: (line: string) => void },
): Promise<DigestRun[]> {
  const digests = planDigests(args, args.now);
  const transport = createMailTransport(env.SMTP_URL);
  try {
    const runs: DigestRun[] = [];
    for (const { frequency, period } of digests) {
      runs.push(
        await sendDigests(db, transport, { frequency, period, appUrl: env.APP_URL.replace(/\/$/, ""), from: env.MAIL_FROM, log: args.log }),
      );
    }
    return runs;
  } finally {
    transport.close();
  }
}
