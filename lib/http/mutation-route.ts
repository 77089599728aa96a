import "server-only";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/get-session-user";
import { clientIp } from "@/lib/http/client-ip";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { HttpError } from "@/lib/http/http-error";
import { jsonError } from "@/lib/http/json-error";
import { isSameOrigin } from "@/lib/http/same-origin";
import { rateLimit, type RateLimitName } from "@/lib/rate-limit/rate-limit";

const MAX_BODY_BYTES = 64 * 1024;

type Options<Schema extends z.ZodType, Auth extends boolean> = {
  /** The request body's schema. An empty body is parsed as `undefined`, so `.optional()` allows none. */
  body?: Schema;
  /** Whether a signed-in person is required (401 otherwise). Default true. */
  auth?: Auth;
  /** Counted per signed-in person, or per client address when signed out. */
  rateLimit?: RateLimitName;
};

type Args<Schema extends z.ZodType, Auth extends boolean> = {
  request: Request;
  body: z.output<Schema>;
  user: Auth extends false ? SessionUser | null : SessionUser;
};

/**
 * Wraps a state-changing route handler with the checks every mutation needs, in this order:
 * same-origin (403), sign-in (401), body as JSON through the zod schema (400), rate limit (429).
 * Throw `HttpError` from the handler for other 4xx answers.
 *
 *   export const PUT = mutationRoute({ body: schema, rateLimit: "vote" }, async ({ body, user }, context: RouteContext<"/api/x/[id]">) => …);
 */
export function mutationRoute<Context, Schema extends z.ZodType = z.ZodUndefined, Auth extends boolean = true>(
  options: Options<Schema, Auth>,
  handler: (args: Args<Schema, Auth>, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    if (!isSameOrigin(request)) return jsonError(403, "Cross-site requests are not allowed.");
    const user = await getSessionUser();
    if (!user && options.auth !== false) return jsonError(401, "Sign in to do this.");

    let body: unknown = undefined;
    if (options.body) {
      const read = await readJson(request);
      if (!read.ok) return jsonError(read.status, read.error);
      const parsed = options.body.safeParse(read.value);
      if (!parsed.success) return jsonError(400, firstZodMessage(parsed.error));
      body = parsed.data;
    }

    if (options.rateLimit) {
      const limited = await rateLimit(options.rateLimit, user ? `user:${user.id}` : `ip:${clientIp(request)}`);
      if (limited) return limited;
    }

    try {
      return await handler({ request, body: body as z.output<Schema>, user: user as Args<Schema, Auth>["user"] }, context);
    } catch (error) {
      if (error instanceof HttpError) return jsonError(error.status, error.message);
      throw error;
    }
  };
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; status: number; error: string }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return { ok: false, status: 413, error: "body: too large" };
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, status: 413, error: "body: too large" };
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: "body: must be JSON" };
  }
}
