import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { enabledOAuthProviders } from "@/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { signInErrorMessage } from "@/lib/auth/sign-in-error-message";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm py-6">
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="meta mb-6 text-sm">Upvote papers and keep reading lists.</p>
      <SignInForm callbackUrl={callbackUrl} providers={enabledOAuthProviders()} initialError={signInErrorMessage(first(params.error))} />
      <p className="meta mt-6 text-center text-sm">
        New here?{" "}
        <Link
          prefetch={false}
          href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-accent-700 underline dark:text-accent-300"
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
