import "server-only";
import { getDb } from "@/lib/db";

/** The password account that most recently lost `email` to its verified owner, if any. */
export function findReleasedAccount(email: string) {
  return getDb().user.findFirst({
    where: { releasedEmail: email, passwordHash: { not: null } },
    orderBy: { releasedAt: "desc" },
    select: { id: true, passwordHash: true },
  });
}
