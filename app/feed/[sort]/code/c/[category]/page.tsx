import type { Metadata } from "next";
import { FeedView } from "@/components/papers/feed-view";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/feed/[sort]/code/c/[category]">): Promise<Metadata> {
  const { category } = await params;
  const query = `?category=${encodeURIComponent(category)}&has_code=1`;
  return {
    title: `Papers with code in ${category}`,
    alternates: { types: { "application/atom+xml": `/feed.xml${query}`, "application/rss+xml": `/rss.xml${query}` } },
  };
}

export default async function CodeCategoryFeedPage({ params }: PageProps<"/feed/[sort]/code/c/[category]">) {
  const { sort, category } = await params;
  return <FeedView sort={sort} cursor={null} category={category} hasCode />;
}
