import { NextRequest } from "next/server";
import { z } from "zod";
import { handlers } from "@/auth";
import { runAuthRequest, type AuthRequestState } from "@/lib/auth/auth-request";
import { clientIp } from "@/lib/http/client-ip";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";

/**
 * Auth.js, wrapped rather than exported as is, so that its endpoints get what every route gets: a
 * JSON 500 with a request id, the same-origin check on writes (on top of Auth.js's own CSRF
 * token), and a body read as a stream that stops at 64 KB. Auth.js then reads a copy of the
 * fields the wrapper parsed (a form, each field once), so it checks exactly what we checked.
 *
 * It runs inside a request state that its callbacks read and write: the client's address, for the
 * sign-in limits that authorize() counts on the very email it checks, and the refusal (429, 403)
 * they answer with instead of Auth.js's "wrong email or password".
 */
async function handle(request: Request, toAuthJs: NextRequest): Promise<Response> {
  const state: AuthRequestState = { address: clientIp(request) };
  const response = await runAuthRequest(state, () => (toAuthJs.method === "GET" ? handlers.GET(toAuthJs) : handlers.POST(toAuthJs)));
  if (!state.refusal) return response;
  const { status, message, retryAfterSeconds } = state.refusal;
  throw new HttpError(status, message, retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : undefined);
}

export const GET = route({}, ({ request }) => handle(request, new NextRequest(request)));

export const POST = route({ body: z.record(z.string(), z.string()), bodyType: "form" }, ({ request, body }) => {
  const headers = new Headers(request.headers);
  headers.set("Content-Type", "application/x-www-form-urlencoded");
  headers.delete("Content-Length");
  headers.delete("Transfer-Encoding");
  return handle(request, new NextRequest(request.url, { method: "POST", headers, body: new URLSearchParams(body) }));
});
