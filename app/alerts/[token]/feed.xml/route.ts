import { alertFeedResponse } from "@/lib/alerts/alert-feed-response";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";

type Context = RouteContext<"/alerts/[token]/feed.xml">;

/**
 * An alert's private Atom feed; the token in the address is its only key (no cookie), so no shared
 * cache may keep it once revoked: `private, no-store`.
 */
export const GET = route({ noStore: true }, async (_args, { params }: Context) => alertFeedResponse(getDb(), (await params).token));
