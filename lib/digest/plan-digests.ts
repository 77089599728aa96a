import { lastCompletePeriod } from "@/lib/digest/digest-period";
import { dayPeriod, parsePeriod, weekPeriod, type Period } from "@/lib/periods";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

export type PlannedDigest = { frequency: DigestFrequencyName; period: Period };

/**
 * Which digests a run sends: by default yesterday's daily one, and on Mondays also last week's
 * weekly one; `frequency` picks one; `date` names the day (daily) and its ISO week (weekly).
 * `now` is when the run was due, not when it runs: a retry after midnight still sends the
 * digest it was scheduled for.
 */
export function planDigests(args: { frequency?: string; date?: string }, now: Date): PlannedDigest[] {
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
