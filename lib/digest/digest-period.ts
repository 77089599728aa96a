import { dayPeriod, weekPeriod, type Period } from "@/lib/periods";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

const DAY_MS = 86_400_000;

/** The last complete period before `now`: yesterday (UTC) for the daily digest, last ISO week for the weekly. */
export function lastCompletePeriod(frequency: DigestFrequencyName, now: Date): Period {
  return frequency === "daily" ? dayPeriod(new Date(now.getTime() - DAY_MS)) : weekPeriod(new Date(now.getTime() - 7 * DAY_MS));
}

/** One digest, one key: with the subscriber, the primary key of DigestDelivery. */
export function digestKey(frequency: DigestFrequencyName, period: Period): string {
  return `${frequency}:${period.slug}`;
}
