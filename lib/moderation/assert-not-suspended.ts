import "server-only";
import { getDb } from "@/lib/db";
import { HttpError } from "@/lib/http/http-error";

/**
 * The one guard every write by a signed-in person passes (lib/http/route.ts): a suspended account
 * is refused with a 403 that says why. Its sessions are ended when it is suspended; this holds the
 * line for a request already under way, and for any write a future route adds.
 */
export async function assertNotSuspended(userId: string): Promise<void> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { suspendedAt: true } });
  if (user?.suspendedAt) throw new HttpError(403, "Your account is suspended.");
}
