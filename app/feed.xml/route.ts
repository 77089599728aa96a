import { paperFeedResponse } from "@/lib/feeds/paper-feed-response";
import { route } from "@/lib/http/route";
import { paperFeedQuerySchema } from "@/lib/validations/papers-query";

/** Atom feed of the newest papers; `?category=cs.LG` for one arXiv category. */
export const GET = route({ query: paperFeedQuerySchema }, ({ query }) => paperFeedResponse(query.category ?? null, "atom"));
