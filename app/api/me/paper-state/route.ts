import { paperStateResponseSchema } from "@/lib/api/me-schemas";
import { route } from "@/lib/http/route";
import { getPaperState } from "@/lib/me/get-paper-state";
import { paperStateQuerySchema } from "@/lib/validations/paper-state-query";

/** Who is signed in, and their votes and saves and fresh counts for every paper on a page, in one request. */
export const GET = route({ auth: "optional", query: paperStateQuerySchema, response: paperStateResponseSchema }, ({ query, user }) =>
  getPaperState(user, query.ids),
);
