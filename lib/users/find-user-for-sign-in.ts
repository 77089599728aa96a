import "server-only";
import { getDb } from "@/lib/db";

/** The account an email signs in to, with its password hash (null for OAuth-only accounts). */
export function findUserForSignIn(email: string) {
  return getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, username: true, passwordHash: true, suspendedAt: true },
  });
}
