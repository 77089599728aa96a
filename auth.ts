import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import HuggingFace from "next-auth/providers/huggingface";
import { authorizePassword } from "@/lib/auth/authorize-password";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env.js";
import { usernameFromProfile } from "@/lib/users/username-from-profile";

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

function adapter(): Adapter {
  const base = PrismaAdapter(getDb());
  return {
    ...base,
    // People who arrive through OAuth get a username too, so everyone has a profile URL.
    createUser: async ({ id: _id, ...user }) =>
      (await getDb().user.create({
        data: {
          name: user.name,
          email: user.email,
          emailVerified: user.emailVerified,
          image: user.image,
          username: usernameFromProfile(user),
        },
        select: { id: true, name: true, email: true, emailVerified: true, image: true },
      })) as AdapterUser,
    linkAccount: async (account) => {
      const data = Object.fromEntries(ACCOUNT_FIELDS.filter((key) => account[key] !== undefined).map((key) => [key, account[key]]));
      await getDb().account.create({ data: data as AdapterAccount & { session_state?: string } });
    },
  };
}

function oauthProviders(): NextAuthConfig["providers"] {
  const providers: NextAuthConfig["providers"] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET)
    providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
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
  trustHost: true,
  pages: { signIn: "/signin", error: "/signin" },
  providers: [credentials, ...oauthProviders()],
  logger: {
    // A wrong password is an expected answer, not a server error worth a stack trace.
    error(error) {
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
