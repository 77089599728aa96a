// `npm run digest`: emails the digest to every confirmed subscriber who has not had it yet.
//   npm run digest                         yesterday's daily digest; on Mondays also last week's weekly one
//   npm run digest -- --frequency weekly   last week's weekly digest, whatever the day
//   npm run digest -- --date 2025-10-29    the digests of that day (daily) and of its ISO week (weekly)
// Safe to re-run and to interrupt: nobody gets the same digest twice (see lib/digest/send-digests.ts).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { lastCompletePeriod } from "@/lib/digest/digest-period";
import { sendDigests } from "@/lib/digest/send-digests";
import { env } from "@/lib/env.js";
import { createMailTransport } from "@/lib/mail/create-mail-transport";
import { dayPeriod, parsePeriod, weekPeriod, type Period } from "@/lib/periods";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";
import { resolveDatabase } from "./lib/embedded-db";

function plan(args: { frequency?: string; date?: string }, now: Date): { frequency: DigestFrequencyName; period: Period }[] {
  if (args.frequency !== undefined && !["daily", "weekly"].includes(args.frequency)) throw new Error("--frequency must be daily or weekly");
  const day = args.date === undefined ? null : parsePeriod("date", args.date);
  if (args.date !== undefined && !day) throw new Error("--date must be a day like 2025-10-29");
  const frequencies: DigestFrequencyName[] = args.frequency
    ? [args.frequency as DigestFrequencyName]
    : day || now.getUTCDay() === 1
      ? ["daily", "weekly"]
      : ["daily"];
  return frequencies.map((frequency) => ({
    frequency,
    period: day ? (frequency === "daily" ? dayPeriod(day.start) : weekPeriod(day.start)) : lastCompletePeriod(frequency, now),
  }));
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { frequency: { type: "string" }, date: { type: "string" } } });
  const digests = plan(values, new Date());
  const transport = createMailTransport(env.SMTP_URL);
  const database = await resolveDatabase();
  const db = createPrismaClient(database.url, 2);
  try {
    for (const { frequency, period } of digests) {
      await sendDigests(db, transport, {
        frequency,
        period,
        appUrl: env.APP_URL.replace(/\/$/, ""),
        from: env.MAIL_FROM,
        log: (line) => console.log(line),
      });
    }
    return 0;
  } finally {
    transport.close();
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Digest stopped: ${error instanceof Error ? error.message : String(error)}. Run it again to send the rest; nobody gets a digest twice.`,
    );
    process.exit(1);
  },
);
