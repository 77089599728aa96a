import { env } from "@/lib/env.js";

/** ADMIN_USERNAMES as a list, for writes that check the acting person inside their own statement. */
export function listAdminUsernames(adminUsernames = env.ADMIN_USERNAMES): string[] {
  return adminUsernames
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}
