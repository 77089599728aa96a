// `npm run digest`: emails the digest to every confirmed subscriber who has not had it yet.
//   npm run digest                         yesterday's daily digest; on Mondays also last week's weekly one
//   npm run digest -- --frequency weekly   last week's weekly digest, whatever the day
//   npm run digest -- --date 2025-10-29    the digests of that day (daily) and of its ISO week (weekly)
// Safe to re-run and to interrupt: nobody gets the same digest twice (see lib/digest/send-digests.ts).
// With DIGEST_SCHEDULE set, the worker runs the same thing every day (the send-digest job).
import { parseArgs } from "node:util";
import { runDigests } from "@/lib/digest/run-digests";
import { exitWith, withDatabase } from "./lib/cli";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { frequency: { type: "string" }, date: { type: "string" } } });
  return withDatabase(async (db) => {
    await runDigests(db, { ...values, now: new Date(), log: (line) => console.log(line) });
    return 0;
  });
}

exitWith(
  main(),
  (error) =>
    `Digest stopped: ${error instanceof Error ? error.message : String(error)}. Run it again to send the rest; nobody gets a digest twice.`,
);
