import { route } from "@/lib/http/route";
import { redirectToLatestPeriod } from "@/lib/papers/redirect-to-latest-period";

export const dynamic = "force-dynamic";

export const GET = route({}, () => redirectToLatestPeriod("week"));
