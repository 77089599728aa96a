import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/** The digest footer's link: one button (mail clients use the one-click header instead). */
export default async function UnsubscribePage({ searchParams }: PageProps<"/unsubscribe">) {
  const { token, done, invalid } = await searchParams;
  const state = done ? "done" : invalid || typeof token !== "string" ? "invalid" : "ask";
  return (
    <div className="mx-auto max-w-md py-8">
      <h1 className="text-2xl font-bold tracking-tight">
        {state === "done" ? "You are unsubscribed" : state === "invalid" ? "This link does not work" : "Unsubscribe from the digest?"}
      </h1>
      <div className="mt-3 space-y-4 text-zinc-800 dark:text-zinc-200">
        {state === "done" && <p>You will not get the digest any more. You can subscribe again from the feed whenever you like.</p>}
        {state === "invalid" && <p>It may be incomplete. Open the link in the email again; every digest has one.</p>}
        {state === "ask" && (
          <form method="post" action="/api/subscriptions/unsubscribe">
            <input type="hidden" name="token" value={String(token)} />
            <input type="hidden" name="page" value="1" />
            <p className="mb-4">You will stop getting the Papershelf digest at this address.</p>
            <button type="submit" className="btn-primary">
              Unsubscribe
            </button>
          </form>
        )}
        {state !== "ask" && (
          <p>
            <Link prefetch={false} href="/" className="btn">
              Go to the feed
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
