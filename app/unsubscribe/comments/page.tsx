import type { Metadata } from "next";
import { UnsubscribeView, unsubscribeState } from "@/components/email/unsubscribe-view";

export const metadata: Metadata = { title: "Unsubscribe from reply emails", robots: { index: false } };

/** The reply emails' footer link. */
export default async function UnsubscribeCommentsPage({ searchParams }: PageProps<"/unsubscribe/comments">) {
  const query = await searchParams;
  return (
    <UnsubscribeView
      state={unsubscribeState(query)}
      token={query.token}
      action="/api/notifications/unsubscribe"
      askTitle="Stop reply emails?"
      ask="You will stop getting emails about replies to your comments and comments on your papers."
      done="No more emails about replies and comments. They still arrive in your inbox; Settings turns emails back on."
      everyEmail="every email"
      back={{ href: "/inbox", label: "Go to your inbox" }}
    />
  );
}
