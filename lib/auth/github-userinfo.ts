type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * GitHub's profile with the address to use: the primary one if GitHub verified it, else another
 * verified one, marked `email_verified`. Auth.js's own request takes the public or primary address
 * without asking whether GitHub verified it, which would let an unverified GitHub address take an
 * address back from a password account.
 */
export function withVerifiedGithubEmail<P extends { email?: string | null }>(
  profile: P,
  emails: GitHubEmail[] | null,
): P & { email_verified?: boolean } {
  const verified = (emails ?? []).filter((entry) => entry.verified && typeof entry.email === "string");
  const chosen = verified.find((entry) => entry.primary) ?? verified.find((entry) => entry.email === profile.email) ?? verified[0];
  if (chosen) return { ...profile, email: chosen.email, email_verified: true };
  return { ...profile, email_verified: false };
}

/** Auth.js's GitHub `userinfo.request`: the profile, then the person's addresses (scope user:email). */
export async function githubUserinfo({
  tokens,
  provider,
}: {
  tokens: { access_token?: string };
  provider: { userinfo?: { url?: URL | string } };
}) {
  const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "papershelf" };
  const profileUrl = new URL(provider.userinfo?.url ?? "https://api.github.com/user");
  const profile = (await (await fetch(profileUrl, { headers })).json()) as { email?: string | null };
  const response = await fetch(new URL(profileUrl.href.replace(/\/user\/?$/, "/user/emails")), { headers });
  const emails = response.ok ? ((await response.json()) as GitHubEmail[]) : null;
  return withVerifiedGithubEmail(profile, Array.isArray(emails) ? emails : null);
}
