import type { Metadata } from "next";
import { UnsubscribeView, unsubscribeState } from "@/components/email/unsubscribe-view";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/** The digest footer's link. */
export default async function UnsubscribePage({ searchParams }: PageProps<"/unsubscribe">) {
  const query = await searchParams;
  return (
    <UnsubscribeView
      state={unsubscribeState(query)}
      token={query.token}
      action="/api/subscriptions/unsubscribe"
      askTitle="Unsubscribe from the digest?"
      ask="You will stop getting the Papershelf digest at this address."
      done="You will not get the digest any more. You can subscribe again from the feed whenever you like."
      everyEmail="every digest"
      back={{ href: "/", label: "Go to the feed" }}
    />
  );
}
