import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { decode } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import HuggingFace from "next-auth/providers/huggingface";
import { currentAuthRequest } from "@/lib/auth/auth-request";
import { authorizePassword } from "@/lib/auth/authorize-password";
import { githubUserinfo } from "@/lib/auth/github-userinfo";
import { providerVerifiedEmail } from "@/lib/auth/provider-verified-email";
import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env.js";
import { endSessions } from "@/lib/users/end-sessions";
import { getSessionVersion } from "@/lib/users/get-session-version";
import { markEmailVerified } from "@/lib/users/mark-email-verified";
import { releaseUnverifiedEmail } from "@/lib/users/release-unverified-email";
import { usernameFromProfile } from "@/lib/users/username-from-profile";

// Auth.js builds its URLs (callbacks, redirects, the session endpoint's) from AUTH_URL when it is
// set, and from the request's Host and X-Forwarded-Host otherwise, which any client can forge.
// APP_URL is the one public origin.
const APP_ORIGIN = new URL(env.APP_URL).origin;
process.env.AUTH_URL = `${APP_ORIGIN}/api/auth`;

// Providers' token responses carry fields the Account table has no column for (expires_in,
// refresh_token_expires_in, …); only these are stored.
const ACCOUNT_FIELDS = [
  "userId",
  "type",
  "provider",
  "providerAccountId",
  "refresh_token",
  "access_token",
  "expires_at",
  "token_type",
  "scope",
  "id_token",
  "session_state",
] as const;

const normalizeEmail = (email: string | null | undefined) => email?.trim().toLowerCase() || null;

function adapter(): Adapter {
  const base = PrismaAdapter(getDb());
  return {
    ...base,
    // People who arrive through OAuth get a username too, so everyone has a profile URL.
    createUser: async ({ id: _id, ...user }) =>
      (await getDb().user.create({
        data: {
          name: user.name,
          // Lower-cased like password accounts' addresses, so one address is one account.
          email: normalizeEmail(user.email),
          emailVerified: user.emailVerified,
          image: user.image,
          username: usernameFromProfile(user),
        },
        select: { id: true, name: true, email: true, emailVerified: true, image: true },
      })) as AdapterUser,
    // Auth.js asks only when a new OAuth account would get this address. A password account that
    // never proved it owns the address gives it up to someone whose provider vouches for it.
    getUserByEmail: async (email) => {
      const normalized = normalizeEmail(email);
      if (!normalized) return null;
      if (currentAuthRequest()?.providerVerifiedEmail === normalized) await releaseUnverifiedEmail(normalized);
      return base.getUserByEmail!(normalized);
    },
    linkAccount: async (account) => {
      const data = Object.fromEntries(ACCOUNT_FIELDS.filter((key) => account[key] !== undefined).map((key) => [key, account[key]]));
      await getDb().account.create({ data: data as AdapterAccount & { session_state?: string } });
    },
  };
}

function oauthProviders(): NextAuthConfig["providers"] {
  const providers: NextAuthConfig["providers"] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push(
      GitHub({
        clientId: env.AUTH_GITHUB_ID,
        clientSecret: env.AUTH_GITHUB_SECRET,
        userinfo: { url: "https://api.github.com/user", request: githubUserinfo },
      }),
    );
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET)
    providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  if (env.AUTH_HUGGINGFACE_ID && env.AUTH_HUGGINGFACE_SECRET) {
    providers.push(
      HuggingFace({ clientId: env.AUTH_HUGGINGFACE_ID, clientSecret: env.AUTH_HUGGINGFACE_SECRET, issuer: env.AUTH_HUGGINGFACE_ISSUER }),
    );
  }
  return providers;
}

/** The OAuth providers switched on by the environment, for the sign-in page's buttons. */
export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((provider) => {
    const config = typeof provider === "function" ? provider() : provider;
    return { id: config.id, name: config.name };
  });
}

const credentials = Credentials({
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  authorize: authorizePassword,
});

// A function, so the database is opened per request and never while `next build` imports routes.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: adapter(),
  // Credentials sign-in works only with JWT sessions; the adapter still stores users and accounts.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  secret: env.AUTH_SECRET,
  // Auth.js refuses requests unless it trusts their host; AUTH_URL (above) decides every URL, so
  // the Host header is never used to build one.
  trustHost: true,
  pages: { signIn: "/signin", error: "/signin" },
  providers: [credentials, ...oauthProviders()],
  logger: {
    // A wrong password, and a cookie of an ended session (signed out elsewhere, or from before a
    // new AUTH_SECRET), are expected answers, not server errors worth a stack trace.
    error(error) {
      // `type`, not the class name, which the production build shortens.
      const type = "type" in error ? String(error.type) : error.name;
      if (type !== "CredentialsSignin" && type !== "JWTSessionError") console.error(error);
    },
  },
  jwt: {
    // Every use of a session cookie decodes it here: the session endpoint behind auth(), sign-out,
    // and OAuth sign-ins that link a provider to the signed-in account. A cookie issued before the
    // account's last sign-out (or for a deleted account) decodes to nothing, so a copied cookie
    // stops working everywhere at once, not only where a JWT callback would check it.
    async decode(params) {
      const token = await decode(params);
      if (!token?.sub) return token;
      const version = await getSessionVersion(token.sub);
      return version !== null && version === (token.sessionVersion ?? 0) ? token : null;
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      // At sign-in: the version this session belongs to.
      if (user?.id) token.sessionVersion = (await getSessionVersion(user.id)) ?? 0;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
    signIn({ account, profile }) {
      // Remembered for getUserByEmail, which Auth.js calls next without the profile.
      const request = currentAuthRequest();
      const vouched = account?.type === "oauth" || account?.type === "oidc" ? providerVerifiedEmail(profile) : null;
      if (request && vouched) request.providerVerifiedEmail = vouched;
      return true;
    },
    // Every redirect Auth.js makes after signing in or out: only to our own origin.
    redirect({ url }) {
      return `${APP_ORIGIN}${safeRedirectPath(url, APP_ORIGIN)}`;
    },
  },
  events: {
    async signOut(message) {
      const userId = "token" in message ? message.token?.sub : message.session?.userId;
      if (userId) await endSessions(userId);
    },
    async signIn({ user, account, profile }) {
      // An OAuth sign-in whose provider vouches for the account's own address proves it.
      const vouched = account?.type === "oauth" || account?.type === "oidc" ? providerVerifiedEmail(profile) : null;
      if (vouched && user.id && normalizeEmail(user.email) === vouched) await markEmailVerified(user.id, vouched);
    },
  },
}));

declare module "next-auth/jwt" {
  interface JWT {
    /** The account's session version when this session began (see User.sessionVersion). */
    sessionVersion?: number;
  }
}
