import { paperStateResponseSchema } from "@/lib/api/me-schemas";
import { route } from "@/lib/http/route";
import { getPaperState } from "@/lib/me/get-paper-state";
import { consumeRateLimit, rateLimitKey } from "@/lib/rate-limit/rate-limit";
import { markRead } from "@/lib/reads/mark-read";
import { paperOpenedSchema, paperStateQuerySchema } from "@/lib/validations/paper-state-query";

/** Who is signed in, and their votes and saves and fresh counts for every paper on a page, in one request. */
export const GET = route({ auth: "optional", query: paperStateQuerySchema, response: paperStateResponseSchema }, ({ query, user }) =>
  getPaperState(user, query.ids, query.comments),
);

/**
 * The same answer, from a paper's own page, which also marks that paper read (`{ opened: id }`)
 * for a signed-in viewer: the page asks for its state anyway, so opening it costs no second
 * request, and the write stays out of GET. The mark comes first, so the answer already says
 * `read`. An unknown paper or a reader over the "readMark" limit is simply not marked: the
 * state the page needs must not fail because of it.
 */
export const POST = route(
  { auth: "optional", query: paperStateQuerySchema, body: paperOpenedSchema, response: paperStateResponseSchema },
  async ({ query, body, user }) => {
    if (user) {
      const wait = await consumeRateLimit("readMark", rateLimitKey("readMark", { userId: user.id, address: "" }));
      if (wait === null) await markRead(user.id, body.opened);
    }
    return getPaperState(user, query.ids, query.comments);
  },
);
