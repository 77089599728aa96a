import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/get-session-user";
import { clientIp } from "@/lib/http/client-ip";
import { HttpError } from "@/lib/http/http-error";
import { pageBackHref } from "@/lib/http/page-back-href";
import { parseBody, parseQuery, type BodyType } from "@/lib/http/read-request";
import { isSameOrigin } from "@/lib/http/same-origin";
import { assertNotSuspended } from "@/lib/moderation/assert-not-suspended";
import { enforceRateLimit, rateLimitKey, type RouteRateLimitName } from "@/lib/rate-limit/rate-limit";

type Schema = z.ZodType;
type Auth = "required" | "optional";

export type RouteOptions<Query, Body, Res, A> = {
  /**
   * "required": a signed-in person, else 401. "optional": the person or null. Either way every
   * answer is per person, so it gets `Cache-Control: private, no-store` (unless the handler set
   * one). Left out, the session is never read and a public answer stays cacheable.
   */
  auth?: A;
  /** The query string's schema; unknown parameters pass to it, a repeated one is a 400. */
  query?: Query;
  /** The body's schema; the body is read only when there is one. */
  body?: Body;
  /** How the body is parsed; "json" (the default) or "form". Both are capped at 64 KB (413). */
  bodyType?: BodyType;
  /** Counted per signed-in person, or per client address (see lib/rate-limit/rate-limit.ts). */
  rateLimit?: RouteRateLimitName;
  /**
   * The JSON answer's schema (lib/api/*-schemas.ts): the handler then returns the data, or
   * `reply(data, { status, headers })`, and the compiler checks it against the schema (and, outside
   * production, the schema itself, which also refuses extra fields). Without
   * it the handler returns a `Response` (feeds, downloads, redirects).
   */
  response?: Res;
  /**
   * Every answer `private, no-store` although no session is read: for answers keyed by a secret
   * in the URL (a share link), which no shared cache may keep once the link is stopped.
   */
  noStore?: true;
  /**
   * "allow" skips the same-origin check of writes. Only for endpoints that use no cookie and whose
   * only key is a secret in the request itself (a mailed token), which another site cannot know.
   */
  crossSite?: "allow";
};

export type RouteArgs<Query, Body, A> = {
  request: Request;
  query: Query extends Schema ? z.output<Query> : undefined;
  body: Body extends Schema ? z.output<Body> : undefined;
  user: A extends "required" ? SessionUser : A extends "optional" ? SessionUser | null : null;
};

const REPLY = Symbol("reply");

/** A JSON answer with a status or headers other than 200's, or a redirect; made by `reply` and `redirectTo`. */
export type Reply<T> = {
  readonly [REPLY]: true;
  readonly data: T;
  readonly status: number;
  readonly headers?: HeadersInit;
};

type Result<Res> = Res extends Schema ? z.input<Res> | Reply<z.input<Res>> : Response | Reply<never>;

/** The handler's data with another status or headers, e.g. `reply({ collection }, { status: 201 })`. */
export function reply<T>(data: T, init: { status?: number; headers?: HeadersInit } = {}): Reply<T> {
  return { [REPLY]: true, data, status: init.status ?? 200, headers: init.headers };
}

/** A redirect with no body, from a route that otherwise answers JSON (a form posted by a page). */
export function redirectTo(location: string, status: 303 | 307 = 303): Reply<never> {
  return { [REPLY]: true, data: undefined as never, status, headers: { Location: location } };
}

/** A route without path parameters can be called without a context, as Next and the tests do. */
type ContextArg<Context> = unknown extends Context ? [context?: Context] : [context: Context];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every route handler of the app goes through this, so each check happens in one place and in one
 * order: same-origin for writes (403), sign-in (401), a suspended account's write (403), query (400), body (400, 413 past the cap,
 * 415 for a form that is not one), rate limit (429 with Retry-After), then the handler.
 * An `HttpError` thrown anywhere below becomes its JSON status; anything else is logged with a
 * request id and answers a JSON 500 carrying that id (and `X-Request-Id`), never an empty page.
 *
 *   export const PUT = route({ auth: "required", body: schema, rateLimit: "vote", response: voteResponseSchema },
 *     async ({ body, user }, { params }: RouteContext<"/api/x/[id]">) => …);
 */
/**
 * PostgreSQL's text cannot hold a NUL character, so a path segment with one could only fail in the
 * database: no page or record has one. Refused first, for every route. (Query values go through
 * each route's schema, which says what is wrong with them; search drops such characters.)
 */
async function refuseNulInPath(context: unknown): Promise<void> {
  const params = (context as { params?: Promise<Record<string, string | string[] | undefined>> } | undefined)?.params;
  const segments = params ? Object.values(await params).flat() : [];
  if (segments.some((value) => value?.includes("\0"))) throw new HttpError(404, "Nothing is at an address with a NUL character (%00).");
}

export function route<
  Context = unknown,
  Query extends Schema | undefined = undefined,
  Body extends Schema | undefined = undefined,
  Res extends Schema | undefined = undefined,
  A extends Auth | undefined = undefined,
>(
  options: RouteOptions<Query, Body, Res, A>,
  handler: (args: RouteArgs<Query, Body, A>, context: Context) => Result<Res> | Promise<Result<Res>>,
): (request: Request, ...context: ContextArg<Context>) => Promise<Response> {
  const perPerson = options.auth !== undefined;
  const noStore = perPerson || options.noStore === true;

  async function run(request: Request, context: Context): Promise<Response> {
    await refuseNulInPath(context);
    if (!SAFE_METHODS.has(request.method) && options.crossSite !== "allow" && !isSameOrigin(request)) {
      throw new HttpError(403, "Cross-site requests are not allowed.");
    }
    const user = perPerson ? await getSessionUser() : null;
    if (options.auth === "required" && !user) throw new HttpError(401, "Sign in to do this.");
    // Every write by a signed-in person, JSON or a page's form: a suspended account writes nothing.
    if (user && !SAFE_METHODS.has(request.method)) await assertNotSuspended(user.id);
    const query = options.query ? parseQuery(new URL(request.url).searchParams, options.query) : undefined;
    const body = options.body ? await parseBody(request, options.body, options.bodyType ?? "json") : undefined;
    if (options.rateLimit) {
      const key = rateLimitKey(options.rateLimit, { userId: user?.id ?? null, address: clientIp(request) });
      await enforceRateLimit(options.rateLimit, key);
    }
    const args = { request, query, body, user } as RouteArgs<Query, Body, A>;
    const result = await handler(args, context);
    if (!options.response) return isReply(result) ? toResponse(result) : (result as Response);
    // The compiler checks the answer's fields but not extra ones (a returned object may carry
    // more); outside production the strict schema checks them too, so the tests catch it.
    const data = isReply(result) ? result.data : result;
    if (process.env.NODE_ENV !== "production" && data !== undefined) options.response.parse(data);
    return toResponse(result);
  }

  return async (request, ...[context]) => {
    let response: Response;
    try {
      response = await run(request, context as Context);
    } catch (error) {
      // Next's own signals (a dynamic read during a build, notFound(), redirect()) are not errors.
      unstable_rethrow(error);
      response = errorResponse(error, request);
    }
    return noStore && !response.headers.has("Cache-Control") ? withHeader(response, "Cache-Control", "private, no-store") : response;
  };
}

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === "object" && value !== null && REPLY in value;
}

function toResponse(result: unknown): Response {
  if (!isReply(result)) return Response.json(result);
  if (result.data === undefined) return new Response(null, { status: result.status, headers: result.headers });
  return Response.json(result.data, { status: result.status, headers: result.headers });
}

function errorResponse(error: unknown, request: Request): Response {
  if (error instanceof HttpError) {
    if (isPageNavigation(request)) return errorPage(error, request);
    return Response.json({ error: error.message }, { status: error.status, headers: error.headers });
  }
  const requestId = requestIdOf(request);
  console.error(`[request ${requestId}] ${request.method} ${new URL(request.url).pathname} failed:`, error);
  return Response.json(
    { error: `Something went wrong on our side. Try again; if it keeps happening, report request ${requestId}.`, requestId },
    { status: 500, headers: { "X-Request-Id": requestId } },
  );
}

/** A form a page posted without script (Upvote and Save before hydration): the browser shows the answer as a page. */
function isPageNavigation(request: Request): boolean {
  return (
    request.method === "POST" &&
    request.headers.get("sec-fetch-mode") === "navigate" &&
    request.headers.get("sec-fetch-dest") === "document"
  );
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The refusal as a small page a person can read, with the way back, instead of raw JSON. */
function errorPage(error: HttpError, request: Request): Response {
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
  const back = pageBackHref(request, "/");
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Not done · Papershelf</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>That did not work</h1><p>${escape(error.message)}</p><p><a href="${escape(back)}">Go back</a></p></main></html>`;
  const headers = new Headers(error.headers);
  headers.set("Content-Type", "text/html; charset=utf-8");
  return new Response(html, { status: error.status, headers });
}

/** A reverse proxy's request id when it sent a sane one, so its logs and ours line up; else a new one. */
function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : crypto.randomUUID();
}

/** Headers of some responses (redirects, other libraries' answers) are immutable: copy when needed. */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}
