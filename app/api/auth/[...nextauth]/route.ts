import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { clientIp } from "@/lib/http/client-ip";
import { jsonError } from "@/lib/http/json-error";
import { rateLimit } from "@/lib/rate-limit/rate-limit";
import { emailSchema } from "@/lib/validations/credentials";

export const { GET } = handlers;

/** Auth.js, with rate limits on password sign-in (its CSRF token already covers its own routes). */
export async function POST(request: NextRequest) {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const limited = await limitSignIn(request);
    if (limited) return limited;
  }
  return handlers.POST(request);
}

async function limitSignIn(request: NextRequest): Promise<Response | null> {
  let email: string | null = null;
  try {
    const form = await request.clone().formData();
    const parsed = emailSchema.safeParse(form.get("email"));
    if (parsed.success) email = parsed.data;
  } catch {
    return jsonError(400, "body: must be a form with email and password");
  }
  return (await rateLimit("signInIp", clientIp(request))) ?? (email ? await rateLimit("signInEmail", email) : null);
}
