import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/get-session-user";
import { jsonError } from "@/lib/http/json-error";

/** For route handlers: the signed-in person, or a 401 response to return as is. */
export async function requireUser(): Promise<{ user: SessionUser; response: null } | { user: null; response: Response }> {
  const user = await getSessionUser();
  if (user) return { user, response: null };
  return { user: null, response: jsonError(401, "Sign in to do this.") };
}
