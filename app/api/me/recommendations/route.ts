import { recommendationsResponseSchema } from "@/lib/api/recommendations-schemas";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";
import { getRecommendations } from "@/lib/recommendations/get-recommendations";
import { recommendationsQuerySchema } from "@/lib/validations/recommendations";

/**
 * The signed-in reader's "For you": `?window=week|all` (newest only, the default, or any time),
 * `?collection=<id>` (one of their collections as the seed), `?limit=`. Each paper says why.
 */
export const GET = route(
  { auth: "required", query: recommendationsQuerySchema, response: recommendationsResponseSchema },
  async ({ user, query }) => {
    // A collection's list is trained on the spot; the reader's own list is a stored row.
    if (query.collection) await enforceRateLimit("recommendationsFromCollection", `user:${user.id}`);
    const found = await getRecommendations(user.id, query);
    if (!found) throw new HttpError(404, "you have no collection with this id");
    return found;
  },
);
