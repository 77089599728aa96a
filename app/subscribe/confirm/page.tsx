import type { Metadata } from "next";
import Link from "next/link";
import { MessagePanel } from "@/components/ui/message-panel";

export const metadata: Metadata = { title: "Confirm your digest", robots: { index: false } };

/** Where the confirmation email's link lands: one button, so link scanners cannot confirm for you. */
export default async function ConfirmSubscriptionPage({ searchParams }: PageProps<"/subscribe/confirm">) {
  const { token, frequency, confirmed, invalid } = await searchParams;
  if (confirmed === "daily" || confirmed === "weekly") {
    return (
      <MessagePanel title="You are subscribed">
        <p>The {confirmed} digest of trending papers will arrive in your inbox. Every message has a link to unsubscribe.</p>
        <p>
          <Link prefetch={false} href="/" className="btn">
            Read today’s papers
          </Link>
        </p>
      </MessagePanel>
    );
  }
  if (invalid || typeof token !== "string") {
    return (
      <MessagePanel title="This link does not work">
        <p>
          Confirmation links work once, for two days, and only the newest one sent to you. Subscribe again from the feed to get a fresh
          link.
        </p>
        <p>
          <Link prefetch={false} href="/" className="btn">
            Go to the feed
          </Link>
        </p>
      </MessagePanel>
    );
  }
  const chosen = frequency === "weekly" ? "weekly" : "daily";
  return (
    <MessagePanel title="Confirm your digest">
      <p>Get the trending research papers by email. You can unsubscribe from any message.</p>
      <form method="post" action="/api/subscriptions/confirm" className="space-y-4">
        <input type="hidden" name="token" value={token} />
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">How often</legend>
          {(["daily", "weekly"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="frequency" value={value} defaultChecked={value === chosen} />
              {value === "daily" ? "Daily, each morning" : "Weekly, on Mondays"}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn-primary">
          Confirm my subscription
        </button>
      </form>
    </MessagePanel>
  );
}
