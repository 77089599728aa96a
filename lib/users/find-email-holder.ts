import "server-only";
import { getDb } from "@/lib/db";

/** The account that has `email`, with what decides whether its owner proved the address. */
export function findEmailHolder(email: string) {
  return getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, username: true, emailVerified: true, passwordHash: true },
  });
}
