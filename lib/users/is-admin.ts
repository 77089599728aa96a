import { env } from "@/lib/env.js";

/** Whether this username is one of ADMIN_USERNAMES (comma-separated; compared exactly). */
export function isAdmin(username: string, adminUsernames = env.ADMIN_USERNAMES): boolean {
  return adminUsernames
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
    .includes(username);
}
