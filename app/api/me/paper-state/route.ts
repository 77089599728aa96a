import { getSessionUser } from "@/lib/auth/get-session-user";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { jsonError } from "@/lib/http/json-error";
import { getPaperState } from "@/lib/me/get-paper-state";
import { paperStateQuerySchema } from "@/lib/validations/paper-state-query";
import { searchParamsToObject } from "@/lib/validations/papers-query";

/** The viewer's votes and saves, and fresh counts, for every paper on a page in one request. */
export async function GET(request: Request) {
  const raw = searchParamsToObject(new URL(request.url).searchParams);
  if (!raw.ok) return jsonError(400, raw.error);
  const query = paperStateQuerySchema.safeParse(raw.value);
  if (!query.success) return jsonError(400, firstZodMessage(query.error));
  const user = await getSessionUser();
  const state = await getPaperState(user?.id ?? null, query.data.ids);
  return Response.json(state, { headers: { "Cache-Control": "private, no-store" } });
}
