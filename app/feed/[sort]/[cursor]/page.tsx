import type { Metadata } from "next";
import { FeedView } from "@/components/papers/feed-view";

export const revalidate = 3600;
export const metadata: Metadata = { alternates: { types: { "application/atom+xml": "/feed.xml", "application/rss+xml": "/rss.xml" } } };
export function generateStaticParams() {
  return [];
}

export default async function FeedCursorPage({ params }: PageProps<"/feed/[sort]/[cursor]">) {
  const { sort, cursor } = await params;
  return <FeedView sort={sort} cursor={cursor} />;
}
