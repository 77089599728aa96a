/**
 * Date views like Hugging Face's: a day, an ISO week or a month, all in UTC.
 * Parsing is strict: anything that is not a real period is null, which the pages turn into a 404.
 */
export type PeriodKind = "date" | "week" | "month";

export type Period = {
  kind: PeriodKind;
  /** The canonical URL segment: 2025-10-26, 2025-W43, 2025-10. */
  slug: string;
  start: Date;
  /** Exclusive. */
  end: Date;
  label: string;
};

const DAY_MS = 86_400_000;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function pad(n: number, width = 2) {
  return String(n).padStart(width, "0");
}

function isoWeekStart(year: number, week: number): Date {
  // ISO week 1 is the week with the year's first Thursday; weeks start on Monday.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - jan4Weekday * DAY_MS + (week - 1) * 7 * DAY_MS);
}

function isoWeekOf(date: Date): { year: number; week: number } {
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - isoWeekStart(year, 1).getTime()) / (7 * DAY_MS)) + 1;
  return { year, week };
}

function weeksInYear(year: number) {
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
}

const dayFormat = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "long", day: "numeric", year: "numeric" });
const monthFormat = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "long", year: "numeric" });
const shortDay = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });

export function dayPeriod(date: Date): Period {
  const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const slug = `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`;
  return { kind: "date", slug, start, end: new Date(start.getTime() + DAY_MS), label: dayFormat.format(start) };
}

export function weekPeriod(date: Date): Period {
  const { year, week } = isoWeekOf(date);
  const start = isoWeekStart(year, week);
  const end = new Date(start.getTime() + 7 * DAY_MS);
  const label = `Week ${week}, ${year} (${shortDay.format(start)} – ${shortDay.format(new Date(end.getTime() - DAY_MS))})`;
  return { kind: "week", slug: `${year}-W${pad(week)}`, start, end, label };
}

export function monthPeriod(date: Date): Period {
  const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  const end = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  return { kind: "month", slug: `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}`, start, end, label: monthFormat.format(start) };
}

export function parsePeriod(kind: PeriodKind, raw: string): Period | null {
  if (kind === "date") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (y < MIN_YEAR || y > MAX_YEAR || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return dayPeriod(date);
  }
  if (kind === "week") {
    const m = /^(\d{4})-W(\d{2})$/.exec(raw);
    if (!m) return null;
    const [y, w] = [Number(m[1]), Number(m[2])];
    if (y < MIN_YEAR || y > MAX_YEAR || w < 1 || w > weeksInYear(y)) return null;
    return weekPeriod(isoWeekStart(y, w));
  }
  const m = /^(\d{4})-(\d{2})$/.exec(raw);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12) return null;
  return monthPeriod(new Date(Date.UTC(y, mo - 1, 1)));
}

const periodOf: Record<PeriodKind, (d: Date) => Period> = { date: dayPeriod, week: weekPeriod, month: monthPeriod };

export function previousPeriod(period: Period): Period {
  return periodOf[period.kind](new Date(period.start.getTime() - DAY_MS));
}

export function nextPeriod(period: Period): Period {
  return periodOf[period.kind](period.end);
}

export function periodPath(period: Period): string {
  return `/papers/${period.kind}/${period.slug}`;
}
