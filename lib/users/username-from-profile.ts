import { randomBytes } from "node:crypto";

/**
 * A username for an account created through OAuth, which has none: from the provider's login or
 * the email's local part, made URL-safe, with a random suffix so it is almost surely free.
 */
export function usernameFromProfile(profile: {
  name?: string | null;
  email?: string | null;
  login?: unknown;
  preferred_username?: unknown;
}): string {
  const candidates = [profile.login, profile.preferred_username, profile.email?.split("@")[0], profile.name];
  const source = candidates.find((c): c is string => typeof c === "string" && c.trim() !== "") ?? "reader";
  const base =
    source
      .normalize("NFKD")
      .replace(/\p{Mark}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^[-_]+/, "")
      .slice(0, 20)
      .replace(/[-_]+$/, "") || "reader";
  return `${base}-${randomBytes(3).toString("hex")}`;
}
