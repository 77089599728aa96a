import { healthResponseSchema } from "@/lib/api/health-schemas";
import { route } from "@/lib/http/route";

/** Liveness, for load balancers and supervisors: the process serves requests. Touches nothing else. */
export const GET = route({ response: healthResponseSchema, noStore: true }, async () => ({ status: "ok" as const }));
