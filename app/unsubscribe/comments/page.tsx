import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Unsubscribe from reply emails", robots: { index: false } };

/** The reply emails' footer link: one button, since a link scanner must not unsubscribe anyone by opening it. */
export default async function UnsubscribeCommentsPage({ searchParams }: PageProps<"/unsubscribe/comments">) {
  const { token, done, invalid } = await searchParams;
  const state = done ? "done" : invalid || typeof token !== "string" ? "invalid" : "ask";
  return (
    <div className="mx-auto max-w-md py-8">
      <h1 className="text-2xl font-bold tracking-tight">
        {state === "done" ? "You are unsubscribed" : state === "invalid" ? "This link does not work" : "Stop reply emails?"}
      </h1>
      <div className="mt-3 space-y-4 text-zinc-800 dark:text-zinc-200">
        {state === "done" && (
          <p>No more emails about replies and comments. They still arrive in your inbox; Settings turns emails back on.</p>
        )}
        {state === "invalid" && <p>It may be incomplete. Open the link in the email again; every email has one.</p>}
        {state === "ask" && (
          <form method="post" action="/api/notifications/unsubscribe">
            <input type="hidden" name="token" value={String(token)} />
            <input type="hidden" name="page" value="1" />
            <p className="mb-4">You will stop getting emails about replies to your comments and comments on your papers.</p>
            <button type="submit" className="btn-primary">
              Unsubscribe
            </button>
          </form>
        )}
        {state !== "ask" && (
          <p>
            <Link prefetch={false} href="/inbox" className="btn">
              Go to your inbox
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
