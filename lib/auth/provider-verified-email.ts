/**
 * The address an OAuth provider vouches for in this profile, lower-cased, or null. OpenID Connect
 * providers (Google, Hugging Face) say so in `email_verified`; for GitHub our userinfo request
 * sets it from GitHub's list of the person's verified addresses (see githubUserinfo).
 */
export function providerVerifiedEmail(profile: unknown): string | null {
  if (typeof profile !== "object" || profile === null) return null;
  const { email, email_verified: verified } = profile as { email?: unknown; email_verified?: unknown };
  if (typeof email !== "string" || !email.includes("@")) return null;
  return verified === true || verified === "true" ? email.trim().toLowerCase() : null;
}
