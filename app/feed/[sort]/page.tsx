import type { Metadata } from "next";
import { FeedView } from "@/components/papers/feed-view";

// Rendered on first request, then cached; writes revalidate it through the data cache's tags.
export const revalidate = 3600;
export const metadata: Metadata = { alternates: { types: { "application/atom+xml": "/feed.xml", "application/rss+xml": "/rss.xml" } } };
export function generateStaticParams() {
  return [];
}

export default async function FeedPage({ params }: PageProps<"/feed/[sort]">) {
  const { sort } = await params;
  return <FeedView sort={sort} cursor={null} />;
}
