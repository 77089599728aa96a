import { paperFeedResponse } from "@/lib/feeds/paper-feed-response";
import { route } from "@/lib/http/route";
import { paperFeedQuerySchema } from "@/lib/validations/papers-query";

/** RSS 2.0 feed of the newest papers; `?category=cs.LG` for one arXiv category, `?has_code=1` for papers with code. */
export const GET = route({ query: paperFeedQuerySchema }, ({ query }) =>
  paperFeedResponse({ category: query.category ?? null, hasCode: query.has_code ?? false }, "rss"),
);
