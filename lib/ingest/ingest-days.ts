import { ImportError } from "@/lib/import/import-error";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The UTC day of a moment, "YYYY-MM-DD". */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseDay(text: string, name: string): number {
  const match = DAY.exec(text);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(time) || utcDay(new Date(time)) !== text) throw new ImportError(`${name} must be a day like 2025-10-29, not "${text}"`);
  return time;
}

/**
 * The days an ingestion run covers, oldest first (UTC).
 *
 * With `from`/`to`: that range (`to` defaults to today, `from` to `to`). Otherwise every day from
 * the day of the last fully successful run through today, and always at least the last `minDays`
 * (today and the ones before): a fresh install starts with those, and they are read again on
 * every run because sources keep changing them for a while (arXiv announces a day's submissions
 * up to three days later over a weekend; Hugging Face adds papers to a day and its counts grow).
 */
export function ingestDays(options: { now: Date; lastSuccessAt?: Date | null; from?: string; to?: string; minDays?: number }): string[] {
  const { now, lastSuccessAt = null, minDays = 3 } = options;
  const today = parseDay(utcDay(now), "today");
  let first: number;
  let last: number;
  if (options.from !== undefined || options.to !== undefined) {
    last = options.to !== undefined ? parseDay(options.to, "--to") : today;
    first = options.from !== undefined ? parseDay(options.from, "--from") : last;
    if (last > today) throw new ImportError(`--to ${options.to} is after today (${utcDay(now)}, UTC)`);
    if (first > last) throw new ImportError(`--from ${options.from} is after --to ${utcDay(new Date(last))}`);
  } else {
    last = today;
    first = today - (minDays - 1) * DAY_MS;
    if (lastSuccessAt) first = Math.min(first, parseDay(utcDay(lastSuccessAt), "the last success"));
  }
  const days: string[] = [];
  for (let time = first; time <= last; time += DAY_MS) days.push(utcDay(new Date(time)));
  return days;
}
