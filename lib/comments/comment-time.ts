import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A JavaScript time as the database's TIMESTAMP (UTC, without zone), as the columns hold it.
 * Through an ISO string with its "Z", so neither the driver's nor the session's time zone matters,
 * and the tests can inject a clock.
 */
export function sqlTime(time: Date): Prisma.Sql {
  return Prisma.sql`(${time.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
