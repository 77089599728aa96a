import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/get-session-user";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm py-6">
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Create an account</h1>
      <p className="meta mb-6 text-sm">Upvote papers, keep reading lists, and share them.</p>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="meta mt-6 text-center text-sm">
        Already have an account?{" "}
        <Link
          prefetch={false}
          href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-accent-700 underline dark:text-accent-300"
        >
          Sign in
        </Link>
      </p>
    </div>
  );
}
