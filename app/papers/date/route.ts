import { redirectToLatestPeriod } from "@/lib/papers/redirect-to-latest-period";

export const dynamic = "force-dynamic";

export function GET() {
  return redirectToLatestPeriod("date");
}
