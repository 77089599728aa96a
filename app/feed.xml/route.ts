import { paperFeedResponse } from "@/lib/feeds/paper-feed-response";

/** Atom feed of the newest papers; `?category=cs.LG` for one arXiv category. */
export function GET(request: Request) {
  return paperFeedResponse(request, "atom");
}
