import { env } from "@/lib/env.js";
import { listAdminUsernames } from "@/lib/moderation/admin-usernames";

/** Whether this username is one of ADMIN_USERNAMES (comma-separated; compared exactly). */
export function isAdmin(username: string, adminUsernames = env.ADMIN_USERNAMES): boolean {
  return listAdminUsernames(adminUsernames).includes(username);
}
