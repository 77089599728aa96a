import "server-only";
import { getLatestListedAt } from "@/lib/papers/list-papers-in-period";
import { dayPeriod, monthPeriod, periodPath, weekPeriod, type PeriodKind } from "@/lib/periods";

const periodOf = { date: dayPeriod, week: weekPeriod, month: monthPeriod } as const;

/** /papers/date, /papers/week and /papers/month open on the newest period that has papers. */
export async function redirectToLatestPeriod(kind: PeriodKind): Promise<Response> {
  const latest = (await getLatestListedAt()) ?? new Date();
  // A relative Location keeps the redirect right behind any proxy, whatever Host it forwards.
  return new Response(null, { status: 307, headers: { Location: periodPath(periodOf[kind](latest)) } });
}
