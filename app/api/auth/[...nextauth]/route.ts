import { NextRequest } from "next/server";
import { z } from "zod";
import { handlers } from "@/auth";
import { clientIp } from "@/lib/http/client-ip";
import { route } from "@/lib/http/route";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";
import { emailSchema } from "@/lib/validations/credentials";

/**
 * Auth.js, wrapped rather than exported as is, so that its endpoints get what every route gets: a
 * JSON 500 with a request id, the same-origin check on writes (on top of Auth.js's own CSRF
 * token), and a body read as a stream that stops at 64 KB. Auth.js then reads a copy of the
 * fields the wrapper parsed (a form, each field once), so the sign-in limit below counts exactly
 * the email that Auth.js signs in with. The session is Auth.js's business, so `auth` is not asked.
 */
export const GET = route({}, ({ request }) => handlers.GET(new NextRequest(request)));

export const POST = route({ body: z.record(z.string(), z.string()), bodyType: "form" }, async ({ request, body }) => {
  // Only password sign-in is limited (the limits depend on its path and its email field).
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    await enforceRateLimit("signInIp", `ip:${clientIp(request)}`);
    const email = emailSchema.safeParse(body.email);
    if (email.success) await enforceRateLimit("signInEmail", `email:${email.data}`);
  }
  const headers = new Headers(request.headers);
  headers.set("Content-Type", "application/x-www-form-urlencoded");
  headers.delete("Content-Length");
  headers.delete("Transfer-Encoding");
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers, body: new URLSearchParams(body) }));
});
