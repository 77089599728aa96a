import type { Metadata } from "next";
import { FeedView } from "@/components/papers/feed-view";

// `/?has_code=1&sort=…` is rewritten here (next.config.js), so the feed of papers with code is cached like the main one.
export const revalidate = 3600;
export const metadata: Metadata = {
  title: "Papers with code",
  alternates: { types: { "application/atom+xml": "/feed.xml?has_code=1", "application/rss+xml": "/rss.xml?has_code=1" } },
};
export function generateStaticParams() {
  return [];
}

export default async function CodeFeedPage({ params }: PageProps<"/feed/[sort]/code">) {
  const { sort } = await params;
  return <FeedView sort={sort} cursor={null} hasCode />;
}
