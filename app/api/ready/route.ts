import { readyResponseSchema } from "@/lib/api/health-schemas";
import { getDb } from "@/lib/db";
import { checkReadiness } from "@/lib/health/check-readiness";
import { reply, route } from "@/lib/http/route";

/**
 * Readiness, for load balancers: 200 when the database answers and every migration of this build
 * is applied; 503 otherwise, saying which, so traffic goes to the servers that can serve it.
 */
export const GET = route({ response: readyResponseSchema, noStore: true }, async () => {
  const readiness = await checkReadiness(getDb());
  return reply(readiness, { status: readiness.ready ? 200 : 503 });
});
